import type { Period, PeriodUnit } from './types'

// Calendar days are those of the configured time zone (a complaint received at 23:30 UTC on the 31st
// belongs to the 1st in Shanghai). Day arithmetic is done on YYYY-MM-DD strings through UTC dates,
// which have no daylight-saving gaps.

const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23'
    })
    formatters.set(timeZone, f)
  }
  return f
}

function parts(iso: string, timeZone: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const p of formatter(timeZone).formatToParts(new Date(iso))) out[p.type] = p.value
  return out
}

/** The calendar day (YYYY-MM-DD) of an instant in the time zone. */
export function localDay(iso: string, timeZone: string): string {
  const p = parts(iso, timeZone)
  return `${p.year}-${p.month}-${p.day}`
}

/** `YYYY-MM-DD HH:mm` of an instant in the time zone. */
export function localDateTime(iso: string, timeZone: string): string {
  const p = parts(iso, timeZone)
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`
}

export const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

const toUtc = (day: string): Date => new Date(`${day}T00:00:00Z`)
const fromUtc = (d: Date): string => d.toISOString().slice(0, 10)

export function addDays(day: string, n: number): string {
  const d = toUtc(day)
  d.setUTCDate(d.getUTCDate() + n)
  return fromUtc(d)
}

/** The month or the ISO week (Monday to Sunday) that contains the day. */
export function periodOf(unit: PeriodUnit, day: string): Period {
  if (unit === 'month') {
    const from = `${day.slice(0, 7)}-01`
    const d = toUtc(from)
    d.setUTCMonth(d.getUTCMonth() + 1)
    d.setUTCDate(0)
    return { from, to: fromUtc(d), label: day.slice(0, 7) }
  }
  const weekday = (toUtc(day).getUTCDay() + 6) % 7
  const from = addDays(day, -weekday)
  return { from, to: addDays(from, 6), label: from }
}

/** `count` consecutive periods ending with the one that contains `day`, oldest first. */
export function periodsEndingAt(unit: PeriodUnit, day: string, count: number): Period[] {
  const out: Period[] = [periodOf(unit, day)]
  while (out.length < count) out.unshift(periodOf(unit, addDays(out[0].from, -1)))
  return out
}

/** The period of the same unit just before this one. */
export function previousPeriod(unit: PeriodUnit, p: Period): Period {
  return periodOf(unit, addDays(p.from, -1))
}
