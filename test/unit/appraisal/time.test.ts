import { describe, expect, it } from 'vitest'
import {
  addDays,
  dayInZone,
  formatInZone,
  monthPeriod,
  parseDateTime,
  periodInstants,
  periodsEndingWith,
  previousPeriod,
  quarterPeriod,
  utcMonthsBetween
} from '../../../src/core/appraisal/time'

const SH = 'Asia/Shanghai'
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString())

describe('parseDateTime', () => {
  it('reads wall time in the configured zone', () => {
    expect(iso(parseDateTime('2026-10-01 08:00', SH))).toBe('2026-10-01T00:00:00.000Z')
    expect(iso(parseDateTime('2026-10-01 08:00:30', SH))).toBe('2026-10-01T00:00:30.000Z')
    expect(iso(parseDateTime('2026/10/1 8:05', SH))).toBe('2026-10-01T00:05:00.000Z')
    expect(iso(parseDateTime('2026-10-01T08:00', 'UTC'))).toBe('2026-10-01T08:00:00.000Z')
  })
  it('an offset in the data wins over the zone (Asia/Shanghai has no DST)', () => {
    expect(iso(parseDateTime('2026-10-01T08:00:00+08:00', 'UTC'))).toBe('2026-10-01T00:00:00.000Z')
    expect(iso(parseDateTime('2026-10-01T00:00:00Z', SH))).toBe('2026-10-01T00:00:00.000Z')
    expect(iso(parseDateTime('2026-09-30T20:30:00-0330', SH))).toBe('2026-10-01T00:00:00.000Z')
    expect(iso(parseDateTime('2026-10-01T08:00:00.250+08:00', SH))).toBe('2026-10-01T00:00:00.250Z')
    // Same wall text, different meaning: with +08:00 equal to the zone, without offset read in the zone.
    expect(parseDateTime('2026-07-01 12:00', SH)).toBe(parseDateTime('2026-07-01T12:00:00+08:00', 'America/New_York'))
  })
  it('handles a DST zone (New York, summer −4 h, winter −5 h)', () => {
    expect(iso(parseDateTime('2026-07-01 12:00', 'America/New_York'))).toBe('2026-07-01T16:00:00.000Z')
    expect(iso(parseDateTime('2026-12-01 12:00', 'America/New_York'))).toBe('2026-12-01T17:00:00.000Z')
  })
  it.each(['', 'yesterday', '2026-13-01 08:00', '2026-02-30 08:00', '2026-10-01 24:00', '2026-10-01 08:61', '0001-01-01 00:00', '2026-10-01T08:00+25:00', '2026-10-01 08'])(
    'refuses %j',
    (raw) => expect(parseDateTime(raw, SH)).toBeNull()
  )
})

describe('periods', () => {
  it('cuts a period by calendar day in the zone (half-open)', () => {
    const p = periodInstants({ from: '2026-10-01', to: '2026-10-31' }, SH)
    expect(iso(p.start)).toBe('2026-09-30T16:00:00.000Z')
    expect(iso(p.end)).toBe('2026-10-31T16:00:00.000Z')
    // A ticket at 23:59:59 local on the 31st is in; at 00:00 on Nov 1st it is out.
    expect(parseDateTime('2026-10-31 23:59:59', SH)! < p.end).toBe(true)
    expect(parseDateTime('2026-11-01 00:00', SH)! < p.end).toBe(false)
    expect(parseDateTime('2026-10-01 00:00', SH)! >= p.start).toBe(true)
  })
  it('gives the day of an instant in the zone', () => {
    expect(dayInZone(Date.parse('2026-09-30T16:00:00Z'), SH)).toBe('2026-10-01')
    expect(dayInZone(Date.parse('2026-09-30T15:59:59Z'), SH)).toBe('2026-09-30')
    expect(formatInZone(Date.parse('2026-09-30T16:05:09Z'), SH)).toBe('2026-10-01 00:05:09')
  })
  it('months, quarters and the previous period of the same length', () => {
    expect(monthPeriod('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' })
    expect(quarterPeriod(2026, 4)).toEqual({ from: '2026-10-01', to: '2026-12-31' })
    expect(previousPeriod(monthPeriod('2026-10'))).toEqual(monthPeriod('2026-09'))
    expect(previousPeriod(monthPeriod('2026-01'))).toEqual(monthPeriod('2025-12'))
    expect(previousPeriod(quarterPeriod(2026, 1))).toEqual(quarterPeriod(2025, 4))
    expect(previousPeriod({ from: '2026-10-08', to: '2026-10-14' })).toEqual({ from: '2026-10-01', to: '2026-10-07' })
    expect(periodsEndingWith(monthPeriod('2026-10'), 6).map((p) => p.from)).toEqual(['2026-05-01', '2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01'])
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01')
  })
  it('lists the UTC month shards a period touches', () => {
    const p = periodInstants(monthPeriod('2026-10'), SH)
    expect(utcMonthsBetween(p.start, p.end)).toEqual(['2026-09', '2026-10'])
    const u = periodInstants(monthPeriod('2026-10'), 'UTC')
    expect(utcMonthsBetween(u.start, u.end)).toEqual(['2026-10'])
  })
})
