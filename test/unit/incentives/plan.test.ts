import { describe, expect, it } from 'vitest'
import type { ComplaintRecord, StaffKpi } from '../../../src/core/appraisal/types'
import { improvementList, isProblemTicket, recognitionList, suggestTraining, weakestCategories, weakestStandards, type CaseRef } from '../../../src/core/incentives'
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings'

const row = (staffId: string, composite: number | null, rank: number | null, grade: StaffKpi['grade']): StaffKpi => ({
  staffId, staffName: staffId, team: 't', tickets: 10, timelinessRate: null, resolutionRate: null, satisfactionAvg: null, csat: null,
  avgResponseHours: null, avgCycleHours: null, trainingScore: null, composite, grade, rank
})
const table = [row('s1', 95, 1, 'A'), row('s2', 91, 2, 'A'), row('s3', 88, 3, 'B'), row('s4', 88, 3, 'B'), row('s5', 60, 5, 'D'), row('s6', 50, 6, 'D'), row('s7', null, null, null)]

describe('recognition and improvement lists', () => {
  it('recognises every grade A', () => {
    expect(recognitionList(table, 'grade-a', 3).map((r) => r.staffId)).toEqual(['s1', 's2'])
  })
  it('recognises the top N, keeping ties at the cut', () => {
    expect(recognitionList(table, 'top-n', 3).map((r) => r.staffId)).toEqual(['s1', 's2', 's3', 's4'])
    expect(recognitionList(table, 'top-n', 1).map((r) => r.staffId)).toEqual(['s1'])
    expect(recognitionList(table, 'top-n', 0)).toEqual([])
    expect(recognitionList(table, 'top-n', 50)).toHaveLength(6)
  })
  it('never recognises a row without data, even when the table is all N/A', () => {
    expect(recognitionList([row('x', null, null, null)], 'top-n', 3)).toEqual([])
    expect(recognitionList([], 'grade-a', 3)).toEqual([])
  })
  it('lists grade D weakest first', () => {
    expect(improvementList(table).map((r) => r.staffId)).toEqual(['s6', 's5'])
  })
})

describe('weakestStandards', () => {
  it('averages over performances that exercised the standard and keeps those below the mark', () => {
    const w = weakestStandards(
      [
        [{ id: 'listen', score: 0 }, { id: 'resolve', score: 100 }, { id: 'privacy', score: null }],
        [{ id: 'listen', score: 50 }, { id: 'resolve', score: 40 }, { id: 'language', score: 79 }]
      ],
      { below: 80, limit: 5 }
    )
    expect(w).toEqual([
      { id: 'listen', mean: 25, count: 2 },
      { id: 'resolve', mean: 70, count: 2 },
      { id: 'language', mean: 79, count: 1 }
    ])
  })
  it('limits the list and returns nothing without evidence', () => {
    expect(weakestStandards([[{ id: 'listen', score: 0 }, { id: 'record', score: 10 }]], { below: 80, limit: 1 }).map((w) => w.id)).toEqual(['listen'])
    expect(weakestStandards([], { below: 80, limit: 3 })).toEqual([])
  })
})

const rec = (over: Partial<ComplaintRecord>): ComplaintRecord => ({
  ticketId: 't', staffId: 's', staffName: 's', channel: 'phone', category: 'delivery', priority: 'normal',
  receivedAt: '2026-10-01T00:00:00Z', firstResponseAt: '2026-10-01T01:00:00Z', resolvedAt: '2026-10-01T05:00:00Z',
  status: 'resolved', satisfaction: 5, rootCause: null, ...over
})

describe('weakestCategories', () => {
  const sla = DEFAULT_SETTINGS.sla
  it('counts late, unresolved and poorly rated tickets; a response exactly at the SLA is on time', () => {
    expect(isProblemTicket(rec({ priority: 'urgent', firstResponseAt: '2026-10-01T02:00:00Z' }), sla)).toBe(false)
    expect(isProblemTicket(rec({ priority: 'urgent', firstResponseAt: '2026-10-01T02:00:01Z' }), sla)).toBe(true)
    expect(isProblemTicket(rec({ firstResponseAt: null }), sla)).toBe(true)
    expect(isProblemTicket(rec({ status: 'unresolved', resolvedAt: null }), sla)).toBe(true)
    expect(isProblemTicket(rec({ satisfaction: 2 }), sla)).toBe(true)
    expect(isProblemTicket(rec({ satisfaction: null }), sla)).toBe(false)
  })
  it('ranks categories by problem rate, then count', () => {
    const records = [
      rec({ category: 'delivery' }), rec({ category: 'delivery', satisfaction: 1 }),
      rec({ category: 'safety', status: 'unresolved' }),
      rec({ category: 'pricing' }),
      rec({ category: 'after-sales', satisfaction: 1 }), rec({ category: 'after-sales', satisfaction: 2 }), rec({ category: 'after-sales' }), rec({ category: 'after-sales' })
    ]
    expect(weakestCategories(records, sla, 5).map((c) => [c.category, c.rate])).toEqual([['safety', 1], ['after-sales', 0.5], ['delivery', 0.5]])
    expect(weakestCategories(records, sla, 1)).toHaveLength(1)
  })
})

describe('suggestTraining', () => {
  const cases: CaseRef[] = [
    { id: 'a', locale: 'zh-CN', title: 'A 中', category: 'delivery', standards: ['listen', 'resolve'] },
    { id: 'a', locale: 'en', title: 'A en', category: 'delivery', standards: ['listen', 'resolve'] },
    { id: 'b', locale: 'zh-CN', title: 'B', category: 'safety', standards: ['resolve'] },
    { id: 'c', locale: 'zh-CN', title: 'C', category: 'pricing', standards: ['language'] },
    { id: 'd', locale: 'zh-CN', title: 'D', category: 'pricing', standards: ['listen'] }
  ]
  const hasScenario = (id: string) => id === 'd'
  it('ranks cases by the weak standards they train (weakest first) and weak categories', () => {
    const s = suggestTraining(cases, { standards: ['listen', 'resolve'], categories: ['safety'] }, { locale: 'zh-CN', limit: 10, hasScenario })
    // a: 2 + 1 = 3; b: 1 + 1.5 = 2.5; d: 2; c: nothing
    expect(s.map((x) => [x.caseId, x.score])).toEqual([['a', 3], ['b', 2.5], ['d', 2]])
    expect(s[0]).toMatchObject({ locale: 'zh-CN', title: 'A 中', standards: ['listen', 'resolve'], categoryMatch: false, scenario: false })
    expect(s[2].scenario).toBe(true)
  })
  it('uses the asked locale when the case exists in it, else zh-CN, and honours the limit', () => {
    const s = suggestTraining(cases, { standards: ['listen'], categories: [] }, { locale: 'en', limit: 1, hasScenario: () => false })
    expect(s).toHaveLength(1)
    expect(s[0]).toMatchObject({ caseId: 'a', locale: 'en', title: 'A en' })
  })
  it('suggests nothing when nothing is weak', () => {
    expect(suggestTraining(cases, { standards: [], categories: [] }, { locale: 'zh-CN', limit: 5, hasScenario })).toEqual([])
  })
})

describe('suggestTraining ties', () => {
  it('prefers a case with a scenario on an equal score', () => {
    const cases: CaseRef[] = [
      { id: 'a', locale: 'zh-CN', title: 'A', category: 'delivery', standards: ['listen'] },
      { id: 'b', locale: 'zh-CN', title: 'B', category: 'delivery', standards: ['listen'] }
    ]
    const s = suggestTraining(cases, { standards: ['listen'], categories: [] }, { locale: 'zh-CN', limit: 1, hasScenario: (id) => id === 'b' })
    expect(s.map((x) => x.caseId)).toEqual(['b'])
  })
})
