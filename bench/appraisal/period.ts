import type { ComplaintRecord } from '../../src/core/appraisal/types'
import type { KpiFact } from '../../src/core/appraisal/kpi'
import { DEFAULT_SETTINGS } from '../../src/core/settings/settings'
import type { SqliteDb } from './sqlite'

const HOUR = 3_600_000
const SLA = DEFAULT_SETTINGS.sla

/** Per staff: tickets and tickets answered within the SLA — what every side must agree on. */
export type Counts = Map<string, { tickets: number; onTime: number }>

/** The obvious JS: records as objects with times already numbers, one pass into a Map of sums. */
export function plainFacts(records: readonly ComplaintRecord[]): KpiFact[] {
  return records.map((r) => ({
    staffId: r.staffId,
    priority: r.priority,
    receivedMs: Date.parse(r.receivedAt),
    responseMs: r.firstResponseAt === null ? null : Date.parse(r.firstResponseAt),
    resolved: r.status === 'resolved',
    resolvedMs: r.resolvedAt === null ? null : Date.parse(r.resolvedAt),
    satisfaction: r.satisfaction
  }))
}

interface Sums {
  tickets: number
  onTime: number
  resolved: number
  rated: number
  ratingSum: number
  happy: number
  responseSum: number
  cycleSum: number
}

export function plainPass(facts: readonly KpiFact[], start: number, end: number): Counts {
  const per = new Map<string, Sums>()
  for (const f of facts) {
    if (f.receivedMs < start || f.receivedMs >= end) continue
    let s = per.get(f.staffId)
    if (!s) per.set(f.staffId, (s = { tickets: 0, onTime: 0, resolved: 0, rated: 0, ratingSum: 0, happy: 0, responseSum: 0, cycleSum: 0 }))
    s.tickets++
    if (f.responseMs !== null) {
      s.responseSum += f.responseMs - f.receivedMs
      if (f.responseMs - f.receivedMs <= SLA[f.priority].responseHours * HOUR) s.onTime++
    }
    if (f.resolved) {
      s.resolved++
      if (f.resolvedMs !== null) s.cycleSum += f.resolvedMs - f.receivedMs
    }
    if (f.satisfaction !== null) {
      s.rated++
      s.ratingSum += f.satisfaction
      if (f.satisfaction >= 4) s.happy++
    }
  }
  return new Map([...per].map(([id, s]) => [id, { tickets: s.tickets, onTime: s.onTime }]))
}

/** The same figures as one indexed GROUP BY over an in-memory table. */
export function sqliteLoad(db: SqliteDb, facts: readonly KpiFact[]): void {
  db.exec(`CREATE TABLE records (staff_id TEXT, priority TEXT, received INTEGER, response INTEGER, resolved INTEGER,
    resolved_at INTEGER, satisfaction INTEGER); CREATE INDEX records_received ON records (received, staff_id)`)
  const insert = db.prepare('INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?)')
  db.transaction((rows: readonly KpiFact[]) => {
    for (const f of rows) insert.run(f.staffId, f.priority, f.receivedMs, f.responseMs, f.resolved ? 1 : 0, f.resolvedMs, f.satisfaction)
  })(facts)
}

export function sqlitePass(db: SqliteDb, start: number, end: number): Counts {
  const h = (p: keyof typeof SLA): number => SLA[p].responseHours * HOUR
  const rows = db
    .prepare(
      `SELECT staff_id, COUNT(*) AS tickets,
        SUM(response IS NOT NULL AND response - received <= CASE priority WHEN 'urgent' THEN ? WHEN 'normal' THEN ? ELSE ? END) AS on_time,
        SUM(resolved) AS resolved, AVG(satisfaction) AS sat, SUM(satisfaction >= 4) AS happy,
        AVG(response - received) AS response, AVG(CASE WHEN resolved = 1 THEN resolved_at - received END) AS cycle
      FROM records WHERE received >= ? AND received < ? GROUP BY staff_id`
    )
    .all(h('urgent'), h('normal'), h('low'), start, end) as { staff_id: string; tickets: number; on_time: number }[]
  return new Map(rows.map((r) => [r.staff_id, { tickets: r.tickets, onTime: r.on_time }]))
}

export function sameCounts(a: Counts, b: Counts): boolean {
  if (a.size !== b.size) return false
  for (const [id, x] of a) {
    const y = b.get(id)
    if (!y || y.tickets !== x.tickets || y.onTime !== x.onTime) return false
  }
  return true
}
