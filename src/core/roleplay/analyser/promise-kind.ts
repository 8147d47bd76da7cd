import type { LocaleRules, PromiseKind } from './types'

/** Distance in characters from the match nearest to [start, end) in `clause`; Infinity when none. */
function nearest(re: RegExp, clause: string, start: number, end: number): number {
  let best = Infinity
  for (const m of clause.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))) {
    const from = m.index ?? 0
    const to = from + m[0].length
    const d = to <= start ? start - to : from >= end ? from - end : 0
    if (d < best) best = d
  }
  return best
}

/**
 * Whether the time at [start, end) of `clause` promises a reply or the outcome: the nearer of the two
 * kinds of words wins. Unclear (neither, or equally near) counts as a response promise unless only the
 * outcome is named, so a time is held to the stricter first-response SLA when in doubt.
 */
export function promiseKind(clause: string, start: number, end: number, rules: Pick<LocaleRules, 'responseWords' | 'resolutionWords'>): PromiseKind {
  const response = nearest(rules.responseWords, clause, start, end)
  const resolution = nearest(rules.resolutionWords, clause, start, end)
  return resolution < response ? 'resolution' : 'response'
}
