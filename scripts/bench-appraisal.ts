// Measures the record store at scale (docs/storage.md, "Complaint records"):
//   node bin/run-ts.mjs scripts/bench-appraisal.ts [records=1000000]
// Writes N records over 36 months into a temp data folder, then times a cold load of every month,
// a month's period table, and a one-record edit.
import { mkdtempSync, rmSync, statSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openDataDir } from '../src/backend/storage'
import { RecordRepo } from '../src/backend/services/appraisal/records'
import { AppraisalBuilder, periodInstants, type ComplaintRecord } from '../src/core/appraisal'
import { DEFAULT_SETTINGS } from '../src/core/settings/settings'

const N = Number(process.argv[2] ?? 1_000_000)
const dir = mkdtempSync(join(tmpdir(), 'cc-bench-'))
const H = 3_600_000
const t0 = Date.parse('2024-01-01T00:00:00Z')
const span = 36 * 30.4 * 24 * H

function record(i: number): ComplaintRecord {
  const r = t0 + Math.floor((i / N) * span)
  const s = i % 40
  return {
    ticketId: `TK${String(i).padStart(8, '0')}`,
    staffId: `S${String(s).padStart(3, '0')}`,
    staffName: `员工${s}`,
    channel: 'phone',
    category: 'delivery',
    priority: i % 3 === 0 ? 'urgent' : 'normal',
    receivedAt: new Date(r).toISOString(),
    firstResponseAt: new Date(r + (i % 30) * H).toISOString(),
    resolvedAt: i % 5 === 0 ? null : new Date(r + (i % 90) * H).toISOString(),
    status: i % 5 === 0 ? 'unresolved' : 'resolved',
    satisfaction: i % 4 === 0 ? null : (i % 5) + 1,
    rootCause: null
  }
}

const ms = (t: number) => `${(performance.now() - t).toFixed(0)} ms`
try {
  let data = await openDataDir(dir, { appName: 'complaint-coach' })
  let repo = new RecordRepo(data)
  let t = performance.now()
  for (let i = 0; i < N; i += 100_000) await repo.upsert(Array.from({ length: Math.min(100_000, N - i) }, (_, k) => record(i + k)))
  console.log(`write ${N} records: ${ms(t)}`)
  const files = readdirSync(join(dir, 'records')).filter((f) => f.endsWith('.json'))
  const bytes = files.reduce((sum, f) => sum + statSync(join(dir, 'records', f)).size, 0)
  console.log(`${files.length} month files, ${(bytes / 1e6).toFixed(1)} MB (${(bytes / N).toFixed(0)} B/record)`)
  await data.release()

  data = await openDataDir(dir, { appName: 'complaint-coach' })
  repo = new RecordRepo(data)
  t = performance.now()
  const index = await repo.ticketIndex()
  console.log(`cold load of every month (ticket index, ${index.size} tickets): ${ms(t)}`)
  const range = { from: '2025-06-01', to: '2025-06-30' }
  const settings = { sla: DEFAULT_SETTINGS.sla, appraisal: DEFAULT_SETTINGS.appraisal }
  for (const label of ['period table, one month (cold)', 'period table, one month (warm)']) {
    t = performance.now()
    const { start, end } = periodInstants(range, 'Asia/Shanghai')
    const b = new AppraisalBuilder(settings)
    let n = 0
    await repo.facts(start, end, (f) => {
      b.add(f)
      n++
    })
    b.finish({ roster: [], training: new Map() })
    console.log(`${label} (${n} tickets): ${ms(t)}`)
  }
  const times: number[] = []
  for (let k = 0; k < 10; k++) {
    const r = record(Math.floor(N * 0.5) + k)
    t = performance.now()
    await repo.upsert([{ ...r, satisfaction: 5 }])
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  console.log(`one-record edit (median of 10, durable write of its month): ${times[5].toFixed(0)} ms`)
  await data.release()
} finally {
  rmSync(dir, { recursive: true, force: true })
}
