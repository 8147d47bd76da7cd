export const usage = 'validate PATH... [--json]   check case files and role-play scripts; exit 1 on any error'

export async function run(_argv: string[]): Promise<number> {
  console.error('validate: this command arrives with its module')
  return 1
}
