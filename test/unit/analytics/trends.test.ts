import { describe, expect, it } from 'vitest'
import { bucketByPeriod, flagRisingCategories, FLAG_RULE, overview, periodsEndingAt } from '../../../src/core/analytics'
import { CATEGORIES, type Category } from '../../../src/core/domain/enums'
import { ALL, SLA, TZ } from './fixtures'

const counts = (over: Partial<Record<Category, number>>) => ({ ...Object.fromEntries(CATEGORIES.map((c) => [c, 0])), ...over }) as Record<Category, number>

describe('trends and change against the previous period', () => {
  const periods = periodsEndingAt('month', '2026-10-15', 2)
  const o = overview(ALL, periods, SLA, TZ)

  it('buckets by the Shanghai calendar day (T1 is October, S2 September, T8 November and dropped)', () => {
    const [sep, oct] = bucketByPeriod(ALL, periods, TZ)
    expect(sep.map((r) => r.ticketId)).toEqual(['S1', 'S2'])
    expect(oct.map((r) => r.ticketId)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'])
    // In UTC, T1 falls in September, S2 in September still, and T8 in October.
    const [sepUtc, octUtc] = bucketByPeriod(ALL, periods, 'UTC')
    expect(sepUtc.map((r) => r.ticketId)).toEqual(['S1', 'S2', 'T1'])
    expect(octUtc.map((r) => r.ticketId)).toContain('T8')
  })

  it('one trend point per period, with the change against the one before', () => {
    expect(o.trend.map((p) => [p.label, p.total])).toEqual([['2026-09', 2], ['2026-10', 7]])
    expect(o.trend[0].change).toBeNull()
    expect(o.trend[0].medianResponseHours).toBe(13.5)
    expect(o.trend[1].change?.total).toEqual({ value: 7, previous: 2, delta: 5, pct: 2.5 })
    expect(o.trend[1].change?.resolutionRate.delta).toBeCloseTo(5 / 7 - 0.5, 10)
    expect(o.trend[1].change?.satisfactionAvg).toEqual({ value: 3, previous: 3, delta: 0, pct: 0 })
  })

  it('headline figures with change', () => {
    const m = Object.fromEntries(o.headline.map((x) => [x.metric, x]))
    expect(m.total).toEqual({ metric: 'total', value: 7, previous: 2, delta: 5, pct: 2.5 })
    expect(m.timelinessRate.delta).toBeCloseTo(4 / 7 - 0.5, 10)
    expect(m.csat.delta).toBeCloseTo(-0.1, 10)
    expect(m.csat.pct).toBeCloseTo(-0.2, 10)
    expect(m.medianResponseHours).toMatchObject({ value: 2.5, previous: 13.5, delta: -11 })
    expect(m.medianCycleHours).toMatchObject({ value: 20, previous: 5, delta: 15, pct: 3 })
    // No urgent complaints in September: the change is an absolute rise, with no relative figure.
    expect(m.urgentShare.previous).toBe(0)
    expect(m.urgentShare.pct).toBeNull()
  })

  it(`flags a category when it rose ≥ ${FLAG_RULE.minRise * 100} % and by ≥ ${FLAG_RULE.minIncrease} tickets`, () => {
    const prev = counts({ 'product-quality': 10, delivery: 20, pricing: 20, safety: 0, promotion: 0, 'after-sales': 30 })
    const now = counts({ 'product-quality': 15, delivery: 30, pricing: 29, safety: 10, promotion: 9, 'after-sales': 40 })
    const flags = flagRisingCategories(now, prev)
    // product-quality +5 (too few), pricing +45 % (too little), promotion 0 → 9 (too few), after-sales +33 %.
    expect(flags).toEqual([
      { category: 'delivery', previous: 20, current: 30, increase: 10, pct: 0.5 },
      { category: 'safety', previous: 0, current: 10, increase: 10, pct: null }
    ])
    expect(o.flagged).toEqual([])
  })

  it('a previous period without any record is no baseline: nothing is flagged against it', () => {
    const burst = Array.from({ length: 12 }, (_, i) => ({ ...ALL[3], ticketId: `B${i}` }))
    const o2 = overview([...ALL.filter((r) => !r.ticketId.startsWith('S')), ...burst], periods, SLA, TZ)
    expect(o2.previous?.total).toBe(0)
    expect(o2.current.byCategory['product-quality']).toBe(15)
    expect(o2.flagged).toEqual([])
  })

  it('a single period has no previous: no change, no flags', () => {
    const one = overview(ALL, periods.slice(1), SLA, TZ)
    expect(one.previous).toBeNull()
    expect(one.headline.every((x) => x.delta === null)).toBe(true)
  })
})
