import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { parseCaseFile, validateCaseSet, type CaseParseResult, type Problem } from '@core/cases'
import { formatProblem } from '@core/cases'
import { parseScript, type Script } from '@core/roleplay'
import { lineOf } from '@core/roleplay/yaml-lines'
import { LineCounter, parseDocument } from 'yaml'

export const usage = 'validate PATH... [--json]   check case files and role-play scripts; exit 1 on any error'

interface Report {
  files: number
  errors: Problem[]
  warnings: Problem[]
}

async function collect(path: string, out: string[]): Promise<void> {
  const s = await stat(path)
  if (s.isFile()) {
    out.push(path)
    return
  }
  for (const entry of (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const child = join(path, entry.name)
    if (entry.isDirectory()) await collect(child, out)
    else if (/\.(md|ya?ml)$/i.test(entry.name) && entry.name.toLowerCase() !== 'readme.md') out.push(child)
  }
}

/** Checks case Markdown and scenario YAML files, then the cross-file rules (duplicate ids, missing originals). */
export async function validatePaths(paths: readonly string[], cwd = process.cwd()): Promise<Report> {
  const files: string[] = []
  for (const p of paths) await collect(p, files)
  const report: Report = { files: files.length, errors: [], warnings: [] }
  const cases: CaseParseResult[] = []
  const scripts: { file: string; text: string; script: Script }[] = []
  for (const file of files) {
    const name = relative(cwd, file).split('\\').join('/') || file
    const text = await readFile(file, 'utf8')
    if (/\.md$/i.test(file)) {
      const r = parseCaseFile(name, text)
      cases.push(r)
      report.errors.push(...r.errors)
      report.warnings.push(...r.warnings)
    } else {
      const r = parseScript(name, text)
      report.errors.push(...r.errors)
      report.warnings.push(...r.warnings)
      if (r.script) scripts.push({ file: name, text, script: r.script })
    }
  }
  const set = validateCaseSet(cases)
  report.errors.push(...set.errors)
  report.warnings.push(...set.warnings)
  // A scenario belongs to a case: checked when the run includes case files to check against.
  if (cases.length > 0) {
    const known = new Map(cases.flatMap((r) => (r.case ? [[`${r.case.locale}/${r.case.id}`, r.case] as const] : [])))
    for (const s of scripts) {
      const { id, locale } = s.script
      const doc = known.get(`${locale}/${id}`)
      if (!doc) report.errors.push({ file: s.file, line: 1, field: 'id', message: `no ${locale} case "${id}" for this scenario (cases/${locale}/${id}.md)` })
      else report.errors.push(...truthMismatches(s.file, s.text, s.script, doc))
    }
  }
  return report
}

/**
 * The ticket form is marked against `truth`, so it must repeat the case's facts: a script that says
 * `normal` for an urgent case would teach trainees the wrong priority.
 */
function truthMismatches(file: string, text: string, script: Script, doc: { id: string; category: string; priority: string; channel: string }): Problem[] {
  const lines = new LineCounter()
  const yaml = parseDocument(text, { lineCounter: lines })
  const checks: [path: string[], got: string, want: string, what: string][] = [
    [['truth', 'category'], script.truth.category, doc.category, 'category'],
    [['truth', 'priority'], script.truth.priority, doc.priority, 'priority'],
    [['truth', 'channel'], script.truth.channel, doc.channel, 'channel'],
    [['channel'], script.channel, doc.channel, 'channel']
  ]
  return checks
    .filter(([, got, want]) => got !== want)
    .map(([path, got, want, what]) => ({
      file,
      line: lineOf(yaml, lines, path),
      field: path.join('.'),
      message: `"${got}" differs from the case's ${what} "${want}" (cases/${script.locale}/${doc.id}.md)`
    }))
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { json: { type: 'boolean' } }, allowPositionals: true })
  if (positionals.length === 0) {
    console.error(`usage: complaint-coach ${usage}`)
    return 2
  }
  const report = await validatePaths(positionals)
  if (values.json) console.log(JSON.stringify(report, null, 2))
  else {
    for (const p of report.errors) console.log(`error   ${formatProblem(p)}`)
    for (const p of report.warnings) console.log(`warning ${formatProblem(p)}`)
    console.log(`${report.files} file(s): ${report.errors.length} error(s), ${report.warnings.length} warning(s)`)
  }
  return report.errors.length > 0 ? 1 : 0
}
