import { CATEGORIES } from '../domain/enums'
import type { ComplaintRecord } from '../appraisal/types'
import { computeFigures, type SlaSettings } from './figures'
import { change } from './stats'
import { localDay } from './time'
import type { Figures, Flag, Headline, Period, TrendPoint } from './types'

/**
 * The rule for "volume rose sharply": a category is flagged when its count in the period is at least
 * 50 % above the previous period's AND at least 10 tickets more (so 2 → 3 is not an alarm, and a
 * category that appears from nothing with 10 or more tickets is). A previous period without any record
 * is no baseline (records not imported yet), so nothing is flagged against it.
 */
export const FLAG_RULE = { minRise: 0.5, minIncrease: 10 } as const

/** Sorts records into the periods by the calendar day they were received in the time zone; others are dropped. */
export function bucketByPeriod(rs: readonly ComplaintRecord[], periods: readonly Period[], timeZone: string): ComplaintRecord[][] {
  const out = periods.map((): ComplaintRecord[] => [])
  for (const r of rs) {
    const day = localDay(r.receivedAt, timeZone)
    const i = periods.findIndex((p) => p.from <= day && day <= p.to)
    if (i >= 0) out[i].push(r)
  }
  return out
}

export function flagRisingCategories(current: Figures['byCategory'], previous: Figures['byCategory']): Flag[] {
  return CATEGORIES.flatMap((category) => {
    const now = current[category]
    const before = previous[category]
    const increase = now - before
    const sharp = increase >= FLAG_RULE.minIncrease && now >= before * (1 + FLAG_RULE.minRise)
    return sharp ? [{ category, previous: before, current: now, increase, pct: before > 0 ? increase / before : null }] : []
  }).sort((a, b) => b.increase - a.increase)
}

/** One point per period with the change against the point before. */
export function trendPoints(periods: readonly Period[], figures: readonly Figures[]): TrendPoint[] {
  return periods.map((p, i) => {
    const f = figures[i]
    const prev = i > 0 ? figures[i - 1] : null
    return {
      ...p,
      total: f.total,
      resolutionRate: f.resolutionRate,
      timelinessRate: f.timelinessRate,
      satisfactionAvg: f.satisfactionAvg,
      medianResponseHours: f.responseHours.median,
      byCategory: f.byCategory,
      byChannel: f.byChannel,
      change: prev
        ? {
            total: change(f.total, prev.total),
            resolutionRate: change(f.resolutionRate, prev.resolutionRate),
            timelinessRate: change(f.timelinessRate, prev.timelinessRate),
            satisfactionAvg: change(f.satisfactionAvg, prev.satisfactionAvg)
          }
        : null
    }
  })
}

/** The headline figures of a period against the previous one. */
export function headline(f: Figures, prev: Figures | null): Headline {
  const pick = (g: Figures | null): Record<Headline[number]['metric'], number | null> => ({
    total: g ? g.total : null,
    resolutionRate: g?.resolutionRate ?? null,
    timelinessRate: g?.timelinessRate ?? null,
    satisfactionAvg: g?.satisfactionAvg ?? null,
    csat: g?.csat ?? null,
    medianResponseHours: g?.responseHours.median ?? null,
    medianCycleHours: g?.cycleHours.median ?? null,
    urgentShare: g?.urgent.share ?? null
  })
  const now = pick(f)
  const before = pick(prev)
  return (Object.keys(now) as Headline[number]['metric'][]).map((metric) => ({ metric, ...change(now[metric], before[metric]) }))
}

export interface Overview {
  periods: Period[]
  current: Figures
  previous: Figures | null
  trend: TrendPoint[]
  headline: Headline
  flagged: Flag[]
}

/**
 * Figures for the last of `periods` (the one the user chose), its trend over all of them and the
 * categories flagged against the period before it.
 */
export function overview(rs: readonly ComplaintRecord[], periods: readonly Period[], sla: SlaSettings, timeZone: string): Overview {
  const figures = bucketByPeriod(rs, periods, timeZone).map((b) => computeFigures(b, sla))
  const current = figures[figures.length - 1]
  const previous = figures.length > 1 ? figures[figures.length - 2] : null
  return {
    periods: [...periods],
    current,
    previous,
    trend: trendPoints(periods, figures),
    headline: headline(current, previous),
    flagged: previous && previous.total > 0 ? flagRisingCategories(current.byCategory, previous.byCategory) : []
  }
}
