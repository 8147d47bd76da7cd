import { describe, expect, it } from 'vitest'
import { analyzeReply } from '@core/roleplay'

const zh = (t: string) => analyzeReply(t, 'zh-CN')
const en = (t: string) => analyzeReply(t, 'en')
const kinds = (a: ReturnType<typeof analyzeReply>) => a.promises.map((p) => `${p.hours}:${p.kind}`)

describe('vague times', () => {
  it('"尽快" and "as soon as possible" are noted but credit nothing', () => {
    expect(zh('我们会尽快处理').vagueTime).toBe('尽快')
    expect(zh('我们会尽快处理').credits).not.toContain('commit-time')
    expect(zh('我马上给您处理').vagueTime).toBe('马上给您处理')
    expect(en('We will sort it out as soon as possible.').vagueTime).toBe('as soon as possible')
    expect(en('You will hear from us shortly.').credits).not.toContain('commit-time')
  })

  it('an act now is not a vague time', () => {
    expect(zh('我马上请店长过来').vagueTime).toBeUndefined()
    expect(en("I'll get the manager right away.").vagueTime).toBeUndefined()
  })

  it('a vague time next to a concrete one keeps the concrete promise', () => {
    const a = zh('我们会尽快处理，两小时内给您回电。')
    expect(a.vagueTime).toBe('尽快')
    expect(kinds(a)).toEqual(['2:response'])
    expect(a.credits).toContain('commit-time')
  })
})
