import type { AppraisalBuilder, KpiAccumulator } from '@core/appraisal/kpi'
import type { MonthShard } from './month-check'

/**
 * Adds the tickets of month `m` received in [start, end) to `b`, reading the columns directly: the staff
 * member's running sums are looked up once per dictionary entry (not by string per ticket), the packed
 * enums are decoded with shifts, and no object is built per ticket. Same figures as `factAt` + `b.add`:
 * negative offsets mean "none", satisfaction 0 means unrated, and the last name seen for a staff id wins.
 * `limitsMs` is `b.responseLimitsMs()`; `only` keeps one staff id.
 */
export function tallyMonth(m: MonthShard, start: number, end: number, b: AppraisalBuilder, limitsMs: readonly number[], only?: string): void {
  const { dict, s, n, c, r, f, d } = m
  // Per dictionary index: undefined = not met yet, null = left out by `only`.
  const accs: (KpiAccumulator | null | undefined)[] = new Array<KpiAccumulator | null | undefined>(dict.length).fill(undefined)
  const lastName = new Int32Array(dict.length).fill(-1)
  for (let i = 0; i < r.length; i++) {
    const at = r[i]
    if (at < start || at >= end) continue
    const si = s[i]
    let acc = accs[si]
    if (acc === undefined) {
      acc = only === undefined || dict[si] === only ? b.accumulator(dict[si]) : null
      accs[si] = acc
    }
    if (acc === null) continue
    const code = c[i]
    acc.addTicket(limitsMs[(code >> 6) & 3], f[i], ((code >> 8) & 1) === 1, d[i], (code >> 9) & 7)
    lastName[si] = n[i]
  }
  for (let si = 0; si < dict.length; si++) {
    const name = lastName[si] < 0 ? '' : dict[lastName[si]]
    if (name) b.names.set(dict[si], name)
  }
}
