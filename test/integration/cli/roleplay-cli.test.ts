import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applyTurn, startSession, parseScript, transcriptOf, EXPORT_FORMAT, type SessionExport, type TurnReply } from '@core/roleplay'
import { defaultSettings } from '@core/settings/settings'
import { parseRubric } from '@core/standards/standards'

const ROOT = resolve(import.meta.dirname, '../../..')
const SCRIPT = join(ROOT, 'test/unit/roleplay/scripts/safety-expired-milk.yaml')
const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, [join(ROOT, 'bin/complaint-coach.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', input })

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cc-cli-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('complaint-coach analyze-reply', () => {
  it('prints credits, violations, the promised time and the evidence of one reply', () => {
    const r = cli(['analyze-reply', '--locale', 'zh-CN', '非常抱歉给您添麻烦了，我们两小时内给您回电，先给您退款。'])
    expect(r.status, r.stderr).toBe(0)
    const out = JSON.parse(r.stdout) as { credits: string[]; violations: string[]; promisedHours?: number; evidence: { standard: string; cue: string }[] }
    expect(out.credits).toEqual(expect.arrayContaining(['apologize', 'commit-time', 'resolve']))
    expect(out.violations).toEqual([])
    expect(out.promisedHours).toBe(2)
    expect(out.evidence.find((e) => e.standard === 'apologize')?.cue).toBe('抱歉')
  })

  it('reads one reply per stdin line and prints one JSON line each; negation matters', () => {
    const r = cli(['analyze-reply', '--locale', 'en'], "Sorry, it is our fault.\nThis is not our fault, you should have read the label.\n\n")
    expect(r.status, r.stderr).toBe(0)
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { text: string; credits: string[]; violations: string[] })
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatchObject({ text: 'Sorry, it is our fault.', violations: [] })
    expect(lines[0].credits).toContain('apologize')
    expect(lines[1].violations).toContain('no-blame')
  })

  it('refuses an unknown locale', () => {
    const r = cli(['analyze-reply', '--locale', 'fr', 'bonjour'])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/zh-CN, en/)
  })
})

/** An export as `roleplay.session.export` writes it, from a real engine run. */
function exportOf(replies: TurnReply[]): SessionExport {
  const script = parseScript('safety-expired-milk.yaml', readFileSync(SCRIPT, 'utf8')).script!
  const settings = defaultSettings()
  const rubric = parseRubric(readFileSync(join(ROOT, 'resources/standards/standards.yaml'), 'utf8'))
  let state = startSession(script, { mode: 'assessment', settings })
  for (const reply of replies) state = applyTurn(state, script, reply, { elapsedMs: 5000, settings, rubric })
  return {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: new Date().toISOString(),
    session: { id: 'x_1', userName: 'alice', staffId: 'S001', scriptId: script.id, locale: 'zh-CN', scriptHash: 'h', status: 'finished', startedAt: '2026-12-01T00:00:00Z', finishedAt: '2026-12-01T00:05:00Z' },
    transcript: transcriptOf(state),
    recorded: { overall: 91, passed: true, passMark: 80, standards: [], autoFail: [] }
  }
}

const GOOD: TurnReply[] = [
  { type: 'choice', option: 0 },
  { type: 'text', text: '请您留一下联系电话和购物小票，我马上请店长过来，先给您办理退款，两小时内给您回电确认孩子情况。' },
  { type: 'ticket', form: { category: 'safety', priority: 'urgent', channel: 'in-store', contactCaptured: true, promisedHours: 2, remedy: 'refund', escalate: true } }
]

describe('complaint-coach score', () => {
  it('re-scores an exported session with the shipped standards', () => {
    const file = join(dir, 'good.json')
    writeFileSync(file, JSON.stringify(exportOf(GOOD)))
    const r = cli(['score', '--scenario', SCRIPT, '--transcript', file])
    expect(r.status, r.stderr).toBe(0)
    const out = JSON.parse(r.stdout) as { complete: boolean; overall: number; passed: boolean; ending: { outcome: string }; standards: { id: string; score: number | null }[]; recorded: { overall: number } }
    expect(out).toMatchObject({ complete: true, passed: true, ending: { outcome: 'good' }, recorded: { overall: 91 } })
    expect(out.standards.find((s) => s.id === 'privacy')?.score).toBeNull()
  })

  it('uses the standards and settings in force: a data folder\'s settings and a rubric file', () => {
    const rubric = readFileSync(join(ROOT, 'resources/standards/standards.yaml'), 'utf8').replace(/passMark:\s*\d+/, 'passMark: 100')
    const rubricFile = join(dir, 'strict.yaml')
    writeFileSync(rubricFile, rubric)
    const file = join(dir, 'good2.json')
    writeFileSync(file, JSON.stringify(exportOf(GOOD)))
    // Settings in a data folder, read without locking it: the pass mark comes from the settings.
    const data = join(dir, 'data')
    rmSync(data, { recursive: true, force: true })
    mkdirSync(data, { recursive: true })
    const settings = { ...defaultSettings(), roleplay: { ...defaultSettings().roleplay, passMark: 100 } }
    writeFileSync(join(data, 'settings.json'), JSON.stringify({ schemaVersion: 1, data: settings }))
    const r = cli(['score', '--scenario', SCRIPT, '--transcript', file, '--data', data, '--standards', rubricFile])
    const out = JSON.parse(r.stdout) as { passMark: number; passed: boolean; overall: number; changed: boolean }
    expect(out.passMark).toBe(100)
    expect(out.passed).toBe(out.overall === 100)
  })

  it('reports a transcript that no longer fits the script, and a broken export with the field', () => {
    const ex = exportOf(GOOD)
    ex.transcript.turns[1] = { ...ex.transcript.turns[1], nodeId: 'gone' }
    const file = join(dir, 'drift.json')
    writeFileSync(file, JSON.stringify(ex))
    const r = cli(['score', '--scenario', SCRIPT, '--transcript', file])
    expect(r.status).toBe(1)
    expect((JSON.parse(r.stdout) as { complete: boolean; problem: string }).problem).toMatch(/turn 2: recorded at node "gone"/)
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, JSON.stringify({ ...exportOf(GOOD), format: 'other' }))
    const b = cli(['score', '--scenario', SCRIPT, '--transcript', bad])
    expect(b.status).toBe(1)
    expect(b.stderr).toMatch(/format/)
  })
})
