import { describe, expect, it } from 'vitest'
import { addDays, localDateTime, localDay, periodOf, periodsEndingAt, previousPeriod, quantile } from '../../../src/core/analytics'

describe('calendar days in the configured time zone', () => {
  it('cuts days in the zone, not in UTC', () => {
    expect(localDay('2026-09-30T16:30:00Z', 'Asia/Shanghai')).toBe('2026-10-01')
    expect(localDay('2026-09-30T16:30:00Z', 'UTC')).toBe('2026-09-30')
    expect(localDay('2026-10-01T03:00:00Z', 'America/New_York')).toBe('2026-09-30')
    expect(localDateTime('2026-10-05T02:00:00Z', 'Asia/Shanghai')).toBe('2026-10-05 10:00')
    expect(localDateTime('2026-10-04T16:05:00Z', 'Asia/Shanghai')).toBe('2026-10-05 00:05')
  })

  it('months and ISO weeks (Monday to Sunday)', () => {
    expect(periodOf('month', '2026-02-14')).toEqual({ from: '2026-02-01', to: '2026-02-28', label: '2026-02' })
    expect(periodOf('month', '2028-02-29')).toEqual({ from: '2028-02-01', to: '2028-02-29', label: '2028-02' })
    expect(periodOf('week', '2026-10-15')).toEqual({ from: '2026-10-12', to: '2026-10-18', label: '2026-10-12' })
    expect(periodOf('week', '2026-10-18')).toEqual(periodOf('week', '2026-10-12'))
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
  })

  it('the last N periods, oldest first, across a year end', () => {
    const ps = periodsEndingAt('month', '2027-02-10', 6)
    expect(ps.map((p) => p.label)).toEqual(['2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02'])
    expect(periodsEndingAt('week', '2026-10-15', 3).map((p) => p.from)).toEqual(['2026-09-28', '2026-10-05', '2026-10-12'])
    expect(previousPeriod('month', ps[0])).toEqual({ from: '2026-08-01', to: '2026-08-31', label: '2026-08' })
  })

  it('quantiles interpolate between ranks', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5)
    expect(quantile([7], 0.9)).toBe(7)
    expect(quantile([], 0.5)).toBeNull()
    expect(quantile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9)).toBeCloseTo(91, 10)
  })
})
