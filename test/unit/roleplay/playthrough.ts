import { applyTurn, offeredOptions, scoreSession, startSession, type Script, type SessionState, type TicketForm, type TurnReply } from '@core/roleplay'
import type { ScoreResult } from '@core/scoring/scorecard'
import { rubric, settings } from './helpers'

// Scripted play-throughs of a whole scenario through the real engine: a "model" trainee and a "bad" one.

/** What a trainee who blames the customer types into every free-text turn. */
export const BLAME_TEXT = {
  'zh-CN': '这是你自己的问题，跟我们没关系，你自己去找厂家吧。',
  en: "That's not our fault, you should have checked it yourself."
} as const

const CRITICAL = new Set(['no-blame', 'privacy'])

export interface Playthrough {
  state: SessionState
  result: ScoreResult
}

export type Style = 'model' | 'bad'

/** The ticket a careful trainee files: the script's truth, contact captured, a 1-hour promise. */
export function modelTicket(script: Script): TicketForm {
  const t = script.truth
  return { category: t.category, priority: t.priority, channel: t.channel, contactCaptured: true, promisedHours: 1, remedy: t.remedies[0], escalate: t.escalate ?? false }
}

/** A careless ticket: wrong priority, no contact, a week's promise, no escalation. */
export function badTicket(script: Script): TicketForm {
  const t = script.truth
  return { ...modelTicket(script), priority: t.priority === 'urgent' ? 'low' : 'urgent', contactCaptured: false, promisedHours: 168, escalate: false }
}

/**
 * The model trainee picks the option with the most credits and no violations (ties: the larger mood
 * gain); the bad one picks a critical violation when offered, else the most violations, else the
 * worst mood.
 */
function pickOption(script: Script, state: SessionState, style: Style): number {
  const turn = script.nodes[state.nodeId].turn
  if (turn?.type !== 'choice') throw new Error(`node ${state.nodeId} is not a choice`)
  const rank = ({ option: o }: ReturnType<typeof offeredOptions>[number]): number =>
    style === 'model'
      ? o.credits.length * 100 - o.violates.length * 1000 + o.mood
      : o.violates.filter((s) => CRITICAL.has(s)).length * 10_000 + o.violates.length * 100 - o.mood
  const offered = offeredOptions(turn, state)
  return offered.reduce((best, o) => (rank(o) > rank(best) ? o : best)).index
}

function replyFor(script: Script, state: SessionState, style: Style): TurnReply {
  const turn = script.nodes[state.nodeId].turn
  if (!turn) throw new Error(`node ${state.nodeId} has no turn`)
  if (turn.type === 'choice') return { type: 'choice', option: pickOption(script, state, style) }
  if (turn.type === 'text') {
    if (style === 'bad') return { type: 'text', text: BLAME_TEXT[script.locale] }
    if (!turn.better) throw new Error(`text turn ${state.nodeId} has no model reply (better)`)
    return { type: 'text', text: turn.better }
  }
  return { type: 'ticket', form: style === 'model' ? modelTicket(script) : badTicket(script) }
}

/** Plays the script from start to an ending in assessment mode, 5 s per reply. */
export function playThrough(script: Script, style: Style): Playthrough {
  let state = startSession(script, { mode: 'assessment', settings })
  while (!state.ending) {
    if (state.turns.length > 40) throw new Error(`${script.id}: no ending after 40 turns`)
    state = applyTurn(state, script, replyFor(script, state, style), { elapsedMs: 5_000, settings, rubric })
  }
  return { state, result: scoreSession(state, rubric, settings) }
}
