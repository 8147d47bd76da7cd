import type { KpiFact } from './kpi'
import type { ComplaintRecord } from './types'

export * from './types'
export * from './time'
export * from './kpi'
export * from './rows'
export * from './good-rows'

/** The KPI view of a stored record. */
export function factOf(r: ComplaintRecord): KpiFact & { staffName: string } {
  return {
    staffId: r.staffId,
    staffName: r.staffName,
    priority: r.priority,
    receivedMs: Date.parse(r.receivedAt),
    responseMs: r.firstResponseAt === null ? null : Date.parse(r.firstResponseAt),
    resolved: r.status === 'resolved',
    resolvedMs: r.resolvedAt === null ? null : Date.parse(r.resolvedAt),
    satisfaction: r.satisfaction
  }
}
