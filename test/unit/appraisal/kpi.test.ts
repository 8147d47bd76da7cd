import { describe, expect, it } from 'vitest'
import { appraise, assignRanks, composite, factOf, gradeOf, trainingByStaff, trendOf, type KpiFact } from '../../../src/core/appraisal'
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings'

const S = { sla: DEFAULT_SETTINGS.sla, appraisal: DEFAULT_SETTINGS.appraisal }
const T0 = Date.parse('2026-10-10T00:00:00Z')
const H = 3_600_000
const fact = (o: Partial<KpiFact> = {}): KpiFact => ({
  staffId: 'S1',
  priority: 'normal',
  receivedMs: T0,
  responseMs: T0 + H,
  resolved: true,
  resolvedMs: T0 + 10 * H,
  satisfaction: 5,
  ...o
})
const run = (facts: KpiFact[], training = new Map<string, number[]>()) => appraise(facts, { settings: S, roster: [], training })

describe('timeliness', () => {
  it('a first response exactly at the SLA is on time, one millisecond later is late', () => {
    const k = run([
      fact({ priority: 'urgent', responseMs: T0 + 2 * H }),
      fact({ priority: 'urgent', responseMs: T0 + 2 * H + 1 }),
      fact({ priority: 'normal', responseMs: T0 + 24 * H }),
      fact({ priority: 'low', responseMs: T0 + 24 * H + 1 })
    ]).staff[0]
    expect(k.timelinessRate).toBe(0.5)
  })
  it('no first response counts as late and is left out of the average response time', () => {
    const k = run([fact({ responseMs: null }), fact({ responseMs: T0 + 3 * H })]).staff[0]
    expect(k.timelinessRate).toBe(0.5)
    expect(k.avgResponseHours).toBe(3)
  })
  it('uses the SLA settings', () => {
    const tight = { ...S, sla: { ...S.sla, normal: { responseHours: 0.5, resolutionHours: 72 } } }
    const k = appraise([fact()], { settings: tight, roster: [], training: new Map() }).staff[0]
    expect(k.timelinessRate).toBe(0)
  })
})

describe('resolution, satisfaction, CSAT and cycle', () => {
  it('computes each over its own base', () => {
    const k = run([
      fact({ satisfaction: 5, resolvedMs: T0 + 10 * H }),
      fact({ satisfaction: 4, resolvedMs: T0 + 20 * H }),
      fact({ satisfaction: 2, resolved: false, resolvedMs: null }),
      fact({ satisfaction: null, resolved: false, resolvedMs: null })
    ]).staff[0]
    expect(k.tickets).toBe(4)
    expect(k.resolutionRate).toBe(0.5)
    expect(k.satisfactionAvg).toBeCloseTo(11 / 3)
    expect(k.csat).toBeCloseTo(2 / 3)
    expect(k.avgCycleHours).toBe(15)
  })
  it('no ratings: satisfaction and CSAT are N/A and the weight is shared out', () => {
    const k = run([fact({ satisfaction: null }), fact({ satisfaction: null, responseMs: null })]).staff[0]
    expect(k.satisfactionAvg).toBeNull()
    expect(k.csat).toBeNull()
    // timeliness 50 and resolution 100, weights 0.3 and 0.3 (training N/A too): (15 + 30) / 0.6 = 75.
    expect(k.composite).toBe(75)
    expect(k.grade).toBe('C')
  })
})

describe('composite and grade', () => {
  it('30/30/30/10 with satisfaction mapped 1→0, 5→100', () => {
    const training = new Map([['S1', [80, 60]]])
    const k = run([fact({ satisfaction: 3 }), fact({ satisfaction: 4, responseMs: null })], training).staff[0]
    // timeliness 50, resolution 100, satisfaction (3.5−1)/4 = 62.5, training 70.
    expect(k.trainingScore).toBe(70)
    expect(k.composite).toBe(round(0.3 * 50 + 0.3 * 100 + 0.3 * 62.5 + 0.1 * 70))
  })
  it('shares out N/A weights in proportion', () => {
    expect(composite([{ value: 100, weight: 0.3 }, { value: null, weight: 0.3 }, { value: 50, weight: 0.1 }])).toBe(87.5)
    expect(composite([{ value: null, weight: 1 }])).toBeNull()
  })
  it('grade bands: A ≥ 90, B ≥ 80, C ≥ 70, else D', () => {
    const g = DEFAULT_SETTINGS.appraisal.grades
    expect([90, 89.99, 80, 79.99, 70, 69.99, null].map((x) => gradeOf(x, g))).toEqual(['A', 'B', 'B', 'C', 'C', 'D', null])
  })
  it('ties share a rank: 1, 2, 2, 4; N/A is unranked', () => {
    const rows = [95, 90, 90, 80, null].map((composite) => ({ composite, rank: null as number | null }))
    expect(assignRanks(rows).map((r) => r.rank)).toEqual([1, 2, 2, 4, null])
  })
})

describe('staff, teams and everybody', () => {
  it('includes the active roster without tickets, ranks, and rolls up teams', () => {
    const roster = [
      { staffId: 'S1', name: '张伟', team: 'A', hireDate: null, active: true },
      { staffId: 'S2', name: '李娜', team: 'A', hireDate: null, active: true },
      { staffId: 'S3', name: '王芳', team: 'B', hireDate: null, active: true },
      { staffId: 'S9', name: 'gone', team: 'B', hireDate: null, active: false }
    ]
    const a = appraise([fact(), fact({ staffId: 'S2', responseMs: null }), fact({ staffId: 'S4' })], { settings: S, roster, training: new Map() })
    expect(a.staff.map((r) => [r.staffId, r.rank, r.team])).toEqual([
      ['S1', 1, 'A'],
      ['S4', 1, ''],
      ['S2', 3, 'A'],
      ['S3', null, 'B']
    ])
    expect(a.staff.find((r) => r.staffId === 'S3')?.tickets).toBe(0)
    const teamA = a.teams.find((t) => t.team === 'A')!
    expect(teamA.tickets).toBe(2)
    expect(teamA.timelinessRate).toBe(0.5)
    expect(a.overall.tickets).toBe(3)
    expect(a.overall.timelinessRate).toBeCloseTo(2 / 3)
  })
})

describe('trend and training', () => {
  it('differences against the previous period, null where either side is N/A', () => {
    const cur = run([fact()]).staff[0]
    const prev = run([fact({ responseMs: null, satisfaction: null })]).staff[0]
    const t = trendOf(cur, prev)!
    expect(t.timelinessRate).toBe(1)
    expect(t.satisfactionAvg).toBeNull()
    expect(trendOf(cur, undefined)).toBeNull()
  })
  it('training score counts assessment sessions with a staff id only', () => {
    const m = trainingByStaff([
      { staffId: 'S1', overall: 80, mode: 'assessment' },
      { staffId: 'S1', overall: 0, mode: 'practice' },
      { staffId: null, overall: 50, mode: 'assessment' }
    ])
    expect([...m]).toEqual([['S1', [80]]])
  })
  it('reads stored records', () => {
    const f = factOf({
      ticketId: 'T', staffId: 'S1', staffName: 'n', channel: 'phone', category: 'other', priority: 'urgent',
      receivedAt: '2026-10-01T00:00:00.000Z', firstResponseAt: null, resolvedAt: '2026-10-01T02:00:00.000Z',
      status: 'resolved', satisfaction: null, rootCause: null
    })
    expect(f.responseMs).toBeNull()
    expect(f.resolvedMs! - f.receivedMs).toBe(2 * H)
  })
})

function round(x: number): number {
  return Math.round(x * 100) / 100
}
