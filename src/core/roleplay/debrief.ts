import type { ScoreResult } from '../scoring/scorecard'
import type { StandardId } from '../standards/standards'
import type { Script } from './script-schema'
import type { SessionEnding, SessionState } from './session-types'
import { replyText } from './view'

export interface DebriefItem {
  standard: StandardId
  note?: string
  critical?: boolean
}

export interface DebriefTurn {
  index: number
  nodeId: string
  customer: string
  reply: string
  earned: DebriefItem[]
  cost: DebriefItem[]
  moodBefore: number
  moodAfter: number
  slow: boolean
  feedback?: string
  better?: string
}

export interface Debrief {
  scriptId: string
  title: string
  ending?: SessionEnding
  overall: number
  overallBeforeAutoFail: number | null
  passed: boolean
  passMark: number
  /** Why the session failed outright: each critical violation with the turn it happened in. */
  autoFail: { standard: StandardId; turn: number; note?: string }[]
  turns: DebriefTurn[]
  /** Exercised standards below 100, weakest first (at most three). */
  weakest: { standard: StandardId; score: number }[]
  /** Exercised standards at 100. */
  strengths: StandardId[]
}

export function debrief(state: SessionState, script: Script, result: ScoreResult): Debrief {
  const turns: DebriefTurn[] = state.turns.map((t, index) => ({
    index,
    nodeId: t.nodeId,
    customer: script.nodes[t.nodeId]?.customer ?? '',
    reply: replyText(t.reply, script, t.nodeId),
    earned: t.marks.filter((m) => m.kind === 'credit').map((m) => ({ standard: m.standard, ...(m.note ? { note: m.note } : {}) })),
    cost: t.marks
      .filter((m) => m.kind === 'violation')
      .map((m) => ({ standard: m.standard, ...(m.note ? { note: m.note } : {}), ...(isCritical(result, m.standard, m.critical) ? { critical: true } : {}) })),
    moodBefore: t.moodBefore,
    moodAfter: t.moodAfter,
    slow: t.slow,
    ...(t.feedback ? { feedback: t.feedback } : {}),
    ...(t.better ? { better: t.better } : {})
  }))
  const autoFail = turns.flatMap((t) => t.cost.filter((c) => c.critical).map((c) => ({ standard: c.standard, turn: t.index, ...(c.note ? { note: c.note } : {}) })))
  const exercised = result.standards.filter((s) => s.score !== null)
  const weakest = exercised
    .filter((s) => (s.score as number) < 100)
    .sort((a, b) => Number(b.criticalViolation) - Number(a.criticalViolation) || (a.score as number) - (b.score as number) || b.violations - a.violations)
    .slice(0, 3)
    .map((s) => ({ standard: s.id, score: s.score as number }))
  return {
    scriptId: script.id,
    title: script.title,
    ...(state.ending ? { ending: state.ending } : {}),
    overall: result.overall,
    overallBeforeAutoFail: result.overallBeforeAutoFail,
    passed: result.passed,
    passMark: result.passMark,
    autoFail,
    turns,
    weakest,
    strengths: exercised.filter((s) => s.score === 100).map((s) => s.id)
  }
}

function isCritical(result: ScoreResult, standard: StandardId, markCritical: boolean | undefined): boolean {
  return markCritical === true || result.autoFail.some((a) => a.standard === standard)
}
