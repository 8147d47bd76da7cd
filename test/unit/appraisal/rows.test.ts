import { describe, expect, it } from 'vitest'
import { mapHeader, RowChecker, validateRecord, type RecordField, type RowContext } from '../../../src/core/appraisal/rows'

const EN = ['ticket_id', 'staff_id', 'staff_name', 'channel', 'category', 'priority', 'received_at', 'first_response_at', 'resolved_at', 'status', 'satisfaction']
const ZH = ['工单号', '工号', '姓名', '渠道', '类别', '优先级', '受理时间', '首次响应时间', '解决时间', '状态', '满意度', '根因']
const good: Partial<Record<RecordField, string>> = {
  ticket_id: 'T1', staff_id: 'S1', staff_name: '张伟', channel: 'phone', category: 'delivery', priority: 'urgent',
  received_at: '2026-10-01 09:00', first_response_at: '2026-10-01 09:30', resolved_at: '2026-10-01 12:00', status: 'resolved', satisfaction: '4'
}
const ctx: RowContext = { zone: 'Asia/Shanghai' }
const reasons = (o: Partial<Record<RecordField, string>>, c = ctx) => {
  const v = validateRecord({ ...good, ...o }, c)
  return v.ok ? [] : v.reasons
}

describe('headers', () => {
  it('maps English and Chinese headers, root_cause optional, BOM and case ignored', () => {
    expect(mapHeader(['\uFEFFTicket_ID', ...EN.slice(1)]).errors).toEqual([])
    const zh = mapHeader(ZH)
    expect(zh.errors).toEqual([])
    expect(zh.index.root_cause).toBe(11)
  })
  it('names missing and repeated columns', () => {
    expect(mapHeader(EN.slice(0, 9)).errors[0]).toBe('missing columns: status (状态), satisfaction (满意度)')
    expect(mapHeader([...EN, '工单号']).errors[0]).toMatch(/ticket_id appears twice/)
  })
})

describe('a row', () => {
  it('accepts a good row and stores UTC instants', () => {
    const v = validateRecord(good, ctx)
    expect(v.ok && v.record.receivedAt).toBe('2026-10-01T01:00:00.000Z')
  })
  it('accepts Chinese enum values and root causes', () => {
    const v = validateRecord({ ...good, priority: '紧急', status: '未解决', channel: '在线客服', category: '物流配送', root_cause: '物流', resolved_at: '' }, ctx)
    expect(v.ok && [v.record.priority, v.record.status, v.record.channel, v.record.category, v.record.rootCause]).toEqual(['urgent', 'unresolved', 'online-chat', 'delivery', 'logistics'])
    expect(reasons({ priority: '一般' })).toEqual([])
    expect(reasons({ priority: '咨询', status: '已解决' })).toEqual([])
  })
  it.each([
    [{ priority: 'asap' }, 'unknown priority "asap" (expected urgent/normal/low)'],
    [{ resolved_at: '2026-10-01 08:00' }, 'resolved_at is before received_at'],
    [{ first_response_at: '2026-10-01 08:59' }, 'first_response_at is before received_at'],
    [{ satisfaction: '7' }, 'satisfaction 7 is not an integer 1–5'],
    [{ satisfaction: '4.5' }, 'satisfaction 4.5 is not an integer 1–5'],
    [{ received_at: '2026-10-32 09:00' }, 'unparseable date in received_at: "2026-10-32 09:00" (use 2026-10-01 09:30 or ISO 8601 with offset)'],
    [{ staff_id: '' }, 'missing staff_id'],
    [{ received_at: '' }, 'missing received_at'],
    [{ status: 'resolved', resolved_at: '' }, 'status is resolved but resolved_at is empty'],
    [{ root_cause: 'aliens' }, 'unknown root_cause "aliens" (expected product/process/system/logistics/staff/other or 产品/流程/系统/物流/人员/其他)']
  ])('refuses %j', (o, reason) => expect(reasons(o)).toContain(reason))
  it('refuses staff who are not on a non-empty roster', () => {
    expect(reasons({ staff_id: 'S9' }, { ...ctx, roster: new Set(['S1']) })).toEqual(['staff S9 is not on the roster'])
    expect(reasons({ staff_id: 'S9' }, { ...ctx, roster: new Set() })).toEqual([])
  })
})

describe('rows of a file', () => {
  it('refuses a repeated ticket id and names the first line; skips blank rows', () => {
    const header = mapHeader(EN)
    const c = new RowChecker(header, ctx)
    const cells = EN.map((f) => good[f as RecordField] ?? '')
    c.check(cells, 2)
    c.check(EN.map(() => ''), 3)
    c.check(cells, 4)
    expect(c.good.map((g) => g.line)).toEqual([2])
    expect(c.bad).toEqual([{ line: 4, ticketId: 'T1', reasons: ['duplicate ticket_id T1 (first on line 2)'] }])
  })
})
