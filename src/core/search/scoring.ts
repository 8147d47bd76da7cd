import { FIELD_SHIFT, type Postings } from './postings'
import type { Clause } from './query'

const K1 = 1.2

/** Per-document accumulators, sized to the index and reused by every query (no allocation per search). */
export class ScoreScratch {
  readonly scores: Float64Array
  readonly clauseBest: Float64Array
  readonly matched: Uint8Array
  readonly coverage: Float64Array
  readonly seen: Int32Array
  readonly clauseSeen: Int32Array
  /** Stamps `seen` so accumulators need no clearing between queries. */
  generation = 0

  constructor(n: number) {
    this.scores = new Float64Array(n)
    this.clauseBest = new Float64Array(n)
    this.matched = new Uint8Array(n)
    this.coverage = new Float64Array(n)
    this.seen = new Int32Array(n)
    this.clauseSeen = new Int32Array(n)
  }
}

/**
 * Scores every doc holding a query term; keeps those satisfying every required clause or, when
 * none does (a typo beyond reach, a word no case uses), those covering a good part of the query,
 * weighting each clause by its rarity so a rare planted phrase beats a common word.
 */
export function matchClauses(clauses: readonly Clause[], postings: Postings, norms: Float32Array, scratch: ScoreScratch): number[] {
  const { offsets, slots, tfs } = postings
  const { scores, clauseBest, matched, coverage, seen, clauseSeen } = scratch
  const n = scores.length
  const gen = ++scratch.generation
  const touched: number[] = []
  let required = 0
  let requiredIdf = 0
  const idfOf = (df: number): number => Math.log(1 + (n - df + 0.5) / (df + 0.5))
  clauses.forEach((clause, c) => {
    const stamp = gen * 64 + c
    let clauseIdf = clause.alts.length ? 0 : idfOf(0)
    for (const alt of clause.alts) {
      const idf = idfOf(offsets[alt.term + 1] - offsets[alt.term]) * alt.weight
      clauseIdf = Math.max(clauseIdf, idf)
      for (let p = offsets[alt.term]; p < offsets[alt.term + 1]; p++) {
        const s = slots[p]
        const packed = tfs[p]
        const base = s * 4
        const w =
          (packed >>> FIELD_SHIFT[0]) * norms[base] +
          ((packed >>> FIELD_SHIFT[1]) & 255) * norms[base + 1] +
          ((packed >>> FIELD_SHIFT[2]) & 255) * norms[base + 2] +
          (packed & 255) * norms[base + 3]
        const contribution = (idf * w * (K1 + 1)) / (w + K1)
        if (seen[s] !== gen) {
          seen[s] = gen
          scores[s] = 0
          matched[s] = 0
          coverage[s] = 0
          touched.push(s)
        }
        if (clauseSeen[s] !== stamp) {
          clauseSeen[s] = stamp
          clauseBest[s] = contribution
          scores[s] += contribution
          if (clause.required) {
            matched[s]++
            coverage[s] += idf
          }
        } else if (contribution > clauseBest[s]) {
          scores[s] += contribution - clauseBest[s]
          clauseBest[s] = contribution
        }
      }
    }
    if (clause.required) {
      required++
      requiredIdf += clauseIdf
    }
  })
  if (required === 0) return touched
  const all = touched.filter((s) => matched[s] === required)
  if (all.length > 0 || required === 1) return all
  const some = touched.filter((s) => coverage[s] >= requiredIdf / 3)
  for (const s of some) scores[s] *= (coverage[s] / requiredIdf) ** 2
  return some
}
