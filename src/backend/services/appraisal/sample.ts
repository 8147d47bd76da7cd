import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Log } from '../log'
import type { Appraisals } from './service'
import { parseRecordFile } from './parse'
import { parseRosterCsv } from './roster'
import { goodRecords } from '@core/appraisal/good-rows'

/**
 * First start with an empty data folder: load the shipped sample roster and months of records
 * (resources/sample/), so a new user sees a full dashboard. Off in tests (BackendOptions.sampleData).
 */
export async function loadSampleData(appraisal: Appraisals, resourcesDir: string, log: Log): Promise<boolean> {
  if (appraisal.staff.list().length > 0 || (await appraisal.repo.months()).length > 0) return false
  const dir = join(resourcesDir, 'sample')
  let files: string[]
  try {
    files = await readdir(dir)
  } catch {
    return false
  }
  const roster = parseRosterCsv(await readFile(join(dir, 'roster.csv'), 'utf8'))
  if (roster.problems.length > 0) {
    log.warn(`sample roster.csv: ${roster.problems.map((p) => `line ${p.line}: ${p.message}`).join('; ')}`)
    return false
  }
  await appraisal.staff.save(roster.staff)
  for (const name of files.filter((f) => /^records-\d{4}-\d{2}\.csv$/.test(f)).sort()) {
    const parsed = await parseRecordFile(await readFile(join(dir, name)), name, { zone: appraisal.zone, roster: appraisal.staff.ids() })
    await appraisal.importRecords(
      goodRecords(parsed.good),
      () => {}
    )
    log.info(`sample data: ${name}: ${parsed.good.length} records`)
  }
  return true
}
