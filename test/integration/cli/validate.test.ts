import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { validatePaths } from '../../../src/backend/cli/commands/validate'

const ROOT = resolve(import.meta.dirname, '../../..')
const cli = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin/complaint-coach.mjs'), 'validate', ...args], { cwd: ROOT, encoding: 'utf8' })

describe('complaint-coach validate', () => {
  it('passes the shipped library, cases and scenarios alike', () => {
    const r = cli('cases/')
    expect(r.stdout).toMatch(/0 error\(s\)/)
    expect(r.status, r.stdout).toBe(0)
  })

  it('rejects each broken case with the file, line and field', async () => {
    const dir = join(ROOT, 'test/fixtures/cases-broken')
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, { line: number; field: string }[]>
    const report = await validatePaths([dir], ROOT)
    for (const [name, problems] of Object.entries(expected)) {
      const got = report.errors.filter((e) => e.file === `test/fixtures/cases-broken/${name}`).map((e) => ({ line: e.line, field: e.field }))
      expect(got, name).toEqual(problems)
    }
    expect(report.files).toBe(Object.keys(expected).length)
  })

  it('rejects every broken scenario script with at least one located error', async () => {
    const dir = join(ROOT, 'test/fixtures/scripts-broken')
    const report = await validatePaths([dir], ROOT)
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
      const errs = report.errors.filter((e) => e.file.endsWith(`/${name}`))
      expect(errs.length, name).toBeGreaterThan(0)
      expect(errs.every((e) => e.line >= 1)).toBe(true)
    }
  })

  it('prints a JSON report and exits non-zero on any error', () => {
    const r = cli('test/fixtures/cases-broken/bad-enum-category.md', '--json')
    expect(r.status).toBe(1)
    const report = JSON.parse(r.stdout) as { files: number; errors: { file: string; line: number; field: string; message: string }[]; warnings: unknown[] }
    expect(report.files).toBe(1)
    expect(report.errors[0]).toMatchObject({ file: 'test/fixtures/cases-broken/bad-enum-category.md', line: 5, field: 'category' })
    expect(report.errors[0].message).toMatch(/is not one of product-quality, /)
  })

  it('reports a scenario whose case does not exist when cases are checked with it', async () => {
    const report = await validatePaths([join(ROOT, 'cases/zh-CN/safety-expired-milk.md'), join(ROOT, 'test/unit/roleplay/scripts/safety-expired-milk.yaml')], ROOT)
    expect(report.errors).toEqual([])
    const orphan = await validatePaths([join(ROOT, 'cases/zh-CN/other-parking-fee.md'), join(ROOT, 'test/unit/roleplay/scripts/safety-expired-milk.yaml')], ROOT)
    expect(orphan.errors.map((e) => e.message)).toEqual([expect.stringMatching(/no zh-CN case "safety-expired-milk"/)])
  })

  it('reports a scenario whose ticket truth contradicts its case, at the truth line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-validate-'))
    try {
      const original = readFileSync(join(ROOT, 'test/unit/roleplay/scripts/safety-expired-milk.yaml'), 'utf8')
      const edited = original.replace('  priority: urgent\n', '  priority: normal\n').replace('  channel: in-store\n  remedies', '  channel: phone\n  remedies')
      expect(edited).not.toBe(original)
      const file = join(dir, 'safety-expired-milk.yaml')
      writeFileSync(file, edited)
      const line = (needle: string) => edited.split('\n').findIndex((l) => l === needle) + 1
      const report = await validatePaths([join(ROOT, 'cases/zh-CN/safety-expired-milk.md'), file], ROOT)
      expect(report.errors.map((e) => ({ line: e.line, field: e.field }))).toEqual([
        { line: line('  priority: normal'), field: 'truth.priority' },
        { line: line('  channel: phone'), field: 'truth.channel' }
      ])
      expect(report.errors[0].message).toMatch(/"normal" differs from the case's priority "urgent"/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('explains its usage when no path is given', () => {
    expect(() => execFileSync(process.execPath, [join(ROOT, 'bin/complaint-coach.mjs'), 'validate'], { stdio: 'pipe' })).toThrow()
  })
})
