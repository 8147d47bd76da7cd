import { describe, expect, it } from 'vitest'
import { draftCaseFromRecords } from '../../../src/core/analytics'
import { parseCaseFile, serializeCase } from '../../../src/core/cases'
import { OCTOBER, SLA, TZ, rec } from './fixtures'

const [T1, T2, T3] = OCTOBER

function parses(d: ReturnType<typeof draftCaseFromRecords>) {
  const text = serializeCase({ ...d, status: 'draft', body: `\n${d.body}\n` })
  return parseCaseFile(`${d.id}.md`, text)
}

describe('a draft case from tickets', () => {
  it('takes category, channel and priority from the tickets and writes the facts, without names', () => {
    const d = draftCaseFromRecords([T3, T2], SLA, TZ, 'zh-CN', 'draft-pq-1')
    // Channels tie (phone 1, online-chat 1): the enum order decides; any urgent ticket makes it urgent.
    expect([d.category, d.channel, d.priority]).toEqual(['product-quality', 'phone', 'urgent'])
    expect(d.title).toBe('商品质量投诉（来自 2 张工单）')
    expect(d.standards).toEqual(['acknowledge', 'empathize', 'resolve', 'follow-up', 'commit-time'])
    expect(d.body).toContain('## 经过')
    // In time order, in Shanghai time.
    const facts = d.body.split('\n').filter((l) => l.startsWith('- 2026'))
    expect(facts).toEqual([
      '- 2026-10-05 10:00，在线客服受理一件一般的商品质量投诉；30.0 小时后首次响应（超出时限）；50.0 小时后解决；满意度 3/5。',
      '- 2026-10-10 09:00，客服热线受理一件紧急的商品质量投诉；1.0 小时后首次响应（在时限内）；20.0 小时后解决；满意度 4/5。'
    ])
    expect(d.body).not.toContain('张伟')
    const p = parses(d)
    expect(p.errors).toEqual([])
    expect(p.case?.status).toBe('draft')
  })

  it('masks phone numbers in ticket ids, and writes English', () => {
    const t = rec('13812345678-A', { at: '2026-10-03T08:00:00+08:00', category: 'delivery', channel: 'app', priority: 'low', resp: null, cyc: null })
    const d = draftCaseFromRecords([t, T1], SLA, TZ, 'en', 'draft-x')
    expect(d.body).toContain('138****5678-A')
    expect(d.body).not.toContain('13812345678')
    expect(d.body).toContain('## What happened')
    expect(d.body).toContain('- 2026-10-03 08:00: Delivery complaint (enquiry) received via App; no first response recorded; not resolved; not rated.')
    expect(parses(d).errors).toEqual([])
  })

  it('refuses an empty list', () => {
    expect(() => draftCaseFromRecords([], SLA, TZ, 'zh-CN', 'x')).toThrow()
  })
})
