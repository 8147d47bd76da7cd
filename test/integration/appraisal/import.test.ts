import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PeriodOut, StaffDetailOut } from '../../../src/core/api/channels/appraisal'
import { ADMIN, setupAdmin, signInAs, testBackend, type TestBackend } from '../../helpers/backend'
import { commit, EN_HEADER, importFile } from './helpers'

let tb: TestBackend
let manager = ''
let admin = ''
const dir = mkdtempSync(join(tmpdir(), 'cc-appraisal-'))
const OCT = { from: '2026-10-01', to: '2026-10-31' }

const CSV = [
  EN_HEADER,
  'T1,S1,张伟,phone,delivery,urgent,2026-10-01 09:00,2026-10-01 11:00,2026-10-01 20:00,resolved,5,物流',
  'T2,S1,张伟,online-chat,pricing,normal,2026-10-31 23:59,,,unresolved,,',
  'T3,S2,李娜,email,other,asap,2026-10-02 09:00,,,unresolved,,',
  'T4,S2,李娜,email,other,low,2026-10-02 09:00,2026-10-02 10:00,2026-10-01 10:00,resolved,3,',
  'T5,S2,李娜,email,other,low,2026-10-02 09:00,2026-10-02 10:00,2026-10-02 12:00,resolved,7,',
  'T1,S2,李娜,email,other,low,2026-10-02 09:00,2026-10-02 10:00,2026-10-02 12:00,resolved,4,',
  'T6,S2,李娜,email,other,low,2026-10-0x 09:00,,,unresolved,,',
  'T7,,,email,other,low,2026-10-02 09:00,,,unresolved,,',
  'T8,S2,李娜,"app",after-sales,一般,2026-10-03T09:00:00+08:00,2026-10-04T09:00:00+08:00,2026-10-05T09:00:00+08:00,已解决,4,',
  'T9,S2,李娜,app,after-sales,normal,2026-11-01 00:00,,,unresolved,,'
].join('\n')

beforeAll(async () => {
  tb = await testBackend()
  admin = await setupAdmin(tb)
  manager = await signInAs(tb, admin, 'boss', ['manager'])
  writeFileSync(join(dir, 'records.csv'), CSV)
})
afterAll(() => tb.close())

describe('importing a CSV file', () => {
  it('previews every row with a verdict and the line of each bad row', async () => {
    const job = await importFile(tb, manager, join(dir, 'records.csv'))
    expect(job.state).toBe('ready')
    expect(job.rows).toBe(10)
    expect(job.good).toBe(4)
    expect(job.badRows).toEqual([
      { line: 4, ticketId: 'T3', reasons: ['unknown priority "asap" (expected urgent/normal/low)'] },
      { line: 5, ticketId: 'T4', reasons: ['resolved_at is before received_at'] },
      { line: 6, ticketId: 'T5', reasons: ['satisfaction 7 is not an integer 1–5'] },
      { line: 7, ticketId: 'T1', reasons: ['duplicate ticket_id T1 (first on line 2)'] },
      { line: 8, ticketId: 'T6', reasons: ['unparseable date in received_at: "2026-10-0x 09:00" (use 2026-10-01 09:30 or ISO 8601 with offset)'] },
      { line: 9, ticketId: 'T7', reasons: ['missing staff_id'] }
    ])
    // Nothing is written before the user commits.
    expect((await tb.call<PeriodOut>('appraisal.period', OCT, manager)).data.staff).toEqual([])
  })

  it('imports the good rows, computes the period and updates by ticket id on re-import', async () => {
    const job = await importFile(tb, manager, join(dir, 'records.csv'))
    const done = await commit(tb, manager, job.jobId)
    expect(done.state).toBe('done')
    expect(done.result).toEqual({ inserted: 4, updated: 0, staffAdded: 2 })
    const p = (await tb.call<PeriodOut>('appraisal.period', OCT, manager)).data
    const s1 = p.staff.find((r) => r.staffId === 'S1')!
    // T1 responded exactly at the 2 h urgent SLA (on time); T2 (23:59 on the 31st) never responded.
    expect(s1.tickets).toBe(2)
    expect(s1.timelinessRate).toBe(0.5)
    expect(s1.resolutionRate).toBe(0.5)
    expect(s1.satisfactionAvg).toBe(5)
    expect(p.staff.find((r) => r.staffId === 'S2')!.tickets).toBe(1) // T9 is in November
    const again = await commit(tb, manager, (await importFile(tb, manager, join(dir, 'records.csv'))).jobId)
    expect(again.result).toEqual({ inserted: 0, updated: 4, staffAdded: 0 })
    expect((await tb.call<PeriodOut>('appraisal.period', OCT, manager)).data.overall.tickets).toBe(3)
    // Month shards on disk, compact and durable across a restart.
    expect(readdirSync(join(tb.dataDir, 'records')).filter((f) => f.endsWith('.json')).sort()).toEqual(['2026-10.json']) // T9 (Nov 1st 00:00 local) is Oct 31st in UTC: same shard, other period
    await tb.restart()
    manager = (await tb.call<{ session: string }>('auth.login', { username: 'boss', password: 'password-123' })).data.session
    expect((await tb.call<PeriodOut>('appraisal.period', OCT, manager)).data.overall.tickets).toBe(3)
  })

  it('reads an XLSX workbook with Chinese headers and date cells', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('工单')
    ws.addRow(['工单号', '工号', '姓名', '渠道', '类别', '优先级', '受理时间', '首次响应时间', '解决时间', '状态', '满意度', '根因'])
    ws.addRow(['X1', 'S1', '张伟', '客服热线', '商品质量', '紧急', new Date(Date.UTC(2026, 9, 5, 9, 0)), new Date(Date.UTC(2026, 9, 5, 9, 30)), new Date(Date.UTC(2026, 9, 5, 15, 0)), '已解决', 4, '产品'])
    ws.addRow(['X2', 'S1', '张伟', '客服热线', '商品质量', '很急', '2026-10-05 09:00', '', '', '未解决', '', ''])
    await wb.xlsx.writeFile(join(dir, 'records.xlsx'))
    const job = await importFile(tb, manager, join(dir, 'records.xlsx'))
    expect(job.format).toBe('xlsx')
    expect(job.badRows).toEqual([{ line: 3, ticketId: 'X2', reasons: ['unknown priority "很急" (expected urgent/normal/low)'] }])
    expect(job.preview[0].record.receivedAt).toBe('2026-10-05T01:00:00.000Z') // 09:00 in Asia/Shanghai
    await commit(tb, manager, job.jobId)
    const [r] = (await tb.call<StaffDetailOut>('appraisal.staff', { ...OCT, staffId: 'S1' }, manager)).data.problems.filter((x) => x.ticketId === 'X1')
    expect(r).toBeUndefined() // on time and resolved: not a problem ticket
  })

  it('reports a file without the required columns, and refuses a non-zip .xlsx', async () => {
    writeFileSync(join(dir, 'bad.csv'), 'ticket_id,staff_id\nT1,S1\n')
    const job = await importFile(tb, manager, join(dir, 'bad.csv'))
    expect(job.state).toBe('failed')
    expect(job.fileErrors[0]).toMatch(/^line 1: missing columns: staff_name \(姓名\), channel/)
    writeFileSync(join(dir, 'fake.xlsx'), 'hello')
    expect((await importFile(tb, manager, join(dir, 'fake.xlsx'))).fileErrors[0]).toMatch(/not an XLSX workbook/)
  })

  it('writes audit entries for imports', async () => {
    admin = (await tb.call<{ session: string }>('auth.login', { username: ADMIN.username, password: ADMIN.password })).data.session
    const a = await tb.call<{ action: string; target: string }[]>('audit.list', { action: 'records.import' }, admin)
    expect(a.ok, JSON.stringify(a)).toBe(true)
    expect(a.data.length).toBeGreaterThanOrEqual(2)
  })

  it('exports the period table as CSV and XLSX', async () => {
    const csv = await tb.call<{ fileName: string; text: string }>('appraisal.export', { ...OCT, format: 'csv', locale: 'en' }, manager)
    expect(csv.data.fileName).toBe('appraisal-2026-10-01_2026-10-31.csv')
    expect(csv.data.text.split('\r\n')[0]).toBe('\uFEFFstaff_id,staff_name,team,tickets,timeliness_rate,resolution_rate,satisfaction_avg,csat,avg_response_hours,avg_cycle_hours,training_score,composite,grade,rank')
    const xlsx = await tb.call<{ base64: string }>('appraisal.export', { ...OCT, format: 'xlsx', locale: 'zh-CN' }, manager)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(new Uint8Array(Buffer.from(xlsx.data.base64, 'base64')).buffer)
    expect(wb.worksheets[0].getRow(1).getCell(1).value).toBe('工号')
    expect(readFileSync(join(dir, 'records.csv'), 'utf8')).toContain('T1')
  })
})
