import type { ComplaintRecord, StaffKpi } from '../../../src/core/appraisal/types'
import { defaultSettings } from '../../../src/core/settings/settings'

export const SLA = defaultSettings().sla
export const TZ = 'Asia/Shanghai'

const h = (iso: string, hours: number | null): string | null => (hours === null ? null : new Date(Date.parse(iso) + hours * 3_600_000).toISOString())

/** A record received at `at` (Shanghai time written with its offset), answered and resolved after the given hours. */
export function rec(ticketId: string, over: Partial<ComplaintRecord> & { at: string; resp: number | null; cyc: number | null }): ComplaintRecord {
  const receivedAt = new Date(over.at).toISOString()
  const { at: _at, resp, cyc, ...rest } = over
  return {
    ticketId,
    staffId: 'S01',
    staffName: '张伟',
    channel: 'phone',
    category: 'product-quality',
    priority: 'normal',
    receivedAt,
    firstResponseAt: h(receivedAt, resp),
    resolvedAt: h(receivedAt, cyc),
    status: cyc === null ? 'unresolved' : 'resolved',
    satisfaction: null,
    rootCause: null,
    ...rest
  }
}

/**
 * October 2026 in Shanghai: seven records (T1 is 30 September in UTC but 1 October in Shanghai; T8 is
 * 31 October in UTC but 1 November in Shanghai, so it is not October's). Every figure the unit tests pin
 * is worked out by hand in the comments of figures.test.ts.
 */
export const OCTOBER: ComplaintRecord[] = [
  rec('T1', { at: '2026-10-01T00:30:00+08:00', resp: 2, cyc: 10, satisfaction: 5, rootCause: 'product' }),
  rec('T2', { at: '2026-10-05T10:00:00+08:00', channel: 'online-chat', resp: 30, cyc: 50, satisfaction: 3, rootCause: 'product' }),
  rec('T3', { at: '2026-10-10T09:00:00+08:00', priority: 'urgent', resp: 1, cyc: 20, satisfaction: 4, rootCause: 'process' }),
  rec('T4', { at: '2026-10-12T14:00:00+08:00', category: 'delivery', channel: 'app', resp: 4, cyc: null, rootCause: 'logistics' }),
  rec('T5', { at: '2026-10-20T08:00:00+08:00', category: 'delivery', channel: 'app', priority: 'low', resp: null, cyc: null }),
  rec('T6', { at: '2026-10-25T19:00:00+08:00', category: 'safety', channel: 'in-store', priority: 'urgent', resp: 3, cyc: 30, satisfaction: 2, rootCause: 'product' }),
  rec('T7', { at: '2026-10-31T23:30:00+08:00', category: 'service-attitude', resp: 0.5, cyc: 6, satisfaction: 1, rootCause: 'staff' })
]
export const T8 = rec('T8', { at: '2026-11-01T00:10:00+08:00', category: 'pricing', channel: 'email', priority: 'low', resp: 1, cyc: 2 })

export const SEPTEMBER: ComplaintRecord[] = [
  rec('S1', { at: '2026-09-15T10:00:00+08:00', resp: 1, cyc: 5, satisfaction: 4 }),
  rec('S2', { at: '2026-09-30T23:59:00+08:00', category: 'delivery', channel: 'app', resp: 26, cyc: null, satisfaction: 2 })
]

export const ALL = [...SEPTEMBER, ...OCTOBER, T8]

const kpi = (staffName: string, rank: number | null, grade: StaffKpi['grade'], composite: number | null, tickets = 5): StaffKpi => ({
  staffId: staffName,
  staffName,
  team: '一店',
  tickets,
  timelinessRate: 0.8,
  resolutionRate: 0.9,
  satisfactionAvg: 4,
  csat: 0.8,
  avgResponseHours: 2,
  avgCycleHours: 10,
  trainingScore: null,
  composite,
  grade,
  rank
})

export const STAFF_TABLE: StaffKpi[] = [
  kpi('王五', 4, 'D', 60),
  kpi('李四', 2, 'B', 85),
  kpi('张伟', 1, 'A', 95),
  kpi('赵六', 2, 'B', 85),
  kpi('钱七', 5, 'D', 50),
  kpi('孙八', null, null, null, 0)
]
