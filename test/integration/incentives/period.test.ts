import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ComplaintRecord, StaffKpi } from '../../../src/core/appraisal/types'
import { draft, ok, people, type People } from './helpers'

let p: People
beforeAll(async () => {
  p = await people()
})
afterAll(() => p.tb.close())

const kpi = (staffId: string, composite: number, rank: number, grade: StaffKpi['grade']): StaffKpi => ({
  staffId, staffName: staffId, team: '一店', tickets: 20, timelinessRate: 0.9, resolutionRate: 0.9, satisfactionAvg: 4, csat: 0.8,
  avgResponseHours: 2, avgCycleHours: 20, trainingScore: null, composite, grade, rank
})
const record = (ticketId: string, over: Partial<ComplaintRecord>): ComplaintRecord => ({
  ticketId, staffId: 'S001', staffName: '李雷', channel: 'phone', category: 'after-sales', priority: 'normal',
  receivedAt: '2026-10-05T02:00:00Z', firstResponseAt: '2026-10-06T08:00:00Z', resolvedAt: null, status: 'unresolved',
  satisfaction: null, rootCause: null, ...over
})

interface Period {
  recognitionBy: string
  recognition: { staffId: string }[]
  improvement: {
    kpi: { staffId: string }
    account: { displayName: string } | null
    weakStandards: { id: string }[]
    weakCategories: { category: string }[]
    suggestions: { caseId: string; standards: string[]; categoryMatch: boolean }[]
  }[]
}

describe('incentives of a period', () => {
  it('is empty while the appraisal module has no table, and refuses a reversed range', async () => {
    expect(await ok(p.tb, 'incentives.period', { from: '2026-10-01', to: '2026-10-31' }, p.manager)).toMatchObject({ recognition: [], improvement: [] })
    expect((await p.tb.call('incentives.period', { from: '2026-10-31', to: '2026-10-01' }, p.manager)).message).toMatch(/from/)
  })

  it('lists grade A and grade D with a training plan from special appraisals and records', async () => {
    // periodTable is an interim stub in main (the appraisal module fills it): feed it a table and records.
    const appraisal = p.tb.backend.services.appraisal
    appraisal.periodTable = async () => [kpi('S003', 95, 1, 'A'), kpi('S002', 82, 2, 'B'), kpi('S001', 61, 3, 'D')]
    appraisal.records = async (r) => (r.staffId === 'S001' ? [record('T-1', {}), record('T-2', { category: 'pricing', status: 'resolved', firstResponseAt: '2026-10-05T03:00:00Z', satisfaction: 5 })] : [])
    await ok(p.tb, 'special.create', draft(), p.manager) // escalate and follow-up not met
    const r = await ok<Period>(p.tb, 'incentives.period', { from: '2026-10-01', to: '2026-10-31' }, p.trainer)
    expect(r.recognitionBy).toBe('grade-a')
    expect(r.recognition.map((x) => x.staffId)).toEqual(['S003'])
    expect(r.improvement).toHaveLength(1)
    const plan = r.improvement[0]
    expect(plan.kpi.staffId).toBe('S001')
    expect(plan.account?.displayName).toBe('alice')
    expect(plan.weakStandards.map((w) => w.id).sort()).toEqual(['escalate', 'follow-up'])
    expect(plan.weakCategories.map((c) => c.category)).toEqual(['after-sales'])
    expect(plan.suggestions.length).toBeGreaterThan(0)
    for (const s of plan.suggestions) expect(s.standards.length > 0 || s.categoryMatch).toBe(true)
    expect(plan.suggestions[0].standards).toEqual(expect.arrayContaining(['escalate', 'follow-up']))

    await ok(p.tb, 'settings.update', { appraisal: { ...(await ok<{ appraisal: object }>(p.tb, 'settings.get', {}, p.admin)).appraisal, recognitionBy: 'top-n', recognitionTopN: 2 } }, p.admin)
    const top = await ok<Period>(p.tb, 'incentives.period', { from: '2026-10-01', to: '2026-10-31' }, p.manager)
    expect(top.recognition.map((x) => x.staffId)).toEqual(['S003', 'S002'])
  })
})
