import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBackend } from '../../../src/backend/backend'
import { appraiseFile } from '../../../src/backend/cli/commands/appraise'
import { tableRow } from '../../../src/backend/services/appraisal/table'
import { quietLog, ROOT, setupAdmin, signInAs, testBackend, type TestBackend } from '../../helpers/backend'
import { commit, importFile } from './helpers'

const SAMPLE = join(ROOT, 'resources', 'sample', 'records-2026-10.csv')
const OCT = { from: '2026-10-01', to: '2026-10-31' }
let tb: TestBackend
let manager = ''

beforeAll(async () => {
  tb = await testBackend()
  manager = await signInAs(tb, await setupAdmin(tb), 'boss', ['manager'])
})
afterAll(() => tb.close())

describe('the CLI and the app agree', () => {
  it('gives the same per-staff table for the sample month', async () => {
    const job = await importFile(tb, manager, SAMPLE)
    expect(job.bad).toBe(0)
    await commit(tb, manager, job.jobId)
    const app = (await tb.backend.services.appraisal.periodTable(OCT)).map(tableRow)
    const cli = (await appraiseFile({ records: SAMPLE, ...OCT, tz: 'Asia/Shanghai' })).table.map(tableRow)
    expect(app.length).toBe(12)
    expect(cli).toEqual(app)
  })
  it('reads training scores from a sessions folder (assessment sessions in the period only)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-sessions-'))
    mkdirSync(join(dir, 'sessions'))
    const s = (staffId: string, overall: number, mode: string, finishedAt: string) => ({ staffId, overall, mode, finishedAt })
    writeFileSync(join(dir, 'sessions', 'u1.json'), JSON.stringify({ schemaVersion: 1, data: { sessions: [s('CS004', 90, 'assessment', '2026-10-05T02:00:00Z'), s('CS004', 70, 'assessment', '2026-10-06T02:00:00Z'), s('CS004', 0, 'practice', '2026-10-06T02:00:00Z'), s('CS004', 0, 'assessment', '2026-11-06T02:00:00Z')] } }))
    const { table } = await appraiseFile({ records: SAMPLE, ...OCT, tz: 'Asia/Shanghai', sessions: dir })
    expect(table.find((r) => r.staffId === 'CS004')?.trainingScore).toBe(80)
    rmSync(dir, { recursive: true, force: true })
  })
})

describe('sample data', () => {
  it('loads on first start when asked (the app), never in tests by default', async () => {
    expect(await tb.backend.services.appraisal.roster()).not.toHaveLength(0) // staff added by the import above
    const dataDir = mkdtempSync(join(tmpdir(), 'cc-sample-'))
    const backend = await createBackend({ dataDir, resourcesDir: join(ROOT, 'resources'), casesDir: join(ROOT, 'cases'), mode: 'browser', log: quietLog, sampleData: true })
    try {
      expect((await backend.services.appraisal.roster()).map((m) => m.team)).toContain('徐家汇店')
      expect(await backend.services.appraisal.latestMonth()).toBe('2026-10')
      const period = await backend.services.appraisal.period(OCT)
      expect(period.staff).toHaveLength(12)
      expect(period.staff.every((r) => r.trend !== null)).toBe(true)
    } finally {
      await backend.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
    const fresh = await testBackend()
    expect(await fresh.backend.services.appraisal.latestMonth()).toBeNull()
    await fresh.close()
  })
})
