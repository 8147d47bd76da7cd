import type { StaffKpi } from '../appraisal/types'

export type RecognitionBy = 'grade-a' | 'top-n'

/**
 * The recognition list (表彰): every grade A, or the top N by rank. Ties at the N-th rank are all
 * included (ranks are shared: 1, 2, 2, 4), so nobody is left off for sorting order alone. Rows without
 * a composite (no data) are never recognised.
 */
export function recognitionList(table: readonly StaffKpi[], by: RecognitionBy, topN: number): StaffKpi[] {
  const ranked = byRank(table.filter((r) => r.composite !== null))
  if (by === 'grade-a') return ranked.filter((r) => r.grade === 'A')
  if (topN <= 0) return []
  const cut = ranked[Math.min(topN, ranked.length) - 1]
  if (!cut) return []
  return ranked.filter((r) => (r.rank ?? Infinity) <= (cut.rank ?? Infinity))
}

/** The improvement list (待改进): grade D, weakest first. */
export function improvementList(table: readonly StaffKpi[]): StaffKpi[] {
  return table
    .filter((r) => r.grade === 'D')
    .sort((a, b) => (a.composite ?? -1) - (b.composite ?? -1) || a.staffId.localeCompare(b.staffId))
}

function byRank(rows: readonly StaffKpi[]): StaffKpi[] {
  return [...rows].sort(
    (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (b.composite ?? -1) - (a.composite ?? -1) || a.staffId.localeCompare(b.staffId)
  )
}
