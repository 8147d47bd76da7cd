import { applyTurn, offeredOptions, scoreSession, startSession, type Script, type SessionState, type TurnReply } from '@core/roleplay'
import type { ScoreResult } from '@core/scoring/scorecard'
import { rubric, settings } from './helpers'

const GOOD_TEXT = {
  'zh-CN': '非常抱歉给您带来不便，我理解您的心情。请您留一下联系电话，我马上请店长处理，两小时内给您回电。',
  en: "I'm so sorry about this, I understand how upsetting it is. Could you give me your phone number? I'll ask my manager to handle it and call you back within 2 hours."
}
const BAD_TEXT = { 'zh-CN': '这是你自己的问题，跟我们没关系。', en: "That's not our fault, you should have checked it yourself." }

export interface Finished {
  state: SessionState
  result: ScoreResult
}

function candidates(state: SessionState, script: Script): TurnReply[] {
  const turn = script.nodes[state.nodeId].turn
  if (!turn) return []
  if (turn.type === 'choice') return offeredOptions(turn, state).map(({ index }) => ({ type: 'choice', option: index }))
  if (turn.type === 'text') return [{ type: 'text', text: turn.better ?? GOOD_TEXT[script.locale] }, { type: 'text', text: BAD_TEXT[script.locale] }]
  const t = script.truth
  const good = { category: t.category, priority: t.priority, channel: t.channel, contactCaptured: true, promisedHours: 1, remedy: t.remedies[0], escalate: t.escalate ?? false }
  const wrongPriority = t.priority === 'urgent' ? 'low' : 'urgent'
  return [{ type: 'ticket', form: good }, { type: 'ticket', form: { ...good, priority: wrongPriority } }]
}

/** Every finished session reachable with the candidate replies (bounded), for tests over real scripts. */
export function explore(script: Script, limit = 3000): Finished[] {
  const done: Finished[] = []
  const stack: SessionState[] = [startSession(script, { mode: 'assessment', settings })]
  let seen = 0
  while (stack.length > 0 && seen < limit) {
    const state = stack.pop() as SessionState
    seen++
    if (state.ending) {
      done.push({ state, result: scoreSession(state, rubric, settings) })
      continue
    }
    if (state.turns.length > 25) continue
    // Pushed in reverse so the first candidate (a script's first option, the model reply) is tried first:
    // the budget then reaches a well-played path even in a large tree.
    for (const reply of candidates(state, script).reverse()) stack.push(applyTurn(state, script, reply, { elapsedMs: 5_000, settings, rubric }))
  }
  return done
}
