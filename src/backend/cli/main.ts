import * as analyzeReply from './commands/analyze-reply'
import * as appraise from './commands/appraise'
import * as score from './commands/score'
import * as serve from './commands/serve'
import * as validate from './commands/validate'

interface Command {
  usage: string
  run(argv: string[]): Promise<number>
}

/** Every CLI command; each lives in commands/<name>.ts and uses the same core code as the app. */
const commands: Record<string, Command> = {
  validate,
  'analyze-reply': analyzeReply,
  score,
  appraise,
  serve
}

function help(): string {
  return ['Usage: complaint-coach <command> [options]', '', ...Object.values(commands).map((c) => '  ' + c.usage)].join('\n')
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(help())
    return name ? 0 : 2
  }
  const command = commands[name]
  if (!command) {
    console.error(`unknown command "${name}"\n\n${help()}`)
    return 2
  }
  try {
    return await command.run(rest)
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e))
    return 1
  }
}
