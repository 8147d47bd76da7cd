import ExcelJS from 'exceljs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseRecordFile, type ParsedFile } from '../../../src/backend/services/appraisal/parse'
import { EN_HEADER } from './helpers'

// Whatever the bytes, the record-file parser returns a verdict (file errors or per-row reasons); it never
// throws, and every bad row names a line and at least one reason.

const ctx = { zone: 'Asia/Shanghai' }
const GOOD_ROW = 'T1,S1,张伟,phone,delivery,urgent,2026-10-01 09:00,2026-10-01 09:30,2026-10-01 12:00,resolved,4,product'
const VALID = `${EN_HEADER}\n${GOOD_ROW}\nT2,S2,李娜,email,other,low,2026-10-02 09:00,,,unresolved,,\n`

function wellFormed(p: ParsedFile): void {
  if (p.fileErrors.length > 0) {
    expect(p.good).toEqual([])
    for (const e of p.fileErrors) expect(e.length).toBeGreaterThan(0)
    return
  }
  for (const b of p.bad) {
    expect(Number.isInteger(b.line) && b.line >= 1).toBe(true)
    expect(b.reasons.length).toBeGreaterThan(0)
  }
}

const mutate = (text: string) =>
  fc.oneof(
    fc.tuple(fc.nat(text.length), fc.string({ maxLength: 8 })).map(([i, s]) => text.slice(0, i) + s + text.slice(i)),
    fc.nat(text.length).map((i) => text.slice(0, i)),
    fc.tuple(fc.nat(text.length), fc.nat(20)).map(([i, n]) => text.slice(0, i) + text.slice(i + n)),
    fc.tuple(fc.nat(text.length), fc.constantFrom('"', ',', '\n', '\r', '\uFEFF', '\0', '﻿"')).map(([i, c]) => text.slice(0, i) + c + text.slice(i))
  )

describe('record-file parser fuzz', () => {
  it('random bytes never throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('a.csv', 'a.xlsx', 'a.txt'), async (bytes, name) => wellFormed(await parseRecordFile(bytes, name, ctx))),
      { numRuns: 300 }
    )
  })
  it('mutated CSV never throws', async () => {
    await fc.assert(fc.asyncProperty(mutate(VALID), async (text) => wellFormed(await parseRecordFile(new TextEncoder().encode(text), 'a.csv', ctx))), { numRuns: 400 })
  })
  it('random cells under a valid header never throw', async () => {
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', 'urgent', '紧急', '2026-10-01 09:00', '7', '已解决', 'phone'))
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 6 }), async (rows) => {
        const text = [EN_HEADER, ...rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(','))].join('\n')
        wellFormed(await parseRecordFile(new TextEncoder().encode(text), 'a.csv', ctx))
      }),
      { numRuns: 300 }
    )
  })
  it('mutated XLSX bytes never throw', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('s')
    for (const line of VALID.trim().split('\n')) ws.addRow(line.split(','))
    const valid = new Uint8Array(await wb.xlsx.writeBuffer())
    expect((await parseRecordFile(valid, 'a.xlsx', ctx)).good).toHaveLength(2)
    await fc.assert(
      fc.asyncProperty(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 }), fc.boolean(), async (i, byte, truncate) => {
        const bytes = truncate ? valid.slice(0, i) : valid.map((b, k) => (k === i ? byte : b))
        wellFormed(await parseRecordFile(bytes, 'a.xlsx', ctx))
      }),
      { numRuns: 150 }
    )
  })
})
