import { describe, expect, it } from 'vitest'
import { computeFigures } from '../../../src/core/analytics'
import { OCTOBER, SEPTEMBER, SLA } from './fixtures'

describe('computeFigures (October fixture, default SLA: urgent 2 h / 24 h, normal 24 h / 72 h, low 24 h / 168 h)', () => {
  const f = computeFigures(OCTOBER, SLA)

  it('counts by category, channel, priority and category × channel', () => {
    expect(f.total).toBe(7)
    expect(f.byCategory).toEqual({ 'product-quality': 3, 'service-attitude': 1, delivery: 2, pricing: 0, safety: 1, 'after-sales': 0, promotion: 0, other: 0 })
    expect(f.byChannel).toEqual({ phone: 3, 'online-chat': 1, email: 0, 'web-form': 0, app: 2, 'social-media': 0, 'in-store': 1 })
    expect(f.byPriority).toEqual({ urgent: 2, normal: 4, low: 1 })
    expect(f.categoryChannel['product-quality']).toMatchObject({ phone: 2, 'online-chat': 1, app: 0 })
    expect(f.categoryChannel.delivery.app).toBe(2)
    expect(f.categoryChannel.safety['in-store']).toBe(1)
    expect(f.categoryChannel['service-attitude'].phone).toBe(1)
  })

  it('rates: resolution 5/7, timeliness 4/7 (T2 30 h, T5 no response, T6 urgent 3 h are late), satisfaction 15/5, CSAT 2/5', () => {
    expect(f.resolutionRate).toBeCloseTo(5 / 7, 10)
    expect(f.timelinessRate).toBeCloseTo(4 / 7, 10)
    expect(f.satisfactionAvg).toBe(3)
    expect(f.csat).toBe(0.4)
  })

  it('by category, with only the categories that occur, in enum order', () => {
    expect(f.perCategory.map((g) => g.key)).toEqual(['product-quality', 'service-attitude', 'delivery', 'safety'])
    const pq = f.perCategory[0]
    expect(pq).toMatchObject({ tickets: 3, resolutionRate: 1, satisfactionAvg: 4 })
    expect(pq.timelinessRate).toBeCloseTo(2 / 3, 10)
    expect(pq.csat).toBeCloseTo(2 / 3, 10)
    expect(f.perCategory[2]).toEqual({ key: 'delivery', tickets: 2, resolutionRate: 0, timelinessRate: 0.5, satisfactionAvg: null, csat: null })
    expect(f.perCategory[3]).toEqual({ key: 'safety', tickets: 1, resolutionRate: 1, timelinessRate: 0, satisfactionAvg: 2, csat: 0 })
  })

  it('by channel', () => {
    expect(f.perChannel.map((g) => [g.key, g.tickets])).toEqual([['phone', 3], ['online-chat', 1], ['app', 2], ['in-store', 1]])
    expect(f.perChannel[0].satisfactionAvg).toBeCloseTo(10 / 3, 10)
    expect(f.perChannel[0]).toMatchObject({ resolutionRate: 1, timelinessRate: 1 })
    expect(f.perChannel[1]).toEqual({ key: 'online-chat', tickets: 1, resolutionRate: 1, timelinessRate: 0, satisfactionAvg: 3, csat: 0 })
  })

  it('SLA attainment by priority: response and resolution (unresolved = missed)', () => {
    expect(f.slaByPriority).toEqual([
      { key: 'urgent', tickets: 2, responseMet: 0.5, resolutionMet: 0.5 },
      { key: 'normal', tickets: 4, responseMet: 0.75, resolutionMet: 0.75 },
      { key: 'low', tickets: 1, responseMet: 0, resolutionMet: 0 }
    ])
  })

  it('median and 90th percentile of response [0.5,1,2,3,4,30] and cycle [6,10,20,30,50] hours', () => {
    expect(f.responseHours).toEqual({ n: 6, median: 2.5, p90: 17 })
    expect(f.cycleHours.n).toBe(5)
    expect(f.cycleHours.median).toBe(20)
    expect(f.cycleHours.p90).toBeCloseTo(42, 10)
  })

  it('urgent: 2 of 7, half answered in 2 h, response hours [1, 3]', () => {
    expect(f.urgent.tickets).toBe(2)
    expect(f.urgent.share).toBeCloseTo(2 / 7, 10)
    expect(f.urgent.responseMet).toBe(0.5)
    expect(f.urgent.responseHours.median).toBe(2)
    expect(f.urgent.responseHours.p90).toBeCloseTo(2.8, 10)
  })

  it('root causes, with the records without one as "unknown"', () => {
    expect(f.rootCausesPresent).toBe(true)
    expect(f.rootCauses.map((c) => [c.key, c.tickets])).toEqual([['product', 3], ['process', 1], ['logistics', 1], ['staff', 1], ['unknown', 1]])
    expect(f.rootCauses[0].share).toBeCloseTo(3 / 7, 10)
    expect(f.rootCauses[0].resolutionRate).toBe(1)
    expect(f.rootCauses[0].satisfactionAvg).toBeCloseTo(10 / 3, 10)
    expect(computeFigures(SEPTEMBER, SLA).rootCausesPresent).toBe(false)
  })

  it('an empty period has zero counts and N/A (null) rates, never NaN', () => {
    const e = computeFigures([], SLA)
    expect(e.total).toBe(0)
    expect([e.resolutionRate, e.timelinessRate, e.satisfactionAvg, e.csat, e.urgent.share, e.responseHours.median, e.cycleHours.p90]).toEqual([null, null, null, null, null, null, null])
    expect(e.perCategory).toEqual([])
    expect(e.slaByPriority).toEqual([])
  })

  it('follows the SLA settings', () => {
    const strict = { ...SLA, normal: { responseHours: 1, resolutionHours: 8 } }
    const g = computeFigures(OCTOBER, strict)
    // normal: T1 2 h, T2 30 h, T4 4 h late now; T7 0.5 h on time. Resolved within 8 h: T7 only.
    expect(g.slaByPriority[1]).toEqual({ key: 'normal', tickets: 4, responseMet: 0.25, resolutionMet: 0.25 })
    expect(g.timelinessRate).toBeCloseTo(2 / 7, 10)
  })
})
