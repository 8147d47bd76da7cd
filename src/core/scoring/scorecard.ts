import type { Rubric, StandardId } from '../standards/standards'

/** One check point: credits or debits one standard (DESIGN.md, "Scoring a performance"). */
export interface Mark {
  standard: StandardId
  kind: 'credit' | 'violation'
  /** A violation that is critical in this context even if the standard is not (classify on safety). */
  critical?: boolean
  note?: string
}

export interface StandardScore {
  id: StandardId
  earned: number
  possible: number
  /** null when the standard was not exercised (N/A). */
  score: number | null
  weight: number
  violations: number
  criticalViolation: boolean
}

export interface AutoFail {
  standard: StandardId
  note?: string
}

export interface ScoreResult {
  standards: StandardScore[]
  overall: number
  /** Overall before the critical auto-fail is applied — for the debrief. */
  overallBeforeAutoFail: number | null
  passed: boolean
  passMark: number
  autoFail: AutoFail[]
}

/**
 * Scores marks against the rubric: per standard earned / possible × 100, overall as the weighted mean
 * over exercised standards, and 0 when any critical standard was violated.
 */
export function scoreMarks(marks: readonly Mark[], rubric: Rubric): ScoreResult {
  const byId = new Map(rubric.standards.map((s) => [s.id, s]))
  const tally = new Map<StandardId, { earned: number; possible: number; violations: number; critical: boolean }>()
  const autoFail: AutoFail[] = []
  for (const m of marks) {
    const std = byId.get(m.standard)
    if (!std) continue
    const t = tally.get(m.standard) ?? { earned: 0, possible: 0, violations: 0, critical: false }
    t.possible += 1
    if (m.kind === 'credit') t.earned += 1
    else {
      t.violations += 1
      if (std.critical || m.critical) {
        t.critical = true
        autoFail.push({ standard: m.standard, note: m.note })
      }
    }
    tally.set(m.standard, t)
  }
  let weighted = 0
  let weights = 0
  const standards: StandardScore[] = rubric.standards.map((s) => {
    const t = tally.get(s.id)
    const score = t && t.possible > 0 ? (t.earned / t.possible) * 100 : null
    if (score !== null && s.weight > 0) {
      weighted += score * s.weight
      weights += s.weight
    }
    return {
      id: s.id,
      earned: t?.earned ?? 0,
      possible: t?.possible ?? 0,
      score,
      weight: s.weight,
      violations: t?.violations ?? 0,
      criticalViolation: t?.critical ?? false
    }
  })
  const before = weights > 0 ? round1(weighted / weights) : null
  const overall = autoFail.length > 0 ? 0 : (before ?? 0)
  return {
    standards,
    overall,
    overallBeforeAutoFail: before,
    passed: autoFail.length === 0 && before !== null && overall >= rubric.passMark,
    passMark: rubric.passMark,
    autoFail
  }
}

function round1(n: number): number {
  return Math.round(n * 10) / 10
}
