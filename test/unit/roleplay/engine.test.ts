import { describe, expect, it } from 'vitest'
import {
  applyTurn,
  currentView,
  debrief,
  rescoreTranscript,
  rewind,
  RoleplayError,
  scoreSession,
  startSession,
  type SessionState,
  type TurnReply
} from '@core/roleplay'
import type { Settings } from '@core/settings/settings'
import { GOOD_TEXT, goodTicket, milk, rubric, settings } from './helpers'

const opts = (elapsedMs = 5_000, s: Settings = settings) => ({ elapsedMs, settings: s, rubric })
const play = (state: SessionState, ...replies: TurnReply[]) => replies.reduce((st, r) => applyTurn(st, milk, r, opts()), state)
const practice = () => startSession(milk, { mode: 'practice', settings })
const credited = (state: SessionState, i: number) => state.turns[i].marks.filter((m) => m.kind === 'credit').map((m) => m.standard)
const violated = (state: SessionState, i: number) => state.turns[i].marks.filter((m) => m.kind === 'violation').map((m) => m.standard)

describe('a good path through the expired-milk script', () => {
  const state = play(
    practice(),
    { type: 'choice', option: 0 },
    { type: 'text', text: GOOD_TEXT },
    { type: 'ticket', form: goodTicket }
  )

  it('ends well and passes with full marks', () => {
    expect(state.ending).toMatchObject({ nodeId: 'good-end', outcome: 'good', title: '顾客接受处理方案' })
    const result = scoreSession(state, rubric, settings)
    expect(result.autoFail).toEqual([])
    expect(result.passed).toBe(true)
    expect(result.overall).toBe(100)
  })

  it('scores the free-text reply with the analyser and the node rubric together', () => {
    expect(credited(state, 1).sort()).toEqual(['commit-time', 'escalate', 'follow-up', 'language', 'record', 'resolve'])
    expect(state.turns[1].moodBefore).toBe(40)
    expect(state.turns[1].moodAfter).toBe(70) // six credits × 5
    expect(state.turns[1].feedback).toMatch(/^做到: /)
    expect(state.turns[1].better).toContain('店长')
  })

  it('leaves standards that were never exercised out of the score (N/A)', () => {
    const result = scoreSession(state, rubric, settings)
    const na = result.standards.filter((s) => s.score === null).map((s) => s.id)
    expect(na).toEqual(['acknowledge', 'listen', 'no-blame', 'privacy'])
  })

  it('survives a JSON round trip (the backend stores it as is)', () => {
    const start = JSON.parse(JSON.stringify(practice())) as SessionState
    const again = play(start, { type: 'choice', option: 0 }, { type: 'text', text: GOOD_TEXT }, { type: 'ticket', form: goodTicket })
    expect(JSON.parse(JSON.stringify(again))).toEqual(state)
  })
})

describe('critical failures', () => {
  it('blaming the customer fails the session outright, and the debrief says why', () => {
    const state = play(
      practice(),
      { type: 'choice', option: 1 }, // "确定是在我们店买的吗？"
      { type: 'choice', option: 0 },
      { type: 'text', text: GOOD_TEXT },
      { type: 'ticket', form: goodTicket }
    )
    const result = scoreSession(state, rubric, settings)
    expect(result.overall).toBe(0)
    expect(result.passed).toBe(false)
    expect(result.overallBeforeAutoFail).toBeGreaterThan(80)
    expect(result.autoFail.map((a) => a.standard)).toEqual(['no-blame'])
    const d = debrief(state, milk, result)
    expect(d.autoFail).toEqual([{ standard: 'no-blame', turn: 0 }])
    expect(d.turns[0].cost).toEqual([{ standard: 'no-blame', critical: true }])
    expect(d.weakest[0]).toEqual({ standard: 'no-blame', score: 0 })
  })

  it('a safety complaint ticketed as not urgent is a critical classify failure', () => {
    const state = play(practice(), { type: 'choice', option: 0 }, { type: 'text', text: GOOD_TEXT }, { type: 'ticket', form: { ...goodTicket, priority: 'normal' } })
    const classify = state.turns[2].marks.filter((m) => m.standard === 'classify')
    expect(classify).toEqual([
      { standard: 'classify', kind: 'credit', note: 'category safety' },
      { standard: 'classify', kind: 'violation', note: 'priority normal, should be urgent', critical: true }
    ])
    const result = scoreSession(state, rubric, settings)
    expect(result.overall).toBe(0)
    expect(result.autoFail).toEqual([{ standard: 'classify', note: 'priority normal, should be urgent' }])
    // everViolated: classify sends the ticket to the neutral ending
    expect(state.ending?.nodeId).toBe('neutral-end')
  })
})

describe('ticket checks', () => {
  it('checks each field against the truth and the SLA', () => {
    const form = { ...goodTicket, channel: 'phone', contactCaptured: false, promisedHours: 24, remedy: 'coupon', escalate: false } as const
    const state = play(practice(), { type: 'choice', option: 0 }, { type: 'text', text: GOOD_TEXT }, { type: 'ticket', form })
    expect(state.turns[2].marks.map((m) => `${m.standard}:${m.kind}`)).toEqual([
      'classify:credit',
      'classify:credit',
      'record:violation',
      'record:violation',
      'commit-time:violation',
      'resolve:violation',
      'escalate:violation'
    ])
  })

  it('rejects a reply of the wrong type', () => {
    expect(() => applyTurn(practice(), milk, { type: 'text', text: '你好' }, opts())).toThrow(RoleplayError)
  })
})

describe('branching conditions in the engine', () => {
  it('violated (this turn): blame in free text goes to the escalation node', () => {
    const state = play(practice(), { type: 'choice', option: 0 }, { type: 'text', text: '这是你自己没看日期吧，请您留个电话，我叫店长。' })
    expect(violated(state, 1)).toContain('no-blame')
    expect(state.nodeId).toBe('explodes-again')
  })

  it('moodBelow: a cold reply leaves the customer angry', () => {
    const state = play(practice(), { type: 'choice', option: 2 }, { type: 'text', text: '好的。' })
    expect(state.turns[1].moodAfter).toBeLessThan(20)
    expect(state.nodeId).toBe('explodes-again')
  })

  it('moodAtLeast + visited decide between the good and the neutral ending', () => {
    const calm = play(practice(), { type: 'choice', option: 0 }, { type: 'text', text: GOOD_TEXT }, { type: 'ticket', form: goodTicket })
    expect(calm.ending?.nodeId).toBe('good-end')
    const rough = play(
      practice(),
      { type: 'choice', option: 2 },
      { type: 'text', text: '好的。' },
      { type: 'choice', option: 0 },
      { type: 'ticket', form: goodTicket }
    )
    expect(rough.visited).toContain('details')
    expect(rough.mood).toBeLessThan(40)
    expect(rough.ending?.nodeId).toBe('neutral-end')
  })

  it('an option with `if: everViolated` is offered only after that violation', () => {
    const afterBlame = play(practice(), { type: 'choice', option: 1 })
    expect(currentView(afterBlame, milk).turn?.options?.map((o) => o.index)).toEqual([0, 1, 2])
    const state = applyTurn(afterBlame, milk, { type: 'choice', option: 2 }, opts())
    expect(state.nodeId).toBe('details')
  })

  it('refuses an option that is not offered', () => {
    const before = play(practice(), { type: 'choice', option: 0 }, { type: 'text', text: '这是你自己的问题' })
    expect(before.nodeId).toBe('explodes-again')
    expect(() => applyTurn(before, milk, { type: 'choice', option: 5 }, opts())).toThrow(/not offered/)
  })

  it('clamps mood to 0–100', () => {
    const state = play(practice(), { type: 'choice', option: 1 }, { type: 'choice', option: 1 })
    expect(state.turns[1].moodAfter).toBe(0)
    expect(state.ending?.outcome).toBe('bad')
  })
})

describe('time targets', () => {
  it('a reply slower than the target debits acknowledge', () => {
    const state = applyTurn(practice(), milk, { type: 'choice', option: 0 }, opts(45_000))
    expect(state.turns[0].slow).toBe(true)
    expect(state.turns[0].timeTargetSeconds).toBe(30) // in-store default from settings
    expect(state.turns[0].marks).toContainEqual({ standard: 'acknowledge', kind: 'violation', note: 'slow reply: 45 s, target 30 s' })
  })

  it('a reply within the target does not', () => {
    const state = applyTurn(practice(), milk, { type: 'choice', option: 0 }, opts(29_000))
    expect(state.turns[0].slow).toBe(false)
    expect(violated(state, 0)).toEqual([])
  })

  it('the channel default comes from the settings', () => {
    const s = { ...settings, roleplay: { ...settings.roleplay, timeTargetSeconds: { ...settings.roleplay.timeTargetSeconds, 'in-store': 60 } } }
    const state = applyTurn(startSession(milk, { mode: 'practice', settings: s }), milk, { type: 'choice', option: 0 }, opts(45_000, s))
    expect(state.turns[0].slow).toBe(false)
  })

  it('a ticket form is not timed unless its turn sets a target', () => {
    const state = play(practice(), { type: 'choice', option: 0 }, { type: 'text', text: GOOD_TEXT })
    const after = applyTurn(state, milk, { type: 'ticket', form: goodTicket }, opts(600_000))
    expect(after.turns[2].slow).toBe(false)
  })
})

describe('practice vs assessment', () => {
  it('shows the hint in practice mode only', () => {
    expect(currentView(practice(), milk).turn?.hint).toBe('先道歉、先关心孩子')
    expect(currentView(startSession(milk, { mode: 'assessment', settings }), milk).turn?.hint).toBeUndefined()
  })

  it('the view carries the conversation so far, the offered options and the time target', () => {
    const state = play(practice(), { type: 'choice', option: 0 })
    const view = currentView(state, milk)
    expect(view.transcript.map((l) => l.speaker)).toEqual(['customer', 'trainee', 'customer'])
    expect(view.transcript[1].text).toBe('非常抱歉让您和孩子受惊了！孩子现在感觉怎么样？')
    expect(view.turn).toMatchObject({ nodeId: 'details', type: 'text', timeTargetSeconds: 30 })
    expect(view.mood).toBe(40)
    expect(view.canRewind).toBe(true)
  })

  it('rewind goes back to before a turn in practice mode', () => {
    const state = play(practice(), { type: 'choice', option: 1 }, { type: 'choice', option: 1 })
    expect(state.ending).toBeDefined()
    const back = rewind(state, 0)
    expect(back.ending).toBeUndefined()
    expect(back.turns).toEqual([])
    expect(back.nodeId).toBe('open')
    expect(back.mood).toBe(25)
    expect(back.visited).toEqual(['open'])
    expect(play(back, { type: 'choice', option: 0 }).nodeId).toBe('details')
  })

  it('rewind is refused in assessment mode and for a turn that does not exist', () => {
    const assessed = applyTurn(startSession(milk, { mode: 'assessment', settings }), milk, { type: 'choice', option: 0 }, opts())
    expect(() => rewind(assessed, 0)).toThrow(/practice mode/)
    expect(() => rewind(play(practice(), { type: 'choice', option: 0 }), 3)).toThrow(RoleplayError)
  })

  it('refuses a turn after the ending', () => {
    const ended = play(practice(), { type: 'choice', option: 1 }, { type: 'choice', option: 1 })
    expect(() => applyTurn(ended, milk, { type: 'choice', option: 0 }, opts())).toThrow(/ended/)
  })
})

describe('scoring settings', () => {
  const mixed = () => play(practice(), { type: 'choice', option: 2 }, { type: 'text', text: GOOD_TEXT }, { type: 'ticket', form: { ...goodTicket, remedy: 'coupon' } })

  it('weights from the settings override the rubric', () => {
    const state = mixed()
    const base = scoreSession(state, rubric, settings)
    const heavy = scoreSession(state, rubric, { ...settings, roleplay: { ...settings.roleplay, weights: { resolve: 10 } } })
    expect(heavy.standards.find((s) => s.id === 'resolve')?.weight).toBe(10)
    expect(heavy.overall).toBeLessThan(base.overall)
  })

  it('the pass mark comes from the settings', () => {
    const state = mixed()
    const result = scoreSession(state, rubric, { ...settings, roleplay: { ...settings.roleplay, passMark: 99 } })
    expect(result.passMark).toBe(99)
    expect(result.passed).toBe(false)
  })
})

describe('rescoreTranscript', () => {
  const recorded = play(practice(), { type: 'choice', option: 0 }, { type: 'text', text: GOOD_TEXT }, { type: 'ticket', form: goodTicket })

  it('re-runs the recorded replies to the same result', () => {
    const r = rescoreTranscript(milk, recorded, rubric, settings)
    expect(r.complete).toBe(true)
    expect(r.state).toEqual(recorded)
    expect(r.result).toEqual(scoreSession(recorded, rubric, settings))
  })

  it('re-checks recorded reply times against the current time targets', () => {
    const slow = { ...recorded, turns: recorded.turns.map((t) => ({ ...t, elapsedMs: 40_000 })) }
    const r = rescoreTranscript(milk, slow, rubric, settings)
    expect(r.result.standards.find((s) => s.id === 'acknowledge')?.violations).toBe(2)
  })

  it('stops where the script no longer fits the recording', () => {
    const edited = { ...milk, start: 'details' }
    const r = rescoreTranscript(edited, recorded, rubric, settings)
    expect(r.complete).toBe(false)
    expect(r.problem).toBe('turn 1: recorded at node "open" but the script is now at "details"')
  })
})

describe('debrief', () => {
  it('annotates every turn and names the weakest standards', () => {
    const state = play(practice(), { type: 'choice', option: 2 }, { type: 'text', text: '好的，我叫店长。' }, { type: 'choice', option: 0 }, { type: 'ticket', form: goodTicket })
    const d = debrief(state, milk, scoreSession(state, rubric, settings))
    expect(d.turns).toHaveLength(4)
    expect(d.turns[0]).toMatchObject({ reply: '好的，我看一下。', feedback: '太平淡，没有道歉也没有关心孩子。', earned: [{ standard: 'acknowledge' }] })
    expect(d.turns[1].cost).toContainEqual({ standard: 'record', note: 'missing: 电话|手机|联系方式' })
    expect(d.turns[1].better).toContain('联系电话')
    expect(d.weakest.map((w) => w.standard)).toContain('record')
    expect(d.strengths).toContain('classify')
    expect(d.ending?.outcome).toBe('neutral')
  })
})
