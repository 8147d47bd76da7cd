#!/usr/bin/env node
// Runs Electronegativity (an Electron security scanner) over src/, reads its SARIF report and fails on
// any finding that is not justified in security/electronegativity-allowlist.json.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const out = mkdtempSync(join(tmpdir(), 'eneg-'))
const report = join(out, 'report.sarif')
const run = spawnSync(
  'npx',
  ['--yes', '@doyensec/electronegativity@1.10.3', '-i', join(root, 'src'), '-e', '45.4.1', '-o', report],
  { cwd: out, encoding: 'utf8', timeout: 300_000 }
)
let sarif
try {
  sarif = JSON.parse(readFileSync(report, 'utf8'))
} catch {
  console.error('electronegativity: no report was produced')
  console.error(run.stdout, run.stderr)
  process.exit(1)
} finally {
  rmSync(out, { recursive: true, force: true })
}

const allow = JSON.parse(readFileSync(join(root, 'security', 'electronegativity-allowlist.json'), 'utf8')).accepted
const findings = sarif.runs.flatMap((r) =>
  r.results.map((res) => {
    const loc = res.locations?.[0]?.physicalLocation
    const uri = loc?.artifactLocation?.uri ?? ''
    return {
      rule: res.ruleId,
      file: relative(root, uri.replace(/^file:\/\//, '')).split('\\').join('/'),
      line: loc?.region?.startLine ?? 0,
      message: res.message?.text ?? ''
    }
  })
)
const unjustified = findings.filter((f) => !allow.some((a) => a.rule === f.rule && a.file === f.file))
console.log(`electronegativity: ${findings.length} findings, ${findings.length - unjustified.length} justified in the allow-list`)
for (const f of unjustified) console.error(`  ${f.file}:${f.line} ${f.rule}: ${f.message}`)
process.exit(unjustified.length > 0 ? 1 : 0)
