export const usage = 'score --scenario FILE --transcript FILE   re-score a recorded session with the current standards'

export async function run(_argv: string[]): Promise<number> {
  console.error('score: this command arrives with its module')
  return 1
}
