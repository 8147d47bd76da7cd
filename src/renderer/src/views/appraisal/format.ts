import type { KpiKey } from '@core/appraisal/kpi'

// Display of KPI figures: rates are fractions in data and percentages on screen; N/A is a dash.

export const pct = (x: number | null | undefined, digits = 1) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(digits)}%`)
export const fixed = (x: number | null | undefined, digits = 1) => (x === null || x === undefined ? '—' : x.toFixed(digits))

/** How a change in each figure reads: for hours, lower is better. */
export const LOWER_IS_BETTER: ReadonlySet<KpiKey> = new Set(['avgResponseHours', 'avgCycleHours'])
export const IS_RATE: ReadonlySet<KpiKey> = new Set(['timelinessRate', 'resolutionRate', 'csat'])

export function formatKpi(key: KpiKey, x: number | null | undefined): string {
  return IS_RATE.has(key) ? pct(x) : key === 'satisfactionAvg' ? fixed(x, 2) : fixed(x, 1)
}

/** A signed change for a tooltip: rates in percentage points. */
export function formatDelta(key: KpiKey, d: number): string {
  const v = IS_RATE.has(key) ? `${(Math.abs(d) * 100).toFixed(1)} pp` : Math.abs(d).toFixed(key === 'satisfactionAvg' ? 2 : 1)
  return v
}

const pad = (n: number) => String(n).padStart(2, '0')
export const dayOf = (ts: number) => {
  const d = new Date(ts)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}
export const tsOf = (day: string) => {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(y, m - 1, d).getTime()
}
