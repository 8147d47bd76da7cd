import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { PeriodOut, StaffDetailOut } from '../../../src/core/api/channels/appraisal'
import { appraiseFile } from '../../../src/backend/cli/commands/appraise'
import { tableRow } from '../../../src/backend/services/appraisal/table'
import { ROOT, setupAdmin, signInAs, testBackend, type TestBackend } from '../../helpers/backend'
import { playGood, saveMilk } from '../roleplay/helpers'
import { commit, importFile } from './helpers'

const SAMPLE = join(ROOT, 'resources', 'sample', 'records-2026-10.csv')
const OCT = { from: '2026-10-01', to: '2026-10-31' }
let tb: TestBackend
let manager = ''
let trainee = ''
let assessments: number[] = []

beforeAll(async () => {
  tb = await testBackend()
  const admin = await setupAdmin(tb)
  manager = await signInAs(tb, admin, 'boss', ['manager'])
  const trainer = await signInAs(tb, admin, 'coach', ['trainer'])
  trainee = await signInAs(tb, admin, 'liuyang', ['trainee'], 'CS004')
  await commit(tb, manager, (await importFile(tb, manager, SAMPLE)).jobId)
  await saveMilk(tb, trainer)
  // Sessions finish "now"; only Date is faked so the role-play sessions land in the sample month.
  vi.useFakeTimers({ toFake: ['Date'] })
  try {
    vi.setSystemTime(new Date('2026-10-20T02:00:00Z'))
    const a1 = await playGood(tb, trainee, 'assessment')
    vi.setSystemTime(new Date('2026-10-21T02:00:00Z'))
    await playGood(tb, trainee, 'practice')
    vi.setSystemTime(new Date('2026-11-02T02:00:00Z')) // next month: not in October's figures
    await playGood(tb, trainee, 'assessment')
    assessments = [a1.result?.overall ?? NaN]
  } finally {
    vi.useRealTimers()
  }
})
afterAll(() => tb.close())

describe('a staff member’s role-play results on their page', () => {
  it('lists the period’s sessions and averages each standard, assessment and practice apart', async () => {
    const d = (await tb.call<StaffDetailOut>('appraisal.staff', { ...OCT, staffId: 'CS004' }, manager)).data
    expect(d.roleplay.sessionsTotal).toBe(2)
    expect(d.roleplay.sessions.map((s) => [s.mode, s.finishedAt.slice(0, 10)])).toEqual([['practice', '2026-10-21'], ['assessment', '2026-10-20']])
    const exercised = d.roleplay.assessment.filter((m) => m.count > 0)
    expect(exercised.length).toBeGreaterThan(3)
    expect(d.roleplay.assessment.every((m) => (m.count === 0) === (m.mean === null))).toBe(true)
    expect(d.roleplay.practice.filter((m) => m.count > 0).map((m) => m.id)).toEqual(exercised.map((m) => m.id))
    // The training score is the mean of the period's assessment sessions only.
    expect(d.row?.trainingScore).toBe(assessments[0])
    const other = (await tb.call<StaffDetailOut>('appraisal.staff', { ...OCT, staffId: 'CS001' }, manager)).data
    expect(other.roleplay.sessionsTotal).toBe(0)
    expect(other.roleplay.assessment.every((m) => m.mean === null)).toBe(true)
  })
})

describe('the CLI and the app agree', () => {
  it('give the same table, training scores included, when the CLI reads the app’s role-play results', async () => {
    const shown = (await tb.call<PeriodOut>('appraisal.period', OCT, manager)).data.staff
    const cli = (await appraiseFile({ records: SAMPLE, ...OCT, tz: 'Asia/Shanghai', sessions: join(tb.dataDir, 'roleplay-results') })).table
    expect(cli.find((r) => r.staffId === 'CS004')?.trainingScore).toBe(assessments[0])
    expect(shown).toHaveLength(12)
    expect(cli.map(tableRow)).toEqual(shown.map(tableRow))
  })
})

describe('the staff report export', () => {
  it('writes the page’s sections as CSV, in the chosen language', async () => {
    const r = await tb.call<{ fileName: string; text: string }>('appraisal.staff.export', { ...OCT, staffId: 'CS004', format: 'csv', locale: 'zh-CN' }, manager)
    expect(r.data.fileName).toBe('staff-CS004-2026-10-01_2026-10-31.csv')
    const lines = r.data.text.split('\r\n')
    expect(lines[0]).toBe('\uFEFF概览')
    expect(lines).toContain('工号,CS004')
    expect(lines).toContain('近 6 期趋势')
    expect(lines).toContain('演练结果（按服务标准）')
    expect(lines).toContain('超时或未解决工单')
    const d = (await tb.call<StaffDetailOut>('appraisal.staff', { ...OCT, staffId: 'CS004' }, manager)).data
    expect(lines).toContain(`工单数,${d.row?.tickets}`)
    expect(lines.filter((l) => /^TK/.test(l))).toHaveLength(d.problems.length)
    const en = await tb.call<{ text: string }>('appraisal.staff.export', { ...OCT, staffId: 'CS004', format: 'csv', locale: 'en' }, manager)
    expect(en.data.text).toContain('Role-play by service standard')
    expect(en.data.text).toContain('standard,assessment_mean,assessment_sessions,practice_mean,practice_sessions')
  })
  it('writes one XLSX sheet per section', async () => {
    const r = await tb.call<{ fileName: string; base64: string }>('appraisal.staff.export', { ...OCT, staffId: 'CS004', format: 'xlsx', locale: 'zh-CN' }, manager)
    expect(r.data.fileName).toBe('staff-CS004-2026-10-01_2026-10-31.xlsx')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(new Uint8Array(Buffer.from(r.data.base64, 'base64')).buffer)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['1 概览', '2 近 6 期趋势', '3 工单分布', '4 演练结果（按服务标准）', '5 演练记录', '6 超时或未解决工单'])
    expect(wb.worksheets[1].rowCount).toBe(7) // header + 6 periods
    expect(wb.worksheets[4].rowCount).toBe(3) // header + 2 sessions
  })
  it('lets a trainee export only their own report', async () => {
    expect((await tb.call('appraisal.staff.export', { ...OCT, staffId: 'CS001', format: 'csv', locale: 'zh-CN' }, trainee)).code).toBe('forbidden')
    expect((await tb.call('appraisal.staff.export', { ...OCT, staffId: 'CS004', format: 'csv', locale: 'zh-CN' }, trainee)).ok).toBe(true)
    expect((await tb.call('appraisal.staff.export', { ...OCT, staffId: 'CS004', format: 'pdf', locale: 'zh-CN' }, manager)).code).toBe('invalid-input')
  })
})
