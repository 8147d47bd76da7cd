import { CATEGORIES, CHANNELS, PRIORITIES, type Priority } from '../domain/enums'
import { ROOT_CAUSES, type ComplaintRecord } from '../appraisal/types'
import type { Settings } from '../settings/settings'
import { hoursBetween, mean, ratio, spread } from './stats'
import type { Figures, GroupStats } from './types'

export type SlaSettings = Settings['sla']

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>

export const responseHours = (r: ComplaintRecord): number | null => (r.firstResponseAt ? hoursBetween(r.receivedAt, r.firstResponseAt) : null)
export const cycleHours = (r: ComplaintRecord): number | null =>
  r.status === 'resolved' && r.resolvedAt ? hoursBetween(r.receivedAt, r.resolvedAt) : null

/** First response within the priority's response SLA; no response is late (DESIGN.md, timeliness rate). */
export function onTime(r: ComplaintRecord, sla: SlaSettings): boolean {
  const h = responseHours(r)
  return h !== null && h <= sla[r.priority].responseHours
}

/** Resolved within the priority's resolution SLA; unresolved is a miss. */
export function resolvedInTime(r: ComplaintRecord, sla: SlaSettings): boolean {
  const h = cycleHours(r)
  return h !== null && h <= sla[r.priority].resolutionHours
}

/** Resolution, timeliness and satisfaction of a set of records, with the appraisal formulas. */
export function groupStats(key: string, rs: readonly ComplaintRecord[], sla: SlaSettings): GroupStats {
  const rated = rs.flatMap((r) => (r.satisfaction === null ? [] : [r.satisfaction]))
  return {
    key,
    tickets: rs.length,
    resolutionRate: ratio(rs.filter((r) => r.status === 'resolved').length, rs.length),
    timelinessRate: ratio(rs.filter((r) => onTime(r, sla)).length, rs.length),
    satisfactionAvg: mean(rated),
    csat: ratio(rated.filter((s) => s >= 4).length, rated.length)
  }
}

function groupBy<K extends string>(rs: readonly ComplaintRecord[], keys: readonly K[], of: (r: ComplaintRecord) => K): Map<K, ComplaintRecord[]> {
  const m = new Map<K, ComplaintRecord[]>(keys.map((k) => [k, []]))
  for (const r of rs) m.get(of(r))?.push(r)
  return m
}

const present = (rows: GroupStats[]): GroupStats[] => rows.filter((g) => g.tickets > 0)
const hoursOf = (rs: readonly ComplaintRecord[], f: (r: ComplaintRecord) => number | null): number[] =>
  rs.flatMap((r) => {
    const h = f(r)
    return h === null ? [] : [h]
  })

/** Every figure of one period (the records already cut to the period and team). */
export function computeFigures(rs: readonly ComplaintRecord[], sla: SlaSettings): Figures {
  const all = groupStats('all', rs, sla)
  const byCategory = zeros(CATEGORIES)
  const byChannel = zeros(CHANNELS)
  const byPriority = zeros(PRIORITIES)
  const categoryChannel = Object.fromEntries(CATEGORIES.map((c) => [c, zeros(CHANNELS)])) as Figures['categoryChannel']
  for (const r of rs) {
    byCategory[r.category]++
    byChannel[r.channel]++
    byPriority[r.priority]++
    categoryChannel[r.category][r.channel]++
  }
  const perCategory = present([...groupBy(rs, CATEGORIES, (r) => r.category)].map(([k, g]) => groupStats(k, g, sla)))
  const perChannel = present([...groupBy(rs, CHANNELS, (r) => r.channel)].map(([k, g]) => groupStats(k, g, sla)))
  const slaByPriority = [...groupBy(rs, PRIORITIES, (r) => r.priority)]
    .filter(([, g]) => g.length > 0)
    .map(([key, g]) => ({
      key: key as Priority,
      tickets: g.length,
      responseMet: ratio(g.filter((r) => onTime(r, sla)).length, g.length),
      resolutionMet: ratio(g.filter((r) => resolvedInTime(r, sla)).length, g.length)
    }))
  const urgent = rs.filter((r) => r.priority === 'urgent')
  const causeKeys = [...ROOT_CAUSES, 'unknown'] as const
  const rootCauses = [...groupBy(rs, causeKeys, (r) => r.rootCause ?? 'unknown')]
    .filter(([, g]) => g.length > 0)
    .map(([key, g]) => ({ ...groupStats(key, g, sla), key, share: g.length / rs.length }))
  return {
    total: rs.length,
    byCategory,
    byChannel,
    byPriority,
    categoryChannel,
    resolutionRate: all.resolutionRate,
    timelinessRate: all.timelinessRate,
    satisfactionAvg: all.satisfactionAvg,
    csat: all.csat,
    perCategory,
    perChannel,
    slaByPriority,
    responseHours: spread(hoursOf(rs, responseHours)),
    cycleHours: spread(hoursOf(rs, cycleHours)),
    urgent: {
      tickets: urgent.length,
      share: ratio(urgent.length, rs.length),
      responseMet: ratio(urgent.filter((r) => onTime(r, sla)).length, urgent.length),
      responseHours: spread(hoursOf(urgent, responseHours))
    },
    rootCauses,
    rootCausesPresent: rs.some((r) => r.rootCause !== null)
  }
}
