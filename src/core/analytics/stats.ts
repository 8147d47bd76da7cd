import type { Change, Spread } from './types'

/** Numerator / denominator, or null when there is nothing to divide by. */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null
}

export function mean(values: readonly number[]): number | null {
  return values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : null
}

/**
 * Quantile by linear interpolation between closest ranks (the "inclusive" method of spreadsheets,
 * PERCENTILE.INC): position (n − 1)·q in the sorted values. Median of [1, 2, 3, 4] is 2.5.
 */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null
  const s = [...values].sort((a, b) => a - b)
  const pos = (s.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return s[lo] + (s[hi] - s[lo]) * (pos - lo)
}

export function spread(values: readonly number[]): Spread {
  return { n: values.length, median: quantile(values, 0.5), p90: quantile(values, 0.9) }
}

/** Change of a figure against the previous period: absolute delta and relative change (null when previous is 0 or missing). */
export function change(value: number | null, previous: number | null): Change {
  if (value === null || previous === null) return { value, previous, delta: null, pct: null }
  return { value, previous, delta: value - previous, pct: previous !== 0 ? (value - previous) / previous : null }
}

export function hoursBetween(fromIso: string, toIso: string): number {
  return (Date.parse(toIso) - Date.parse(fromIso)) / 3_600_000
}
