import { STANDARD_IDS, type StandardId } from './standards'

/** One scored performance (a special appraisal or a role-play session): per-standard 0–100, null = N/A. */
export type StandardEvidence = readonly { id: StandardId; score: number | null }[]

export interface StandardMean {
  id: StandardId
  /** Mean score (one decimal) over the performances that exercised the standard; null when none did. */
  mean: number | null
  /** How many performances exercised it. */
  count: number
}

/**
 * Every standard of the rubric, in rubric order, with its mean score over the performances that
 * exercised it. A standard no performance exercised stays null rather than 0, so a radar or a plan
 * never reads "not practised" as "failed".
 */
export function standardMeans(evidence: readonly StandardEvidence[]): StandardMean[] {
  const sum = new Map<StandardId, { total: number; count: number }>()
  for (const perf of evidence)
    for (const s of perf) {
      if (s.score === null || !Number.isFinite(s.score)) continue
      const t = sum.get(s.id) ?? { total: 0, count: 0 }
      t.total += s.score
      t.count += 1
      sum.set(s.id, t)
    }
  return STANDARD_IDS.map((id) => {
    const t = sum.get(id)
    return t ? { id, mean: Math.round((t.total / t.count) * 10) / 10, count: t.count } : { id, mean: null, count: 0 }
  })
}
