import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PeriodOut, RecordOut, StaffDetailOut } from '../../../src/core/api/channels/appraisal'
import { setupAdmin, signInAs, testBackend, type TestBackend } from '../../helpers/backend'

let tb: TestBackend
let manager = ''
let trainee = ''
const OCT = { from: '2026-10-01', to: '2026-10-31' }
const values = {
  ticket_id: 'F1', staff_id: 'S1', staff_name: '张伟', channel: 'phone', category: 'delivery', priority: 'normal',
  received_at: '2026-10-10 10:00', first_response_at: '2026-10-10 11:00', resolved_at: '', status: 'unresolved', satisfaction: ''
}

beforeAll(async () => {
  tb = await testBackend()
  const admin = await setupAdmin(tb)
  manager = await signInAs(tb, admin, 'boss', ['manager'])
  trainee = await signInAs(tb, admin, 'zhang', ['trainee'], 'S1')
})
afterAll(() => tb.close())

describe('roster', () => {
  it('imports a CSV roster all-or-nothing with line numbers', async () => {
    const bad = await tb.call<{ saved: number; problems: { line: number; message: string }[] }>('appraisal.roster.import', { text: '工号,姓名,门店,入职日期,在职\nS1,张伟,一店,2025-03-01,是\nS1,又张伟,一店,,是\nS2,李娜,二店,2025-13-01,否\n' }, manager)
    expect(bad.data).toEqual({ saved: 0, problems: [{ line: 3, message: 'staff_id S1 repeats line 2' }, { line: 4, message: 'hire_date "2025-13-01" is not a date (YYYY-MM-DD)' }] })
    const ok = await tb.call<{ saved: number }>('appraisal.roster.import', { text: 'staff_id,name,team,hire_date,active\nS1,张伟,一店,2025-03-01,yes\nS2,李娜,二店,,no\n' }, manager)
    expect(ok.data.saved).toBe(2)
    const edit = await tb.call('appraisal.roster.save', { staffId: 'S2', name: '李娜', team: '一店', hireDate: null, active: true }, manager)
    expect(edit.ok).toBe(true)
    const list = await tb.call<{ staffId: string; team: string; active: boolean }[]>('appraisal.roster.list', {}, manager)
    expect(list.data.map((m) => [m.staffId, m.team, m.active])).toEqual([['S1', '一店', true], ['S2', '一店', true]])
  })
})

describe('one record at a time', () => {
  it('creates, refuses a duplicate create, validates and updates', async () => {
    const c = await tb.call<RecordOut>('appraisal.record.save', { values, mode: 'create' }, manager)
    expect(c.data.receivedAt).toBe('2026-10-10T02:00:00.000Z')
    expect((await tb.call('appraisal.record.save', { values, mode: 'create' }, manager)).code).toBe('conflict')
    const bad = await tb.call('appraisal.record.save', { values: { ...values, satisfaction: '7', staff_id: 'S9' }, mode: 'update' }, manager)
    expect(bad.code).toBe('invalid-input')
    expect(bad.message).toBe('staff S9 is not on the roster; satisfaction 7 is not an integer 1–5')
    // Each reason names its field, so the form can mark it.
    expect((bad as { issues?: { path: string }[] }).issues?.map((i) => i.path)).toEqual(['staff_id', 'satisfaction'])
    const got = await tb.call<Record<string, string>>('appraisal.record.get', { ticketId: 'F1' }, manager)
    expect(got.data.received_at).toBe('2026-10-10 10:00:00')
    const u = await tb.call<RecordOut>('appraisal.record.save', { values: { ...got.data, status: '已解决', resolved_at: '2026-10-11 10:00', satisfaction: '5' }, mode: 'update' }, manager)
    expect(u.data.status).toBe('resolved')
    const p = await tb.call<PeriodOut>('appraisal.period', OCT, manager)
    expect(p.data.staff.find((r) => r.staffId === 'S1')).toMatchObject({ tickets: 1, resolutionRate: 1, satisfactionAvg: 5, avgCycleHours: 24 })
    const audit = await tb.call<{ action: string }[]>('audit.list', { action: 'record.' }, manager)
    expect(audit.ok).toBe(false) // the audit log is the admin's
  })
})

describe('who sees what', () => {
  it('a trainee sees only their own staff page and no period table', async () => {
    expect((await tb.call('appraisal.period', OCT, trainee)).code).toBe('forbidden')
    expect((await tb.call('appraisal.staff', { ...OCT, staffId: 'S2' }, trainee)).code).toBe('forbidden')
    const own = await tb.call<StaffDetailOut>('appraisal.staff', { ...OCT, staffId: 'S1' }, trainee)
    expect(own.ok).toBe(true)
    expect(own.data.row?.tickets).toBe(1)
    expect(own.data.history).toHaveLength(6)
    expect(own.data.byChannel).toEqual({ phone: 1 })
  })
  it('nobody else may read or commit a manager’s import job', async () => {
    const start = await tb.call<{ jobId: string }>('appraisal.import.start', { fileName: 'a.csv', base64: Buffer.from('x').toString('base64') }, manager)
    const other = await signInAs(tb, (await tb.call<{ session: string }>('auth.login', { username: 'admin', password: 'admin-pass-123' })).data.session, 'boss2', ['manager'])
    expect((await tb.call('appraisal.import.progress', { jobId: start.data.jobId }, other)).code).toBe('forbidden')
  })
})
