export const usage = 'appraise --records FILE.csv --from DATE --to DATE [--tz ZONE] [--sessions DIR] [--format json|csv]   print the per-staff appraisal table'

export async function run(_argv: string[]): Promise<number> {
  console.error('appraise: this command arrives with its module')
  return 1
}
