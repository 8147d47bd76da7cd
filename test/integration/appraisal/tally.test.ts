import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDataDir, type DataDir } from '../../../src/backend/storage'
import { RecordRepo } from '../../../src/backend/services/appraisal/records'
import { AppraisalBuilder, type Appraisal } from '../../../src/core/appraisal'
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings'
import { generateRecords } from '../../../bench/data/records'

// The period table runs the column loop (`repo.tally`); it must give exactly what one fact object per
// ticket through `AppraisalBuilder.add` gives (`repo.facts`), for any range and for one staff member.

const SETTINGS = { sla: DEFAULT_SETTINGS.sla, appraisal: DEFAULT_SETTINGS.appraisal }
let dir: string
let data: DataDir
let repo: RecordRepo

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cc-tally-'))
  data = await openDataDir(dir, { appName: 'complaint-coach' })
  repo = new RecordRepo(data)
  await repo.upsert([...generateRecords(11, 4000, 4, 30)])
})
afterAll(async () => {
  await data.release()
  rmSync(dir, { recursive: true, force: true })
})

async function both(start: number, end: number, only?: string): Promise<[Appraisal, Appraisal, AppraisalBuilder]> {
  const slow = new AppraisalBuilder(SETTINGS)
  await repo.facts(start, end, (f, name) => {
    if (only === undefined || f.staffId === only) slow.add(f, name)
  })
  const fast = new AppraisalBuilder(SETTINGS)
  await repo.tally(start, end, fast, only)
  const input = { roster: [], training: new Map<string, number[]>() }
  return [slow.finish(input), fast.finish(input), fast]
}

describe('the column loop of the period table', () => {
  it('gives every figure of the per-fact path, over all months and over a cut through two', async () => {
    for (const [start, end] of [
      [0, Date.parse('2100-01-01T00:00:00Z')],
      [Date.parse('2026-09-10T16:00:00Z'), Date.parse('2026-10-20T16:00:00Z')]
    ]) {
      const [slow, fast, b] = await both(start, end)
      expect(fast).toEqual(slow)
      expect(fast.staff.length).toBeGreaterThan(10)
      expect([...b.names.keys()].length).toBe(fast.staff.length)
    }
  })

  it('keeps only the staff member asked for', async () => {
    const [all] = await both(0, Date.parse('2100-01-01T00:00:00Z'))
    const id = all.staff[3].staffId
    const [slow, fast] = await both(0, Date.parse('2100-01-01T00:00:00Z'), id)
    expect(fast).toEqual(slow)
    expect(fast.staff.map((r) => r.staffId)).toEqual([id])
  })
})
