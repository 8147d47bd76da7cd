import { currentTurn, offeredOptions, timeTargetOf } from './engine'
import type { Script } from './script-schema'
import type { SessionEnding, SessionMode, SessionState, TurnReply } from './session-types'

export interface TranscriptLine {
  speaker: 'customer' | 'trainee'
  nodeId: string
  text: string
}

export interface TurnView {
  nodeId: string
  type: 'choice' | 'text' | 'ticket'
  prompt?: string
  /** Practice mode only. */
  hint?: string
  /** Choice turns: the options offered now, `index` is what the reply sends back. */
  options?: { index: number; text: string }[]
  timeTargetSeconds: number
}

/** What the role-play screen shows. */
export interface SessionView {
  scriptId: string
  title: string
  mode: SessionMode
  persona: { name: string; situation?: string; wants?: string }
  mood: number
  transcript: TranscriptLine[]
  turn?: TurnView
  ending?: SessionEnding
  canRewind: boolean
}

export function replyText(reply: TurnReply, script: Script, nodeId: string): string {
  if (reply.type === 'text') return reply.text
  if (reply.type === 'choice') {
    const turn = script.nodes[nodeId]?.turn
    return turn?.type === 'choice' ? (turn.options[reply.option]?.text ?? '') : ''
  }
  const f = reply.form
  return [f.category, f.priority, f.channel, `${f.promisedHours} h`, f.remedy, f.contactCaptured ? 'contact ✓' : 'contact ✗', f.escalate ? 'escalate ✓' : 'escalate ✗'].join(' · ')
}

export function currentView(state: SessionState, script: Script): SessionView {
  const transcript: TranscriptLine[] = []
  state.visited.forEach((nodeId, i) => {
    const node = script.nodes[nodeId]
    if (node) transcript.push({ speaker: 'customer', nodeId, text: node.customer })
    const turn = state.turns[i]
    if (turn) transcript.push({ speaker: 'trainee', nodeId: turn.nodeId, text: replyText(turn.reply, script, turn.nodeId) })
  })
  const turn = currentTurn(state, script)
  let turnView: TurnView | undefined
  if (turn) {
    turnView = {
      nodeId: state.nodeId,
      type: turn.type,
      ...(turn.prompt ? { prompt: turn.prompt } : {}),
      ...(turn.hint && state.mode === 'practice' ? { hint: turn.hint } : {}),
      ...(turn.type === 'choice' ? { options: offeredOptions(turn, state).map(({ index, option }) => ({ index, text: option.text })) } : {}),
      timeTargetSeconds: timeTargetOf(turn, state)
    }
  }
  return {
    scriptId: script.id,
    title: script.title,
    mode: state.mode,
    persona: {
      name: script.persona.name,
      ...(script.persona.situation ? { situation: script.persona.situation } : {}),
      ...(script.persona.wants ? { wants: script.persona.wants } : {})
    },
    mood: state.mood,
    transcript,
    ...(turnView ? { turn: turnView } : {}),
    ...(state.ending ? { ending: state.ending } : {}),
    canRewind: state.mode === 'practice' && state.turns.length > 0
  }
}
