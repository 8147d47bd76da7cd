import { describe, expect, it } from 'vitest'
import { analyzeReply } from '@core/roleplay'

const zh = (t: string) => analyzeReply(t, 'zh-CN')
const en = (t: string) => analyzeReply(t, 'en')

describe('a refused remedy is no offer; a choice of remedies is', () => {
  it('a refusal after the remedy cancels it', () => {
    expect(en("Refunds aren't possible.").remedies).toEqual([])
    expect(en("Refunds aren't possible.").credits).not.toContain('resolve')
    expect(en('A refund is out of the question.').remedies).toEqual([])
    expect(zh('退款这边做不到。').remedies).toEqual([])
    expect(zh('换货恐怕办不了。').remedies).toEqual([])
  })

  it('a refusal before it still cancels it', () => {
    expect(zh('这个不能退款').remedies).toEqual([])
    expect(zh('我们没办法给您换货').remedies).toEqual([])
    expect(en("I can't offer a refund.").remedies).toEqual([])
  })

  it('asking which remedy the customer prefers offers both', () => {
    expect(zh('您是想退款还是换货？').remedies.sort()).toEqual(['exchange', 'refund'])
    expect(en('Would you prefer a refund or a replacement?').remedies.sort()).toEqual(['exchange', 'refund'])
  })

  it('a refusal about something else does not cancel empathy', () => {
    expect(en('I understand that is not possible for you.').credits).toContain('empathize')
  })
})
