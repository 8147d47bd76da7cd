import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { AppraisalBuilder, factOf, isValidPeriod, periodInstants, trainingByStaff } from '@core/appraisal'
import { toCsv } from '@core/csv/write'
import { DEFAULT_SETTINGS, isTimeZone } from '@core/settings/settings'
import { parseRecordFile } from '../../services/appraisal/parse'
import { tableRow, TABLE_COLUMNS } from '../../services/appraisal/table'

export const usage = 'appraise --records FILE.csv --from DATE --to DATE [--tz ZONE] [--sessions DIR] [--format json|csv]   print the per-staff appraisal table'

interface SessionLike {
  sessionId?: string
  staffId: string | null
  overall: number
  mode: string
  finishedAt: string
}

function sessionsIn(value: unknown): SessionLike[] {
  const v = value && typeof value === 'object' && 'data' in value ? (value as { data: unknown }).data : value
  // A session export holds `sessions`; the app's data folder keeps finished ones in roleplay-results/<month>.json as `results`.
  const field = (k: string) => (v && typeof v === 'object' && Array.isArray((v as Record<string, unknown>)[k]) ? ((v as Record<string, unknown>)[k] as unknown[]) : [])
  const list = Array.isArray(v) ? v : [...field('sessions'), ...field('results')]
  return list.filter(
    (s): s is SessionLike =>
      !!s && typeof s === 'object' && typeof (s as SessionLike).overall === 'number' && typeof (s as SessionLike).finishedAt === 'string' && typeof (s as SessionLike).mode === 'string'
  )
}

/** Finished sessions from a folder of JSON files (a session export, or the data folder's roleplay-results/). */
async function readSessions(dir: string): Promise<SessionLike[]> {
  const out: SessionLike[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await readSessions(path)))
    else if (entry.name.endsWith('.json')) {
      try {
        out.push(...sessionsIn(JSON.parse(await readFile(path, 'utf8'))))
      } catch (e) {
        console.error(`warning: ${path} skipped: ${e instanceof Error ? e.message : String(e)}`)
      }
    }
  }
  return out
}

/** The per-staff table for records in a file, by the same core code as the app. */
export async function appraiseFile(opts: { records: string; from: string; to: string; tz: string; sessions?: string }) {
  const bytes = await readFile(opts.records)
  const parsed = await parseRecordFile(bytes, opts.records, { zone: opts.tz })
  if (parsed.fileErrors.length > 0) throw new Error(parsed.fileErrors.map((e) => `${opts.records}: ${e}`).join('\n'))
  const { start, end } = periodInstants({ from: opts.from, to: opts.to }, opts.tz)
  const b = new AppraisalBuilder({ sla: DEFAULT_SETTINGS.sla, appraisal: DEFAULT_SETTINGS.appraisal })
  for (const { record } of parsed.good) {
    const f = factOf(record)
    if (f.receivedMs >= start && f.receivedMs < end) b.add(f, f.staffName)
  }
  let sessions: SessionLike[] = []
  if (opts.sessions) {
    if (!(await stat(opts.sessions)).isDirectory()) throw new Error(`--sessions ${opts.sessions} is not a folder`)
    // A folder may hold the same session twice (an export next to a copy of the data folder): count it once.
    const seen = new Set<string>()
    sessions = (await readSessions(opts.sessions)).filter((s) => {
      const t = Date.parse(s.finishedAt)
      if (s.sessionId !== undefined) {
        if (seen.has(s.sessionId)) return false
        seen.add(s.sessionId)
      }
      return t >= start && t < end
    })
  }
  return { table: b.finish({ roster: [], training: trainingByStaff(sessions) }).staff, bad: parsed.bad }
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      records: { type: 'string' },
      sessions: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      tz: { type: 'string', default: DEFAULT_SETTINGS.timeZone },
      format: { type: 'string', default: 'csv' }
    }
  })
  const { records, from, to, tz, format } = values
  if (!records || !from || !to) {
    console.error(`usage: complaint-coach ${usage}`)
    return 2
  }
  if (!isValidPeriod({ from, to })) return fail(`--from ${from} --to ${to} is not a period (YYYY-MM-DD, from ≤ to)`)
  if (!isTimeZone(tz)) return fail(`--tz ${tz} is not a known time zone (e.g. Asia/Shanghai)`)
  if (format !== 'json' && format !== 'csv') return fail(`--format must be json or csv, not ${format}`)
  const { table, bad } = await appraiseFile({ records, from, to, tz, sessions: values.sessions })
  for (const b of bad.slice(0, 20)) console.error(`${records}:${b.line}: ${b.reasons.join('; ')}`)
  if (bad.length > 0) console.error(`${bad.length} bad row(s) skipped`)
  const rows = table.map(tableRow)
  if (format === 'json') console.log(JSON.stringify(rows, null, 2))
  else process.stdout.write(toCsv(TABLE_COLUMNS, rows.map((r) => TABLE_COLUMNS.map((c) => r[c])), false))
  return 0
}

function fail(message: string): number {
  console.error(message)
  return 2
}
