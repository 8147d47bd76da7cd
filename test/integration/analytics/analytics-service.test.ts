import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { OverviewOut, ReportOut, ReportSummaryOut } from '../../../src/core/api/channels/analytics'
import type { StaffMember } from '../../../src/core/appraisal/types'
import { reportToMarkdown } from '../../../src/core/analytics'
import { setupAdmin, signInAs, testBackend, type TestBackend } from '../../helpers/backend'
import { ALL, STAFF_TABLE, rec } from '../../unit/analytics/fixtures'
import { fakeAppraisal, useRecords } from './fake-appraisal'

const ROSTER: StaffMember[] = [
  { staffId: 'S01', name: '张伟', team: '一店', hireDate: null, active: true },
  { staffId: 'S02', name: '李娜', team: '二店', hireDate: null, active: true }
]
// Two tickets of the second store on top of the fixture (all of which are S01's, the first store).
const RECORDS = [...ALL, rec('B1', { at: '2026-10-08T09:00:00+08:00', staffId: 'S02', staffName: '李娜', category: 'pricing', resp: 1, cyc: 3, satisfaction: 5 }), rec('B2', { at: '2026-10-09T09:00:00+08:00', staffId: 'S02', staffName: '李娜', category: 'pricing', resp: 1, cyc: 3 })]
const PERIOD = { unit: 'month', at: '2026-10-15', count: 2 }

let tb: TestBackend
let admin: string
let manager: string
let trainer: string
let trainee: string
beforeEach(async () => {
  tb = await testBackend()
  admin = await setupAdmin(tb)
  manager = await signInAs(tb, admin, 'manager', ['manager'])
  trainer = await signInAs(tb, admin, 'trainer', ['trainer'])
  trainee = await signInAs(tb, admin, 'trainee', ['trainee'])
  await useRecords(tb, fakeAppraisal(RECORDS, ROSTER, STAFF_TABLE))
})
afterEach(() => tb.close())

/** Sessions end when the backend restarts. */
async function login(username: string, password = 'password-123'): Promise<string> {
  const r = await tb.call<{ session: string }>('auth.login', { username, password })
  return r.data.session
}

describe('analytics over appraisal records', () => {
  it('shows managers and trainers the figures of a period, per team, and refuses trainees', async () => {
    const all = await tb.call<OverviewOut>('analytics.overview', PERIOD, manager)
    expect(all.ok, all.message).toBe(true)
    expect(all.data.current.total).toBe(9)
    expect(all.data.trend.map((p) => [p.label, p.total])).toEqual([['2026-09', 2], ['2026-10', 9]])
    expect(all.data.rule).toEqual({ minRise: 0.5, minIncrease: 10 })
    expect(all.data.timeZone).toBe('Asia/Shanghai')
    const one = await tb.call<OverviewOut>('analytics.overview', { ...PERIOD, team: '一店' }, trainer)
    expect(one.data.current.total).toBe(7)
    expect(one.data.current.responseHours).toEqual({ n: 6, median: 2.5, p90: 17 })
    const two = await tb.call<OverviewOut>('analytics.overview', { ...PERIOD, team: '二店' }, trainer)
    expect(two.data.current.byCategory.pricing).toBe(2)
    expect((await tb.call<string[]>('analytics.teams', {}, trainer)).data).toEqual(['二店', '一店']) // pinyin order: èr before yī
    expect((await tb.call('analytics.overview', PERIOD, trainee)).code).toBe('forbidden')
    expect((await tb.call('analytics.overview', { ...PERIOD, at: '2026-13-01' }, manager)).code).toBe('invalid-input')
  })

  it('flags a category whose volume rose sharply', async () => {
    const burst = Array.from({ length: 12 }, (_, i) => rec(`D${i}`, { at: '2026-10-20T10:00:00+08:00', category: 'delivery', resp: 1, cyc: 2 }))
    await useRecords(tb, fakeAppraisal([...RECORDS, ...burst], ROSTER))
    const r = await tb.call<OverviewOut>('analytics.overview', PERIOD, manager)
    expect(r.data.flagged).toEqual([{ category: 'delivery', previous: 1, current: 14, increase: 13, pct: 13 }])
  })

  it('generates, saves, lists, reopens and updates the periodic report; only managers save; saves are audited', async () => {
    const gen = await tb.call<ReportOut>('analytics.report.generate', { ...PERIOD, team: '一店', locale: 'zh-CN' }, trainer)
    expect(gen.ok, gen.message).toBe(true)
    expect(gen.data.saved).toBeNull()
    expect(gen.data.topTypes[0].examples.map((e) => e.ticketId)).toEqual(['T2', 'T3', 'T1'])
    expect(gen.data.staff.top.map((s) => s.staffName)).toEqual(['张伟', '李四', '赵六'])

    const input = { ...PERIOD, team: '一店', locale: 'zh-CN', suggestions: '- 冷链巡检每两小时一次' }
    expect((await tb.call('analytics.report.save', input, trainer)).code).toBe('forbidden')
    const saved = await tb.call<ReportOut>('analytics.report.save', input, manager)
    expect(saved.ok, saved.message).toBe(true)
    const id = saved.data.saved?.id as string
    expect(saved.data.saved).toMatchObject({ version: 1, createdByName: 'manager' })
    expect(saved.data.suggestions).toBe('- 冷链巡检每两小时一次')

    const list = await tb.call<ReportSummaryOut[]>('analytics.report.list', {}, trainer)
    expect(list.data.map((r) => [r.id, r.title, r.team])).toEqual([[id, '投诉分析报告 2026-10 · 一店', '一店']])

    const upd = await tb.call<ReportOut>('analytics.report.update', { id, baseVersion: 1, title: '十月报告', suggestions: '- 调整排班' }, manager)
    expect(upd.data.saved?.version).toBe(2)
    const stale = await tb.call('analytics.report.update', { id, baseVersion: 1, title: 'x', suggestions: 'y' }, manager)
    expect(stale.code).toBe('conflict')

    // The saved report is a snapshot: later records do not change it, and it survives a restart.
    await tb.restart()
    trainer = await login('trainer')
    await useRecords(tb, fakeAppraisal([], ROSTER))
    const reopened = await tb.call<ReportOut>('analytics.report.get', { id }, trainer)
    expect(reopened.data.title).toBe('十月报告')
    expect(reopened.data.current.total).toBe(7)
    expect(reportToMarkdown(reopened.data)).toContain('## 改进建议\n\n- 调整排班')
    expect((await tb.call('analytics.report.get', { id: 'nope' }, trainer)).code).toBe('not-found')

    const audit = await tb.call<{ action: string; target: string }[]>('audit.list', { action: 'analytics.report' }, await login('admin', 'admin-pass-123'))
    expect(audit.data.map((e) => e.action)).toEqual(['analytics.report.update', 'analytics.report.save'])
    expect(audit.data[0].target).toBe(`report:${id}`)
  })

  it('turns tickets into a draft case that goes through the review workflow', async () => {
    const r = await tb.call<{ id: string; status: string; tickets: number }>('analytics.draftCase.fromTickets', { ticketIds: ['T2', 'T3', 'nope'], locale: 'zh-CN' }, trainer)
    expect(r.ok, r.message).toBe(true)
    expect(r.data).toMatchObject({ status: 'draft', tickets: 2 })
    expect(r.data.id).toMatch(/^from-tickets-product-quality-\d{8}$/)
    const c = await tb.call<{ status: string; category: string; priority: string; body: string }>('cases.get', { id: r.data.id, locale: 'zh-CN' }, trainer)
    expect(c.data).toMatchObject({ status: 'draft', category: 'product-quality', priority: 'urgent' })
    expect(c.data.body).toContain('30.0 小时后首次响应（超出时限）')
    expect(c.data.body).not.toContain('张伟')
    // A second draft from the same kind of tickets gets its own id.
    const again = await tb.call<{ id: string }>('analytics.draftCase.fromTickets', { ticketIds: ['T1'] }, trainer)
    expect(again.data.id).toBe(`${r.data.id}-2`)
    // Trainees do not see drafts; the normal workflow takes it further.
    expect((await tb.call('cases.get', { id: r.data.id, locale: 'zh-CN' }, trainee)).code).toBe('not-found')
    expect((await tb.call<{ status: string }>('cases.submit', { id: r.data.id, locale: 'zh-CN' }, trainer)).data.status).toBe('in-review')

    expect((await tb.call('analytics.draftCase.fromTickets', { ticketIds: ['nope'] }, trainer)).code).toBe('not-found')
    expect((await tb.call('analytics.draftCase.fromTickets', { ticketIds: ['T1'] }, manager)).code).toBe('forbidden')
  })

  it('works on the interim appraisal service with no records', async () => {
    await tb.restart()
    manager = await login('manager')
    const r = await tb.call<OverviewOut>('analytics.overview', PERIOD, manager)
    expect(r.ok, r.message).toBe(true)
    expect(r.data.current.total).toBe(0)
    const g = await tb.call<ReportOut>('analytics.report.generate', { ...PERIOD, locale: 'en' }, manager)
    expect(g.data.topTypes).toEqual([])
    expect(g.data.suggestions).toBe('- (write the improvement suggestions here)')
  })
})
