import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDataDir } from '../../../src/backend/storage'
import { RecordRepo } from '../../../src/backend/services/appraisal/records'
import { AppraisalBuilder } from '../../../src/core/appraisal'
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings'
import { plainFacts, plainPass } from '../../../bench/appraisal/period'
import { generateRecords } from '../../../bench/data/records'
import type { BenchContext } from '../../../bench/lib/report'
import { runSearchBench } from '../../../bench/search/run'
import { runStorageBench } from '../../../bench/storage/run'

// The bench's quick mode at a smaller scale: it must run and both sides must agree. No timing checks:
// the machines are shared and noisy (hence the generous timeouts: a busy machine runs this 10× slower).
const ctx: BenchContext = { quick: true, rounds: 1, seed: 7, log: () => {} }

describe('npm run bench, quick', () => {
  it('search: every side runs, and ours and the substring scan both find each planted target', () => {
    const out = runSearchBench(ctx, { count: 400, fuseQueries: 2 })
    const [ours, scan, mini, fuse] = out.sides
    expect(out.sides.map((s) => s.side)).toEqual(['ours', 'substring scan', 'MiniSearch + Intl.Segmenter', 'Fuse.js'])
    for (const s of out.sides) expect(Number.isFinite(s.p95)).toBe(true)
    expect(fuse.measured).toBe(2)
    out.queries.forEach((q, k) => {
      expect(ours.hits[k], `ours: ${q.query}`).toContain(q.target)
      // Typos are beyond a substring scan; the fuzzy alternative must find those instead.
      if (q.kind === 'typo') expect(mini.hits[k], `MiniSearch: ${q.query}`).toContain(q.target)
      else expect(out.substringAll[k], `substring scan: ${q.query}`).toContain(q.target)
    })
    expect(scan.top10).toBeLessThanOrEqual(ours.top10)
    expect(out.rows.length).toBeGreaterThan(5)
  }, 300_000)

  it('storage: our split store and the single lowdb file hold the same new records', async () => {
    const out = await runStorageBench(ctx, { records: 4000, months: 2, sessions: 200, users: 4, lowdbShare: 1 })
    // Each side wrote a warm-up and the measured records W00000000, W00000001, …; lowdb fewer of them.
    expect(out.written.lowdb.length).toBeGreaterThan(1)
    expect(out.written.ours.slice(0, out.written.lowdb.length)).toEqual(out.written.lowdb)
    expect(out.written.ours).toEqual(out.written.ours.map((_, n) => `W${String(n).padStart(8, '0')}`))
    expect(out.rows.every((r) => r.ours !== null && r.theirs !== null)).toBe(true)
  }, 300_000)

  it('appraisal: the period table from our month shards counts what a plain pass over the records counts', async () => {
    const records = [...generateRecords(7, 3000, 3, 20)]
    const dir = mkdtempSync(join(tmpdir(), 'cc-bench-smoke-'))
    try {
      const data = await openDataDir(dir, { appName: 'complaint-coach' })
      const repo = new RecordRepo(data)
      await repo.upsert(records)
      const b = new AppraisalBuilder({ sla: DEFAULT_SETTINGS.sla, appraisal: DEFAULT_SETTINGS.appraisal })
      await repo.tally(0, Date.parse('2100-01-01T00:00:00Z'), b)
      await data.release()
      const ours = new Map([...b.perStaff].map(([id, a]) => [id, { tickets: a.tickets, onTime: a.onTime }]))
      expect(ours).toEqual(plainPass(plainFacts(records), 0, Date.parse('2100-01-01T00:00:00Z')))
      expect([...ours.values()].reduce((n, c) => n + c.tickets, 0)).toBe(3000)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 300_000)
})
