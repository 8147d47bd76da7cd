import { describe, expect, it } from 'vitest'
import { localizeReason } from '../../../src/core/appraisal/reasons'
import { mapHeader, RECORD_FIELDS, RowChecker, validateRecord, type RecordField } from '../../../src/core/appraisal/rows'
import { parseRecordFile } from '../../../src/backend/services/appraisal/parse'

const GOOD: Record<RecordField, string> = {
  ticket_id: 'T1', staff_id: 'S1', staff_name: '张伟', channel: 'phone', category: 'delivery', priority: 'normal',
  received_at: '2026-10-10 10:00', first_response_at: '2026-10-10 11:00', resolved_at: '2026-10-10 12:00', status: 'resolved', satisfaction: '5', root_cause: ''
}
const ctx = { zone: 'Asia/Shanghai', roster: new Set(['S1']) }
const HAN = /[\u4e00-\u9fff]/

/** Every reason the validator gives for a spread of bad rows (each field missing, too long, unknown, out of order…). */
function reasonsOfBadRows(): string[] {
  const rows: Partial<Record<RecordField, string>>[] = [
    ...RECORD_FIELDS.map((f) => ({ ...GOOD, [f]: '' })),
    { ...GOOD, ticket_id: 'x'.repeat(65), staff_name: '名'.repeat(101) },
    { ...GOOD, staff_id: 'S9' },
    { ...GOOD, channel: 'fax', category: '??', priority: 'asap', status: 'maybe', root_cause: 'aliens' },
    { ...GOOD, received_at: 'yesterday', first_response_at: '32/13/2026' },
    { ...GOOD, first_response_at: '2026-10-09 10:00', resolved_at: '2026-10-09 11:00' },
    { ...GOOD, resolved_at: '' },
    { ...GOOD, satisfaction: '7' },
    { ...GOOD, satisfaction: '4.5' }
  ]
  const out = rows.flatMap((r) => {
    const v = validateRecord(r, ctx)
    return v.ok ? [] : v.reasons
  })
  const header = mapHeader([...RECORD_FIELDS])
  const checker = new RowChecker(header, ctx)
  checker.check(RECORD_FIELDS.map((f) => GOOD[f]), 2)
  checker.check(RECORD_FIELDS.map((f) => GOOD[f]), 3)
  out.push(...checker.bad.flatMap((b) => b.reasons), ...mapHeader(['ticket_id', 'ticket_id', 'staff_id']).errors)
  return out
}

describe('localizeReason', () => {
  it('says every reason a bad row can get in Chinese, keeping the values that were refused', () => {
    const reasons = reasonsOfBadRows()
    expect(reasons.length).toBeGreaterThan(20)
    for (const r of reasons) {
      const zh = localizeReason(r, 'zh-CN')
      expect(zh, r).not.toBe(r)
      expect(zh, r).toMatch(HAN)
    }
    expect(localizeReason('satisfaction 7 is not an integer 1–5', 'zh-CN')).toBe('满意度 7 不是 1–5 的整数')
    expect(localizeReason('duplicate ticket_id TKB0001 (first on line 2)', 'zh-CN')).toBe('工单号 TKB0001 重复（首次出现在第 2 行）')
    expect(localizeReason('unknown priority "asap" (expected urgent/normal/low)', 'zh-CN')).toBe('无法识别的优先级（priority）“asap”（应为 urgent/normal/low）')
    expect(localizeReason('staff CS099 is not on the roster', 'zh-CN')).toBe('工号 CS099 不在员工名册中')
  })
  it('says the file-level errors in Chinese too', async () => {
    const enc = new TextEncoder()
    const errors = [
      ...(await parseRecordFile(enc.encode(''), 'empty.csv', ctx)).fileErrors,
      ...(await parseRecordFile(enc.encode('ticket_id,staff_id\nT1,S1\n'), 'short.csv', ctx)).fileErrors,
      ...(await parseRecordFile(enc.encode('not a workbook'), 'fake.xlsx', ctx)).fileErrors
    ]
    expect(errors.length).toBeGreaterThanOrEqual(3)
    for (const e of errors) expect(localizeReason(e, 'zh-CN'), e).toMatch(HAN)
    expect(localizeReason('line 1: column ticket_id appears twice (columns 1 and 2)', 'zh-CN')).toBe('第 1 行：工单号（ticket_id）列出现了两次（第 1 列和第 2 列）')
  })
  it('leaves English as it is, and an unknown sentence unchanged', () => {
    expect(localizeReason('satisfaction 7 is not an integer 1–5', 'en')).toBe('satisfaction 7 is not an integer 1–5')
    expect(localizeReason('something new', 'zh-CN')).toBe('something new')
  })
})
