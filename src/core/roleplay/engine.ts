import type { Mark } from '../scoring/scorecard'
import type { Settings } from '../settings/settings'
import type { Rubric } from '../standards/standards'
import { holds, resolveRoute, type ConditionContext } from './conditions'
import { summarizeMarks } from './feedback'
import type { ChoiceOption, ChoiceTurn, Route, Script, Turn } from './script-schema'
import {
  RoleplayError,
  type SessionMode,
  type SessionState,
  type TurnRecord,
  type TurnReply
} from './session-types'
import { scoreTextReply } from './text-turn'
import { scoreTicket } from './ticket-turn'

export interface StartOptions {
  mode: SessionMode
  settings: Settings
}

export interface TurnOptions {
  elapsedMs: number
  settings: Settings
  rubric: Rubric
}

export function startSession(script: Script, { mode, settings }: StartOptions): SessionState {
  const state: SessionState = {
    version: 1,
    scriptId: script.id,
    mode,
    defaultTimeTargetSeconds: script.timeTargetSeconds ?? settings.roleplay.timeTargetSeconds[script.channel] ?? 60,
    mood: clampMood(script.persona.mood),
    nodeId: script.start,
    visited: [script.start],
    turns: []
  }
  return withEnding(state, script)
}

export function clampMood(n: number): number {
  return Math.min(100, Math.max(0, Math.round(n)))
}

function nodeOf(script: Script, id: string) {
  const node = script.nodes[id]
  if (!node) throw new RoleplayError(`script "${script.id}" has no node "${id}"`)
  return node
}

export function currentTurn(state: SessionState, script: Script): Turn | undefined {
  return state.ending ? undefined : nodeOf(script, state.nodeId).turn
}

export function timeTargetOf(turn: Turn, state: SessionState): number {
  return turn.timeTargetSeconds ?? state.defaultTimeTargetSeconds
}

function allMarks(state: SessionState): Mark[] {
  return state.turns.flatMap((t) => t.marks)
}

/**
 * Options offered now, with their index in the script. An option's `credited` / `violated` look at
 * the previous turn (the one that led here). When no option's `if` holds, all are offered.
 */
export function offeredOptions(turn: ChoiceTurn, state: SessionState): { index: number; option: ChoiceOption }[] {
  const last = state.turns[state.turns.length - 1]
  const ctx: ConditionContext = { mood: state.mood, turnMarks: last?.marks ?? [], allMarks: allMarks(state), visited: state.visited }
  const all = turn.options.map((option, index) => ({ index, option }))
  const offered = all.filter(({ option }) => holds(option.if, ctx))
  return offered.length > 0 ? offered : all
}

/** Records one trainee turn and moves the conversation on. Pure: returns a new state. */
export function applyTurn(state: SessionState, script: Script, reply: TurnReply, opts: TurnOptions): SessionState {
  if (state.ending) throw new RoleplayError('the session has ended')
  const turn = nodeOf(script, state.nodeId).turn
  if (!turn) throw new RoleplayError(`node "${state.nodeId}" has no turn`)
  if (reply.type !== turn.type) throw new RoleplayError(`node "${state.nodeId}" expects a ${turn.type} reply, got ${reply.type}`)

  let marks: Mark[] = []
  let moodDelta = 0
  let feedback: string | undefined
  let route: Route = turn
  let evidence: TurnRecord['evidence']
  if (reply.type === 'choice' && turn.type === 'choice') {
    const picked = offeredOptions(turn, state).find((o) => o.index === reply.option)
    if (!picked) throw new RoleplayError(`option ${reply.option} is not offered at node "${state.nodeId}"`)
    const o = picked.option
    marks = [
      ...o.credits.map((standard): Mark => ({ standard, kind: 'credit' })),
      ...o.violates.map((standard): Mark => ({ standard, kind: 'violation' }))
    ]
    moodDelta = o.mood
    feedback = o.feedback
    if (o.next !== undefined || o.branches) route = o
  } else if (reply.type === 'text' && turn.type === 'text') {
    const scored = scoreTextReply(reply.text, turn, script, opts.settings)
    marks = scored.marks
    evidence = scored.evidence
    moodDelta = marks.reduce((sum, m) => sum + (m.kind === 'credit' ? turn.moodOnCredit : turn.moodOnViolation), 0)
  } else if (reply.type === 'ticket') {
    marks = scoreTicket(reply.form, script, opts.settings)
  }

  const target = timeTargetOf(turn, state)
  // A ticket form takes longer than a spoken reply: only an explicit per-turn target applies to it.
  const timed = turn.type !== 'ticket' || turn.timeTargetSeconds !== undefined
  const slow = timed && opts.elapsedMs > target * 1000
  if (slow) {
    marks.push({ standard: 'acknowledge', kind: 'violation', note: `slow reply: ${Math.round(opts.elapsedMs / 1000)} s, target ${target} s` })
  }
  marks = markCritical(marks, script, opts.rubric)
  if (reply.type !== 'choice') feedback = summarizeMarks(marks, opts.rubric, script.locale) || undefined

  const moodAfter = clampMood(state.mood + moodDelta)
  const ctx: ConditionContext = { mood: moodAfter, turnMarks: marks, allMarks: [...allMarks(state), ...marks], visited: state.visited }
  const next = resolveRoute(route, ctx) ?? route.branches?.[route.branches.length - 1]?.next
  if (next === undefined) throw new RoleplayError(`node "${state.nodeId}" names no next node`)
  nodeOf(script, next)

  const record: TurnRecord = {
    nodeId: state.nodeId,
    reply,
    elapsedMs: opts.elapsedMs,
    timeTargetSeconds: target,
    slow,
    moodBefore: state.mood,
    moodAfter,
    marks,
    ...(evidence ? { evidence } : {}),
    ...(feedback ? { feedback } : {}),
    ...(turn.better ? { better: turn.better } : {}),
    next
  }
  return withEnding(
    { ...state, mood: moodAfter, nodeId: next, visited: [...state.visited, next], turns: [...state.turns, record] },
    script
  )
}

/** classify is critical on safety complaints when the rubric says so (criticalForSafety). */
function markCritical(marks: Mark[], script: Script, rubric: Rubric): Mark[] {
  if (script.truth.category !== 'safety') return marks
  const critical = new Set(rubric.standards.filter((s) => s.criticalForSafety).map((s) => s.id))
  return marks.map((m) => (m.kind === 'violation' && critical.has(m.standard) ? { ...m, critical: true } : m))
}

function withEnding(state: SessionState, script: Script): SessionState {
  const ending = nodeOf(script, state.nodeId).ending
  if (!ending) return state
  return { ...state, ending: { nodeId: state.nodeId, outcome: ending.outcome, title: ending.title, ...(ending.summary ? { summary: ending.summary } : {}) } }
}

/**
 * Goes back to before turn `turnIndex` (practice only): that turn and every later one are dropped
 * and the customer is where they were then.
 */
export function rewind(state: SessionState, turnIndex: number): SessionState {
  if (state.mode !== 'practice') throw new RoleplayError('rewind is only available in practice mode')
  if (!Number.isInteger(turnIndex) || turnIndex < 0 || turnIndex >= state.turns.length) {
    throw new RoleplayError(`no turn ${turnIndex} to rewind to (the session has ${state.turns.length})`)
  }
  const target = state.turns[turnIndex]
  const kept = state.turns.slice(0, turnIndex)
  const { ending: _ending, ...rest } = state
  return {
    ...rest,
    mood: target.moodBefore,
    nodeId: target.nodeId,
    visited: state.visited.slice(0, turnIndex + 1),
    turns: kept
  }
}
