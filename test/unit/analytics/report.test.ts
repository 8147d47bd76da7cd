import { describe, expect, it } from 'vitest'
import { buildReport, maskReportTickets, overview, periodsEndingAt, pickExamples, reportContentSchema, reportToMarkdown, staffHighlights } from '../../../src/core/analytics'
import { ALL, OCTOBER, SLA, STAFF_TABLE, TZ, rec } from './fixtures'

const periods = periodsEndingAt('month', '2026-10-15', 2)
const build = (locale: 'zh-CN' | 'en', team: string | null = null) =>
  buildReport({ overview: overview(ALL, periods, SLA, TZ), records: OCTOBER, staffTable: STAFF_TABLE, unit: 'month', team, locale, timeZone: TZ, topN: 3, now: '2026-11-02T01:00:00.000Z' })

describe('the periodic report', () => {
  it('lists the top complaint types with their change and the most telling example tickets', () => {
    const r = build('zh-CN')
    expect(reportContentSchema.parse(r)).toEqual(r)
    expect(r.title).toBe('投诉分析报告 2026-10')
    expect(r.period).toEqual({ from: '2026-10-01', to: '2026-10-31', label: '2026-10' })
    // Ties (1 each) keep the enum order: service-attitude before safety.
    expect(r.topTypes.map((t) => [t.category, t.tickets])).toEqual([['product-quality', 3], ['delivery', 2], ['service-attitude', 1], ['safety', 1]])
    expect(r.topTypes[0].change).toEqual({ value: 3, previous: 1, delta: 2, pct: 2 })
    expect(r.topTypes[0].share).toBeCloseTo(3 / 7, 10)
    // All resolved: lowest rating first (T2 3, T3 4, T1 5). Delivery: both unresolved and unrated, no response first.
    expect(r.topTypes[0].examples.map((e) => e.ticketId)).toEqual(['T2', 'T3', 'T1'])
    expect(r.topTypes[1].examples.map((e) => e.ticketId)).toEqual(['T5', 'T4'])
    expect(r.topTypes[0].examples[0]).toEqual({ ticketId: 'T2', channel: 'online-chat', priority: 'normal', received: '2026-10-05 10:00', status: 'resolved', satisfaction: 3, responseHours: 30, cycleHours: 50 })
  })

  it('a weekly report is titled by its dates', () => {
    const weeks = periodsEndingAt('week', '2026-10-15', 2)
    const r = buildReport({ ...buildArgs(), unit: 'week', overview: overview(ALL, weeks, SLA, TZ), locale: 'en' })
    expect(r.title).toBe('Complaint report 2026-10-12 – 2026-10-18')
    expect(r.current.total).toBe(1)
  })

  it('keeps ticket ids for drafting cases, and masks personal data inside them in the Markdown export', () => {
    const [r] = pickExamples([rec('WX13812345678', { at: '2026-10-02T10:00:00+08:00', resp: 1, cyc: 2 })], 3)
    const one = buildReport({ ...buildArgs(), records: [r] })
    expect(one.topTypes[0].examples[0].ticketId).toBe('WX13812345678')
    expect(maskReportTickets(one).topTypes[0].examples[0].ticketId).toBe('WX138****5678')
    const md = reportToMarkdown(one)
    expect(md).toContain('| WX138****5678 |')
    expect(md).not.toContain('13812345678')
  })

  it('staff highlights: top 3 by rank (ties share a rank), and those graded D, weakest first', () => {
    const s = staffHighlights(STAFF_TABLE, 3)
    expect(s.top.map((x) => [x.rank, x.staffName])).toEqual([[1, '张伟'], [2, '李四'], [2, '赵六']])
    expect(s.attention.map((x) => x.staffName)).toEqual(['钱七', '王五'])
    expect(staffHighlights([], 3)).toEqual({ top: [], attention: [] })
  })

  it('drafts suggestions from the weak SLA figures', () => {
    const r = build('en')
    expect(r.suggestions).toContain('Only 50.0% of urgent complaints were answered within the SLA')
    expect(r.suggestions).toContain('Only 0.0% of enquiry complaints')
    expect(r.suggestions).toContain('Only 75.0% of normal complaints')
    expect(r.suggestions.split('\n')).toHaveLength(3)
  })

  it('exports Markdown with every section (zh-CN)', () => {
    const md = reportToMarkdown({ ...build('zh-CN', '一店|二店'), suggestions: '- 加强冷链巡检\n- **排班**调整' })
    expect(md.startsWith('# 投诉分析报告 2026-10 · 一店|二店\n')).toBe(true)
    expect(md).toContain('- 门店/团队: 一店\\|二店')
    expect(md).toContain('| 投诉量 | 7 | 2 | +5 (+250.0%) |')
    expect(md).toContain('| 解决率 | 71.4% | 50.0% | +21.4 pt |')
    expect(md).toContain('| 平均满意度 | 3.00 | 3.00 | ±0.00 (±0.0%) |')
    expect(md).toContain('| 响应时长中位数（小时） | 2.5 | 13.5 | −11.0 (−81.5%) |')
    expect(md).toContain('紧急投诉 2 件，占 28.6%；50.0% 在时限内响应，响应时长中位数 2.0 小时。')
    expect(md).toContain('规则：本期比上期增加至少 50% 且至少多 10 件（上期没有任何记录时不标记）。')
    expect(md).toContain('| 商品质量 | 3 | 100.0% | 66.7% | 4.00 | 66.7% |')
    expect(md).toContain('| 客服热线 | 3 | 100.0% | 100.0% | 3.33 | 66.7% |')
    expect(md).toContain('| 紧急 | 2 | 50.0% | 50.0% |')
    expect(md).toContain('| 首次响应 | 2.5 | 17.0 |')
    expect(md).toContain('## 根因分析')
    expect(md).toContain('| 产品 | 3 | 42.9% | 100.0% | 3.33 |')
    expect(md).toContain('### 1. 商品质量 — 3 (42.9%; +2 (+200.0%))')
    expect(md).toContain('| T2 | 在线客服 | 一般 | 2026-10-05 10:00 | 已解决 | 3/5 |')
    expect(md).toContain('| 1 | 张伟 | 一店 | 5 | 95.0 | A |')
    expect(md.trimEnd().endsWith('## 改进建议\n\n- 加强冷链巡检\n- **排班**调整')).toBe(true)
  })

  it('exports Markdown in English and leaves out root causes when none were recorded', () => {
    const noCause = ALL.map((r) => ({ ...r, rootCause: null }))
    const r = buildReport({ ...buildArgs(), overview: overview(noCause, periods, SLA, TZ), locale: 'en' })
    const md = reportToMarkdown(r)
    expect(md).toContain('# Complaint report 2026-10')
    expect(md).toContain('| Complaints | 7 | 2 | +5 (+250.0%) |')
    expect(md).toContain('Rule: at least 50% and at least 10 more complaints than the previous period (not when the previous period has no records at all).')
    expect(md).not.toContain('Root causes')
    expect(md).toContain('## Improvement suggestions')
  })
})

function buildArgs() {
  return { overview: overview(ALL, periods, SLA, TZ), records: OCTOBER, staffTable: STAFF_TABLE, unit: 'month' as const, team: null, locale: 'zh-CN' as const, timeZone: TZ, topN: 3, now: '2026-11-02T01:00:00.000Z' }
}
