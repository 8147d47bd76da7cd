import { CATEGORIES, CHANNELS, PRIORITIES } from '@core/domain/enums'
import { ROOT_CAUSES, type ComplaintRecord } from '@core/appraisal/types'
import type { ValidRow } from '@core/appraisal/good-rows'
import type { KpiFact } from '@core/appraisal/kpi'
import type { MonthShard } from './month-check'

// A month of records stored column by column (docs/storage.md, "Complaint records"): ~60 bytes a record
// instead of ~270 as objects, numbers parse fast, and the KPI loop reads columns without building objects.

// The schema is a fast structural check (month-check.ts): zod per element cost more than the parse.
export { monthSchema, monthProblem, type MonthShard } from './month-check'

export const emptyMonth = (): MonthShard => ({ dict: [], t: [], s: [], n: [], c: [], r: [], f: [], d: [] })

const STATUS = ['unresolved', 'resolved'] as const

export function pack(r: Pick<ComplaintRecord, 'channel' | 'category' | 'priority' | 'status' | 'satisfaction' | 'rootCause'>): number {
  return (
    CHANNELS.indexOf(r.channel) |
    (CATEGORIES.indexOf(r.category) << 3) |
    (PRIORITIES.indexOf(r.priority) << 6) |
    (STATUS.indexOf(r.status) << 8) |
    ((r.satisfaction ?? 0) << 9) |
    ((r.rootCause === null ? 0 : ROOT_CAUSES.indexOf(r.rootCause) + 1) << 12)
  )
}

export const priorityOf = (code: number) => PRIORITIES[(code >> 6) & 3]
export const isResolved = (code: number) => ((code >> 8) & 1) === 1
export const satisfactionOf = (code: number) => ((code >> 9) & 7) || null

/** The i-th record of a month. */
export function recordAt(m: MonthShard, i: number): ComplaintRecord {
  const c = m.c[i]
  const rc = (c >> 12) & 7
  return {
    ticketId: m.t[i],
    staffId: m.dict[m.s[i]],
    staffName: m.dict[m.n[i]],
    channel: CHANNELS[c & 7],
    category: CATEGORIES[(c >> 3) & 7],
    priority: priorityOf(c),
    receivedAt: new Date(m.r[i]).toISOString(),
    firstResponseAt: m.f[i] < 0 ? null : new Date(m.r[i] + m.f[i]).toISOString(),
    resolvedAt: m.d[i] < 0 ? null : new Date(m.r[i] + m.d[i]).toISOString(),
    status: STATUS[(c >> 8) & 1],
    satisfaction: satisfactionOf(c),
    rootCause: rc === 0 ? null : ROOT_CAUSES[rc - 1]
  }
}

/** The KPI view of the i-th record (no ISO strings built: this runs for every ticket of a period). */
export function factAt(m: MonthShard, i: number): KpiFact {
  const c = m.c[i]
  return {
    staffId: m.dict[m.s[i]],
    priority: priorityOf(c),
    receivedMs: m.r[i],
    responseMs: m.f[i] < 0 ? null : m.r[i] + m.f[i],
    resolved: isResolved(c),
    resolvedMs: m.d[i] < 0 ? null : m.r[i] + m.d[i],
    satisfaction: satisfactionOf(c)
  }
}

/**
 * Inserts or replaces rows (records with their times as epoch ms) by ticket id in a month (mutates `m`);
 * returns how many were new. Dictionary entries are reused; the dictionary is small (staff of one month).
 */
export function upsertRows(m: MonthShard, rows: readonly ValidRow[]): { inserted: number; updated: number } {
  const pos = new Map<string, number>()
  m.t.forEach((t, i) => pos.set(t, i))
  const dictPos = new Map<string, number>()
  m.dict.forEach((s, i) => dictPos.set(s, i))
  const word = (s: string) => {
    let i = dictPos.get(s)
    if (i === undefined) {
      i = m.dict.push(s) - 1
      dictPos.set(s, i)
    }
    return i
  }
  let inserted = 0
  let updated = 0
  for (const r of rows) {
    const s = word(r.staffId)
    const n = word(r.staffName)
    let i = pos.get(r.ticketId)
    if (i === undefined) {
      i = m.t.push(r.ticketId) - 1
      pos.set(r.ticketId, i)
      inserted++
    } else updated++
    m.s[i] = s
    m.n[i] = n
    m.c[i] = pack(r)
    m.r[i] = r.received
    m.f[i] = r.response === null ? -1 : r.response - r.received
    m.d[i] = r.resolved === null ? -1 : r.resolved - r.received
  }
  return { inserted, updated }
}

/** Removes tickets (that moved to another month on re-import); returns a new shard. */
export function removeFrom(m: MonthShard, ids: ReadonlySet<string>): MonthShard {
  const keep: number[] = []
  m.t.forEach((t, i) => {
    if (!ids.has(t)) keep.push(i)
  })
  const pick = <T>(col: T[]) => keep.map((i) => col[i])
  return { dict: m.dict, t: pick(m.t), s: pick(m.s), n: pick(m.n), c: pick(m.c), r: pick(m.r), f: pick(m.f), d: pick(m.d) }
}
