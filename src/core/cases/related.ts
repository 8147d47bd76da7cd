import type { CaseDoc } from './types'

type Relatable = Pick<CaseDoc, 'id' | 'category' | 'standards' | 'tags'>

/**
 * Cases worth reading next to `target`: same category counts most, then shared tags and shared
 * standards. Ties keep the order of `pool`.
 */
export function relatedCases<T extends Relatable>(target: Relatable, pool: readonly T[], limit = 5): T[] {
  const tags = new Set(target.tags)
  const standards = new Set(target.standards)
  return pool
    .filter((c) => c.id !== target.id)
    .map((c, i) => {
      const score =
        (c.category === target.category ? 3 : 0) +
        c.tags.filter((t) => tags.has(t)).length * 2 +
        c.standards.filter((s) => standards.has(s)).length
      return { c, i, score }
    })
    .filter((x) => x.score >= 2)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.c)
}

/** Cases that exercise the given standards, most matches first (role-play and training recommendations). */
export function casesForStandards<T extends Pick<CaseDoc, 'id' | 'standards'>>(standards: readonly string[], pool: readonly T[], limit = 5): T[] {
  const wanted = new Set(standards)
  return pool
    .map((c, i) => ({ c, i, n: c.standards.filter((s) => wanted.has(s)).length }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.c)
}
