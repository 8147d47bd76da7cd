import { scoreMarks, type Mark, type ScoreResult } from '../scoring/scorecard'
import type { Rubric, StandardId } from '../standards/standards'

/** How the manager judged one standard in a special appraisal (专项考核). */
export const STANDARD_RESULTS = ['met', 'not-met', 'na'] as const
export type StandardResult = (typeof STANDARD_RESULTS)[number]

export interface StandardJudgement {
  standard: StandardId
  result: StandardResult
  comment: string
}

/** The score kept with a special appraisal: what the scorecard said when the results were saved. */
export interface SpecialScore {
  overall: number
  overallBeforeAutoFail: number | null
  passed: boolean
  passMark: number
  /** Critical standards judged "not met": each makes the overall 0. */
  autoFail: StandardId[]
  /** Per-standard score 0 or 100, null for N/A (and for standards the manager did not judge). */
  standards: { id: StandardId; score: number | null }[]
}

/**
 * Scores a special appraisal on the role-play scorecard: "met" credits the standard, "not met" debits
 * it, N/A drops it out. A safety incident makes `criticalForSafety` standards (classify) critical, as a
 * role-play ticket form does for safety complaints.
 */
export function scoreSpecial(judgements: readonly StandardJudgement[], rubric: Rubric, opts: { safety: boolean }): SpecialScore {
  const byId = new Map(rubric.standards.map((s) => [s.id, s]))
  const marks: Mark[] = []
  for (const j of judgements) {
    if (j.result === 'na') continue
    const std = byId.get(j.standard)
    if (!std) continue
    marks.push({
      standard: j.standard,
      kind: j.result === 'met' ? 'credit' : 'violation',
      ...(opts.safety && std.criticalForSafety ? { critical: true } : {}),
      ...(j.comment ? { note: j.comment } : {})
    })
  }
  return compact(scoreMarks(marks, rubric))
}

function compact(r: ScoreResult): SpecialScore {
  return {
    overall: r.overall,
    overallBeforeAutoFail: r.overallBeforeAutoFail,
    passed: r.passed,
    passMark: r.passMark,
    autoFail: r.autoFail.map((a) => a.standard),
    standards: r.standards.map((s) => ({ id: s.id, score: s.score }))
  }
}

/** Applies a staff member's claims ("this standard was met / did not apply") over the judgements. */
export function applyClaims(
  judgements: readonly StandardJudgement[],
  claims: readonly { standard: StandardId; result: StandardResult }[]
): StandardJudgement[] {
  const byStd = new Map(claims.map((c) => [c.standard, c.result]))
  // A revised judgement drops the manager's old comment (it argued for the old result); the original
  // judgements and comments stay on the dispute record.
  const out = judgements.map((j) => {
    const claimed = byStd.get(j.standard)
    return claimed !== undefined && claimed !== j.result ? { ...j, result: claimed, comment: '' } : { ...j }
  })
  for (const c of claims) if (!out.some((j) => j.standard === c.standard)) out.push({ standard: c.standard, result: c.result, comment: '' })
  return out
}

/** Orders judgements as the rubric lists its standards and drops duplicates (the last one wins). */
export function normalizeJudgements(judgements: readonly StandardJudgement[], rubric: Rubric): StandardJudgement[] {
  const last = new Map<StandardId, StandardJudgement>()
  for (const j of judgements) last.set(j.standard, j)
  return rubric.standards.flatMap((s) => {
    const j = last.get(s.id)
    return j ? [{ standard: j.standard, result: j.result, comment: j.comment.trim() }] : []
  })
}
