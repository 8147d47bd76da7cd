import type { PeriodRange } from './types'

// Date-times of the records and the edges of appraisal periods. Pure (Intl only), so the app, the CLI and
// the tests cut periods the same way. Instants are epoch milliseconds; days are `YYYY-MM-DD` in a zone.

const DAY_MS = 86_400_000
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric'
    })
    formatters.set(zone, f)
  }
  return f
}

const offsetCache = new Map<string, Map<number, number>>()
const BUCKET_MS = 15 * 60_000

/**
 * Offset of the zone from UTC at an instant, in milliseconds (Asia/Shanghai: +8 h). Zones change offset
 * only on quarter hours, so offsets are cached per 15-minute bucket: Intl is slow, and an import reads
 * three date-times a row.
 */
export function zoneOffsetMs(instantMs: number, zone: string): number {
  let cache = offsetCache.get(zone)
  if (!cache) offsetCache.set(zone, (cache = new Map()))
  const bucket = Math.floor(instantMs / BUCKET_MS)
  let offset = cache.get(bucket)
  if (offset === undefined) {
    if (cache.size > 200_000) cache.clear()
    offset = intlOffsetMs(bucket * BUCKET_MS, zone)
    cache.set(bucket, offset)
  }
  return offset
}

function intlOffsetMs(instantMs: number, zone: string): number {
  const parts: Record<string, number> = {}
  for (const p of formatter(zone).formatToParts(new Date(instantMs))) if (p.type !== 'literal') parts[p.type] = Number(p.value)
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second)
  return wall - Math.floor(instantMs / 1000) * 1000
}

/** The instant a wall-clock time in the zone denotes (the earlier one when a DST change repeats it). */
export function wallToInstant(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, zone: string): number {
  const wall = Date.UTC(y, mo - 1, d, h, mi, s, ms)
  const first = wall - zoneOffsetMs(wall, zone)
  const second = wall - zoneOffsetMs(first, zone)
  return Math.min(first, second)
}

const ISO_OFFSET = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})$/i
const LOCAL = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?$/

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
/** Days in month `mo` (1–12) of year `y`, by arithmetic: an import checks three date-times a row. */
const daysIn = (y: number, mo: number) => (mo === 2 && isLeap(y) ? 29 : MONTH_DAYS[mo - 1])

function validParts(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  // Years outside 1900–2200 are typos in a complaint log (and Date.UTC maps 0–99 to 19xx).
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false
  return d <= daysIn(y, mo)
}

/** Milliseconds from a fraction of a second's digits (only the first three count). */
function msOf(frac: string | undefined): number {
  if (!frac) return 0
  const n = Number(frac.length > 3 ? frac.slice(0, 3) : frac)
  return frac.length === 1 ? n * 100 : frac.length === 2 ? n * 10 : n
}

/**
 * Reads a record's date-time: ISO 8601 with an offset (`2026-10-01T08:00:00+08:00`, `…Z`), or
 * `YYYY-MM-DD HH:mm[:ss]` (also with `T` or `/`) read as wall time in `zone`. Returns epoch ms or null.
 */
export function parseDateTime(raw: string, zone: string): number | null {
  const text = raw.trim()
  // The `toISOString` form (what exports write and most systems emit) is read without the regex; any
  // other text, or one with a field out of range, goes the regex way below.
  if (text.length === 24) {
    const ms = canonicalIsoMs(text)
    if (!Number.isNaN(ms)) {
      const y = digits(text, 0, 4)
      return y < 1900 || y > 2200 ? null : ms
    }
  }
  // Fields are read straight from the match (no arrays per call): this runs 1.5 million times an import.
  let m = ISO_OFFSET.exec(text)
  if (m) {
    const y = Number(m[1])
    const mo = Number(m[2])
    const d = Number(m[3])
    const h = Number(m[4])
    const mi = Number(m[5])
    const s = m[6] === undefined ? 0 : Number(m[6])
    if (!validParts(y, mo, d, h, mi, s)) return null
    let offset = 0
    const z = m[8]
    if (z !== 'Z' && z !== 'z') {
      const sign = z.charCodeAt(0) === 45 ? -1 : 1 // '-'
      const oh = Number(z.slice(1, 3))
      const om = Number(z.length === 6 ? z.slice(4) : z.slice(3))
      if (oh > 18 || om > 59) return null
      offset = sign * (oh * 60 + om) * 60_000
    }
    return Date.UTC(y, mo - 1, d, h, mi, s, msOf(m[7])) - offset
  }
  m = LOCAL.exec(text)
  if (m) {
    const y = Number(m[1])
    const mo = Number(m[2])
    const d = Number(m[3])
    const h = m[4] === undefined ? 0 : Number(m[4])
    const mi = m[5] === undefined ? 0 : Number(m[5])
    const s = m[6] === undefined ? 0 : Number(m[6])
    if (!validParts(y, mo, d, h, mi, s)) return null
    return wallToInstant(y, mo, d, h, mi, s, msOf(m[7]), zone)
  }
  return null
}

/** `YYYY-MM-DD` → [y, m, d], or null when it is not a real calendar day. */
export function parseDay(day: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return validParts(y, mo, d, 0, 0, 0) ? [y, mo, d] : null
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0')
const dayText = (utcMs: number) => {
  const d = new Date(utcMs)
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

/** Adds calendar days to a `YYYY-MM-DD` day. */
export function addDays(day: string, n: number): string {
  const p = parseDay(day)
  if (!p) throw new Error(`not a day: ${day}`)
  return dayText(Date.UTC(p[0], p[1] - 1, p[2]) + n * DAY_MS)
}

/** The calendar day of an instant in the zone. */
export function dayInZone(instantMs: number, zone: string): string {
  return dayText(instantMs + zoneOffsetMs(instantMs, zone))
}

/** Wall-clock `YYYY-MM-DD HH:mm:ss` of an instant in the zone (for exports the user re-imports). */
export function formatInZone(instantMs: number, zone: string): string {
  const local = new Date(instantMs + zoneOffsetMs(instantMs, zone))
  return `${dayText(local.getTime())} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`
}

/** A period as half-open instants [start, end): from 00:00 of `from` to 00:00 after `to`, in the zone. */
export function periodInstants(range: PeriodRange, zone: string): { start: number; end: number } {
  const f = parseDay(range.from)
  const t = parseDay(addDays(range.to, 1))
  if (!f || !t) throw new Error(`not a period: ${range.from} – ${range.to}`)
  return { start: wallToInstant(f[0], f[1], f[2], 0, 0, 0, 0, zone), end: wallToInstant(t[0], t[1], t[2], 0, 0, 0, 0, zone) }
}

/** Number of calendar days in a period (inclusive). */
export function periodDays(range: PeriodRange): number {
  const f = parseDay(range.from)
  const t = parseDay(range.to)
  if (!f || !t) throw new Error(`not a period: ${range.from} – ${range.to}`)
  return Math.round((Date.UTC(t[0], t[1] - 1, t[2]) - Date.UTC(f[0], f[1] - 1, f[2])) / DAY_MS) + 1
}

export function isValidPeriod(range: PeriodRange): boolean {
  return parseDay(range.from) !== null && parseDay(range.to) !== null && range.from <= range.to
}

/** The calendar month `YYYY-MM` as a period. */
export function monthPeriod(month: string): PeriodRange {
  const [y, m] = month.split('-').map(Number)
  return { from: `${pad(y, 4)}-${pad(m)}-01`, to: dayText(Date.UTC(y, m, 0)) }
}

/** Quarter q (1–4) of a year as a period. */
export function quarterPeriod(year: number, q: number): PeriodRange {
  const first = (q - 1) * 3 + 1
  return { from: `${pad(year, 4)}-${pad(first)}-01`, to: dayText(Date.UTC(year, first + 2, 0)) }
}

function wholeMonths(range: PeriodRange): number | null {
  const f = parseDay(range.from)
  const t = parseDay(range.to)
  if (!f || !t || f[2] !== 1) return null
  if (addDays(range.to, 1).slice(8) !== '01') return null
  return (t[0] - f[0]) * 12 + (t[1] - f[1]) + 1
}

/**
 * The period of the same length just before: a month (or quarter, or n whole months) gives the previous
 * one of as many months; any other range gives the same number of days ending the day before `from`.
 */
export function previousPeriod(range: PeriodRange): PeriodRange {
  const months = wholeMonths(range)
  if (months !== null) {
    const [y, m] = range.from.split('-').map(Number)
    const start = new Date(Date.UTC(y, m - 1 - months, 1))
    return { from: dayText(start.getTime()), to: addDays(range.from, -1) }
  }
  const n = periodDays(range)
  return { from: addDays(range.from, -n), to: addDays(range.from, -1) }
}

/** `count` periods ending with `range`, oldest first (the staff page's trend chart). */
export function periodsEndingWith(range: PeriodRange, count: number): PeriodRange[] {
  const out = [range]
  while (out.length < count) out.unshift(previousPeriod(out[0]))
  return out
}

/** UTC months `YYYY-MM` that hold any instant of [start, end): the record shards a period reads. */
export function utcMonthsBetween(start: number, end: number): string[] {
  const out: string[] = []
  const s = new Date(start)
  let y = s.getUTCFullYear()
  let m = s.getUTCMonth()
  while (Date.UTC(y, m, 1) < end) {
    out.push(`${pad(y, 4)}-${pad(m + 1)}`)
    m++
    if (m === 12) {
      m = 0
      y++
    }
  }
  return out
}

export const utcMonthOf = (instantMs: number) => new Date(instantMs).toISOString().slice(0, 7)

const digits = (s: string, from: number, to: number): number => {
  let n = 0
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48
    if (c < 0 || c > 9) return -1
    n = n * 10 + c
  }
  return n
}

/** Epoch ms of a `toISOString`-form instant (`2026-10-01T08:00:00.000Z`) with valid fields, else NaN. */
function canonicalIsoMs(s: string): number {
  if (s.length !== 24 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58 || s.charCodeAt(19) !== 46 || s.charCodeAt(23) !== 90) return NaN
  const y = digits(s, 0, 4)
  const mo = digits(s, 5, 7)
  const d = digits(s, 8, 10)
  const h = digits(s, 11, 13)
  const mi = digits(s, 14, 16)
  const sec = digits(s, 17, 19)
  const ms = digits(s, 20, 23)
  if (y < 1000 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59 || ms < 0) return NaN
  if (d > daysIn(y, mo)) return NaN
  return Date.UTC(y, mo - 1, d, h, mi, sec, ms)
}

/**
 * `Date.parse` of an ISO instant, with a fast path for the `toISOString` form every stored record uses:
 * storing an import parses 1.5 million of them. Anything else goes to `Date.parse`, so the result is
 * always what `Date.parse` gives.
 */
export function isoMs(s: string): number {
  const ms = canonicalIsoMs(s)
  return Number.isNaN(ms) ? Date.parse(s) : ms
}

/** `utcMonthOf(Date.parse(s))`: the first seven characters of a `toISOString`-form instant. */
export function isoMonth(s: string): string {
  return Number.isNaN(canonicalIsoMs(s)) ? utcMonthOf(Date.parse(s)) : s.slice(0, 7)
}
