import { parseArgs } from 'node:util'
import { analyzeReply, type ReplyLocale } from '@core/roleplay'

export const usage = 'analyze-reply --locale zh-CN|en "TEXT"   analyse one trainee reply (or lines on stdin) and print JSON'

const LOCALES: readonly ReplyLocale[] = ['zh-CN', 'en']

/** The documented output: what the reply credits and violates, the promised times and their kind, and why. */
function report(text: string, locale: ReplyLocale) {
  const a = analyzeReply(text, locale)
  return {
    credits: a.credits,
    violations: a.violations,
    ...(a.promisedHours !== undefined ? { promisedHours: a.promisedHours } : {}),
    ...(a.promises.length > 0 ? { promises: a.promises.map(({ hours, kind }) => ({ hours, kind })) } : {}),
    ...(a.vagueTime !== undefined ? { vagueTime: a.vagueTime } : {}),
    evidence: a.evidence
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * One reply as an argument prints one JSON object (pretty). Replies on stdin, one per line, print one
 * compact JSON object per line (JSON Lines) with the line's `text`, so output lines pair with input lines.
 */
export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { locale: { type: 'string', default: 'zh-CN' } }, allowPositionals: true })
  const locale = values.locale as ReplyLocale
  if (!LOCALES.includes(locale)) {
    console.error(`--locale "${values.locale}" is not one of ${LOCALES.join(', ')}`)
    return 2
  }
  if (positionals.length > 0) {
    console.log(JSON.stringify(report(positionals.join(' '), locale), null, 2))
    return 0
  }
  if (process.stdin.isTTY) {
    console.error(`usage: complaint-coach ${usage}`)
    return 2
  }
  const lines = (await readStdin()).split(/\r?\n/).filter((l) => l.trim() !== '')
  for (const text of lines) console.log(JSON.stringify({ text, ...report(text, locale) }))
  return 0
}
