export const usage = 'analyze-reply --locale zh-CN|en "TEXT"   analyse one trainee reply (or lines on stdin) and print JSON'

export async function run(_argv: string[]): Promise<number> {
  console.error('analyze-reply: this command arrives with its module')
  return 1
}
