import { describe, expect, it } from 'vitest'
import { analyzeReply } from '@core/roleplay'

const zh = (t: string) => analyzeReply(t, 'zh-CN')
const en = (t: string) => analyzeReply(t, 'en')
const kinds = (a: ReturnType<typeof analyzeReply>) => a.promises.map((p) => `${p.hours}:${p.kind}`)

describe('what a promised time is for', () => {
  it('a call-back or reply is a response promise', () => {
    expect(kinds(zh('两小时内给您回电'))).toEqual(['2:response'])
    expect(kinds(zh('非常抱歉，两小时内给您回电说明排查结果。'))).toEqual(['2:response'])
    expect(kinds(zh('今天下午5点前给您回电告诉您结果'))).toEqual(['8:response'])
    expect(kinds(en("I'll call you back within 2 hours."))).toEqual(['2:response'])
    expect(kinds(en("I'll get back to you by tomorrow."))).toEqual(['24:response'])
  })

  it('an outcome (handled, resolved, refund arrived, delivered) is a resolution promise', () => {
    expect(kinds(zh('我们会在24小时内给您处理结果'))).toEqual(['24:resolution'])
    expect(kinds(zh('退款1到3个工作日到账'))).toEqual(['72:resolution'])
    expect(kinds(zh('衣服寄到后我们24小时内把新的发出去。'))).toEqual(['24:resolution'])
    expect(kinds(en("We'll have it resolved within 48 hours."))).toEqual(['48:resolution'])
    expect(kinds(en('Your refund will arrive within 3 days and I will email you.'))).toEqual(['72:resolution'])
  })

  it('an unclear time is held to the response SLA; promisedHours stays the earliest time', () => {
    expect(kinds(zh('我们明天给您答复'))).toEqual(['24:response'])
    const both = zh('两小时内给您回电，24小时内处理好。')
    expect(kinds(both)).toEqual(['2:response', '24:resolution'])
    expect(both.promisedHours).toBe(2)
  })
})
