import { describe, expect, it } from 'vitest'
import type { Script, TextTurn } from '@core/roleplay'
import { expandPattern, scoreTextReply } from '@core/roleplay/text-turn'
import { milk, settings } from './helpers'

const turn = (rubric: TextTurn['rubric']): TextTurn => ({ type: 'text', rubric, moodOnCredit: 5, moodOnViolation: -10, next: 'x' })
const marksOf = (text: string, t: TextTurn, script: Script = milk) =>
  scoreTextReply(text, t, script, settings).marks.map((m) => `${m.standard}:${m.kind}`).sort()

describe('free-text rubric', () => {
  it('expands `|` alternatives and the script synonyms both ways', () => {
    expect(expandPattern('退款|赔偿', { 退款: ['退钱'] }).sort()).toEqual(['赔偿', '退款', '退钱'].sort())
    expect(expandPattern('给您退钱', { 退款: ['退钱'] }).sort()).toEqual(['给您退款', '给您退钱'])
  })

  it('required: every pattern must match to credit, otherwise the standard is debited', () => {
    const t = turn({ record: { required: ['电话|手机', '小票'] } })
    expect(marksOf('请留一下您的手机和小票', t)).toContain('record:credit')
    const missing = scoreTextReply('请留一下您的手机', t, milk, settings).marks.find((m) => m.standard === 'record')
    expect(missing).toEqual({ standard: 'record', kind: 'violation', note: 'missing: 小票' })
  })

  it('anyOf: one match credits; synonyms count', () => {
    const t = turn({ resolve: { anyOf: ['退款'] } })
    expect(marksOf('马上给您退钱', t)).toContain('resolve:credit')
  })

  it('matching ignores case and spaces and respects negation', () => {
    const t = turn({ escalate: { anyOf: ['Manager'] } })
    const en: Script = { ...milk, locale: 'en' }
    expect(marksOf('I will ask my  MANAGER to come.', t, en)).toContain('escalate:credit')
    expect(marksOf('我会 请 店长 来', turn({ escalate: { anyOf: ['请店长'] } }))).toContain('escalate:credit')
    expect(marksOf('我们不会退款', turn({ resolve: { anyOf: ['退款'] } }))).toContain('resolve:violation')
  })

  it('forbidden: a match violates, and wins over a credit of the same standard', () => {
    const t = turn({ 'no-blame': { forbidden: ['你自己'] }, language: { anyOf: ['请'] } })
    expect(marksOf('请你自己看清楚', t)).toEqual(expect.arrayContaining(['no-blame:violation']))
    expect(marksOf('不是你自己的问题，请放心', t)).not.toContain('no-blame:violation')
  })

  it('a promised time beyond the SLA debits commit-time', () => {
    expect(marksOf('我们两小时内给您回电', turn({}))).toContain('commit-time:credit')
    expect(marksOf('我们明天给您回电', turn({}))).toContain('commit-time:violation') // urgent: 2 h
    const normal: Script = { ...milk, truth: { ...milk.truth, priority: 'normal' } }
    expect(marksOf('我们明天给您回电', turn({}), normal)).toContain('commit-time:credit')
  })

  it('a remedy the case does not allow debits resolve', () => {
    expect(marksOf('给您全额退款', turn({}))).toContain('resolve:credit')
    expect(marksOf('给您一张优惠券', turn({}))).toContain('resolve:violation')
  })

  it('a promised outcome is held to the resolution SLA, a call-back to the response SLA', () => {
    const noteOf = (text: string, script: Script = milk) => scoreTextReply(text, turn({}), script, settings).marks.find((m) => m.standard === 'commit-time')
    // urgent: response 2 h, resolution 24 h
    expect(noteOf('我们会在24小时内给您处理结果')).toEqual({ standard: 'commit-time', kind: 'credit', note: 'resolution promised in 24 h, resolution SLA 24 h' })
    expect(noteOf('三小时内给您回电')).toEqual({ standard: 'commit-time', kind: 'violation', note: 'call-back promised in 3 h, response SLA 2 h' })
    expect(noteOf('两小时内给您回电，48小时内处理好。')).toMatchObject({ kind: 'violation', note: 'resolution promised in 48 h, resolution SLA 24 h' })
    const en: Script = { ...milk, locale: 'en' }
    expect(noteOf("We'll have it resolved within 48 hours.", en)?.kind).toBe('violation')
    // normal: response 24 h, resolution 72 h
    const normalEn: Script = { ...en, truth: { ...milk.truth, priority: 'normal' } }
    expect(noteOf("We'll have it resolved within 48 hours.", normalEn)?.kind).toBe('credit')
    expect(noteOf("I'll call you back within 48 hours.", normalEn)?.kind).toBe('violation')
  })

  it('a refused remedy is neither an offer nor a rubric match', () => {
    const en: Script = { ...milk, locale: 'en' }
    expect(marksOf("Refunds aren't possible, sorry.", turn({}), en)).not.toContain('resolve:credit')
    expect(marksOf("Refunds aren't possible, sorry.", turn({ resolve: { anyOf: ['refund'] } }), en)).toContain('resolve:violation')
    expect(marksOf('这个不能退款。', turn({ resolve: { anyOf: ['退款'] } }))).toContain('resolve:violation')
    expect(marksOf('您是想退款还是换货？', turn({}))).toContain('resolve:credit')
  })

  it('a vague time where the turn asks for one is debited with a note that a concrete time is needed', () => {
    const asks = turn({ 'commit-time': { forbidden: ['请耐心等待'] } })
    const vague = scoreTextReply('我们会尽快处理。', asks, milk, settings).marks.find((m) => m.standard === 'commit-time')
    expect(vague).toMatchObject({ kind: 'violation' })
    expect(vague?.note).toContain('“尽快” is not a concrete time')
    const missing = scoreTextReply('我们会尽快处理。', turn({ 'commit-time': { anyOf: ['小时内'] } }), milk, settings).marks.find((m) => m.standard === 'commit-time')
    expect(missing?.note).toMatch(/^missing: 小时内; “尽快” is not a concrete time/)
    const en: Script = { ...milk, locale: 'en' }
    expect(marksOf('We will sort it out as soon as possible.', asks, en)).toContain('commit-time:violation')
  })

  it('a vague time is fine next to a concrete one, and "马上请店长" is an act, not a vague time', () => {
    const asks = turn({ 'commit-time': { forbidden: ['请耐心等待'] } })
    expect(marksOf('我们会尽快处理，两小时内给您回电。', asks)).toContain('commit-time:credit')
    expect(marksOf('我马上请店长过来。', asks).filter((m) => m.startsWith('commit-time'))).toEqual([])
    // Where the turn does not ask for a time, "尽快" is neither credited nor debited.
    expect(marksOf('我们会尽快处理。', turn({})).filter((m) => m.startsWith('commit-time'))).toEqual([])
  })
})
