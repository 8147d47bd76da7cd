import { scoreMarks, type ScoreResult } from '../scoring/scorecard'
import type { Settings } from '../settings/settings'
import { isStandardId, type Rubric } from '../standards/standards'
import { applyTurn, startSession } from './engine'
import type { Script } from './script-schema'
import { RoleplayError, type SessionMode, type SessionState, type TurnReply } from './session-types'

/** The rubric with the role-play settings applied: per-standard weight overrides and the pass mark. */
export function roleplayRubric(rubric: Rubric, settings: Settings): Rubric {
  const weights = settings.roleplay.weights
  return {
    passMark: settings.roleplay.passMark,
    standards: rubric.standards.map((s) => (isStandardId(s.id) && weights[s.id] !== undefined ? { ...s, weight: weights[s.id] } : s))
  }
}

export function scoreSession(state: SessionState, rubric: Rubric, settings: Settings): ScoreResult {
  return scoreMarks(state.turns.flatMap((t) => t.marks), roleplayRubric(rubric, settings))
}

export interface RecordedTurn {
  nodeId: string
  reply: TurnReply
  elapsedMs: number
}

export interface Transcript {
  mode: SessionMode
  turns: readonly RecordedTurn[]
}

export interface RescoreResult {
  state: SessionState
  result: ScoreResult
  /** false when the script changed so the recorded replies no longer fit; `problem` says where. */
  complete: boolean
  problem?: string
}

/**
 * Replays a recorded session through the engine with the current script, standards and settings
 * (for `complaint-coach score` after a trainer edits the rubric). Replay stops at the first reply that
 * no longer fits the script.
 */
export function rescoreTranscript(script: Script, transcript: Transcript, rubric: Rubric, settings: Settings): RescoreResult {
  let state = startSession(script, { mode: transcript.mode, settings })
  let problem: string | undefined
  for (const [i, t] of transcript.turns.entries()) {
    if (state.ending || state.nodeId !== t.nodeId) {
      problem = `turn ${i + 1}: recorded at node "${t.nodeId}" but the script is now at ${state.ending ? 'an ending' : `"${state.nodeId}"`}`
      break
    }
    try {
      state = applyTurn(state, script, t.reply, { elapsedMs: t.elapsedMs, settings, rubric })
    } catch (e) {
      if (!(e instanceof RoleplayError)) throw e
      problem = `turn ${i + 1}: ${e.message}`
      break
    }
  }
  return { state, result: scoreSession(state, rubric, settings), complete: problem === undefined, ...(problem ? { problem } : {}) }
}
