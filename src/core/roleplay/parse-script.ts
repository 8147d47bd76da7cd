import { LineCounter, parseDocument } from 'yaml'
import type { z } from 'zod'
import type { Problem } from './problem'
import { checkGraph } from './script-graph'
import { scriptSchema, type Condition, type Route, type Script } from './script-schema'
import { lineOf, type PathKey } from './yaml-lines'

export interface ParsedScript {
  script?: Script
  errors: Problem[]
  warnings: Problem[]
}

/** Parses and validates one role-play script (docs/scenario-format.md); `script` is set only when there are no errors. */
export function parseScript(fileName: string, text: string): ParsedScript {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true })
  const at = (path: readonly PathKey[]): number => lineOf(doc, lines, path)
  const problem = (path: readonly PathKey[], message: string, field = path.join('.')): Problem => ({
    file: fileName,
    line: at(path),
    field,
    message
  })
  if (doc.errors.length > 0) {
    const errors = doc.errors.map((e) => ({
      file: fileName,
      line: e.linePos?.[0].line ?? 1,
      field: '',
      message: `not valid YAML: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`
    }))
    // One broken line often yields several parser complaints; the first says it best.
    return { errors: errors.filter((e, i) => errors.findIndex((o) => o.line === e.line) === i), warnings: [] }
  }
  let raw: unknown
  try {
    raw = doc.toJS()
  } catch (e) {
    // yaml throws on unresolved aliases and on alias bombs (resource exhaustion) rather than reporting them.
    const message = e instanceof Error ? e.message.split('\n')[0] : String(e)
    return { errors: [{ file: fileName, line: 1, field: '', message: `not valid YAML: ${message}` }], warnings: [] }
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { errors: [{ file: fileName, line: 1, field: '', message: 'a script is a YAML map of keys (id, locale, title, …)' }], warnings: [] }
  }
  const parsed = scriptSchema.safeParse(raw)
  if (!parsed.success) {
    return { errors: sortProblems(parsed.error.issues.flatMap((i) => issueProblems(i, problem))), warnings: [] }
  }
  const script = parsed.data
  const errors: Problem[] = []
  const warnings: Problem[] = []
  checkIdentity(fileName, script, problem, errors, warnings)
  checkNodes(script, problem, errors, warnings)
  // Reachability means something only once every node says where it goes.
  if (errors.length === 0) for (const f of checkGraph(script)) errors.push(problem(f.path, f.message, f.field))
  return {
    script: errors.length === 0 ? script : undefined,
    errors: sortProblems(dedupe(errors)),
    warnings: sortProblems(warnings)
  }
}

type MakeProblem = (path: readonly PathKey[], message: string, field?: string) => Problem

function issueProblems(issue: z.core.$ZodIssue, problem: MakeProblem): Problem[] {
  const path = issue.path.filter((k): k is PathKey => typeof k !== 'symbol')
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((k) => problem([...path, k], `unknown key "${k}"`))
  }
  if (issue.code === 'invalid_type') {
    const message = issue.input === undefined ? 'is required' : `must be ${article(issue.expected)} (found ${describe(issue.input)})`
    return [problem(path, message)]
  }
  return [problem(path, issue.message)]
}

function article(expected: string): string {
  return expected === 'object' ? 'a map of keys' : expected === 'array' ? 'a list' : `a ${expected}`
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'a list'
  if (v === null) return 'nothing'
  if (typeof v === 'object') return 'a map'
  return `${typeof v} ${JSON.stringify(v)}`
}

function baseName(fileName: string): string {
  const last = fileName.split(/[\\/]/).pop() ?? fileName
  return last.replace(/\.ya?ml$/i, '')
}

function checkIdentity(fileName: string, script: Script, problem: MakeProblem, errors: Problem[], warnings: Problem[]): void {
  const name = baseName(fileName)
  if (script.id !== name) errors.push(problem(['id'], `"${script.id}" must equal the file name "${name}"`))
  const folders = fileName.split(/[\\/]/).slice(0, -1)
  const folderLocale = folders.find((f) => f === 'zh-CN' || f === 'en')
  if (folderLocale && folderLocale !== script.locale) {
    warnings.push(problem(['locale'], `"${script.locale}" but the file is in the ${folderLocale} folder`))
  }
}

function checkNodes(script: Script, problem: MakeProblem, errors: Problem[], warnings: Problem[]): void {
  const ids = new Set(Object.keys(script.nodes))
  const checkCondition = (cond: Condition | undefined, path: PathKey[]): void => {
    if (cond?.visited !== undefined && !ids.has(cond.visited)) {
      errors.push(problem([...path, 'visited'], `"${cond.visited}" is not a node id`))
    }
  }
  const checkRoute = (route: Route, path: PathKey[], needed: boolean): void => {
    if (route.next !== undefined && route.branches) {
      errors.push(problem([...path, 'branches'], 'has both `next` and `branches`; keep one'))
    }
    if (needed && route.next === undefined && !route.branches) {
      errors.push(problem(path, 'needs `next` or `branches` (where the conversation goes after this reply)'))
    }
    route.branches?.forEach((b, i) => checkCondition(b.if, [...path, 'branches', i, 'if']))
    const last = route.branches?.[route.branches.length - 1]
    if (last?.if) {
      warnings.push(problem([...path, 'branches', route.branches!.length - 1], 'the last branch has an `if`; when no branch holds the last one is taken anyway — drop its `if` to make the fallback explicit'))
    }
  }
  for (const [id, node] of Object.entries(script.nodes)) {
    const path: PathKey[] = ['nodes', id]
    if (node.turn && node.ending) errors.push(problem(path, 'has both `turn` and `ending`; a node needs exactly one'))
    if (!node.turn && !node.ending) errors.push(problem(path, 'needs a `turn` or an `ending`'))
    const turn = node.turn
    if (!turn) continue
    const tpath: PathKey[] = [...path, 'turn']
    if (turn.type !== 'choice') {
      checkRoute(turn, tpath, true)
      if (turn.type === 'text') {
        for (const [std, entry] of Object.entries(turn.rubric)) {
          if (entry && !entry.required && !entry.anyOf && !entry.forbidden) {
            errors.push(problem([...tpath, 'rubric', std], 'needs `required`, `anyOf` or `forbidden`'))
          }
        }
      }
      continue
    }
    const turnHasRoute = turn.next !== undefined || turn.branches !== undefined
    checkRoute(turn, tpath, false)
    turn.options.forEach((o, i) => {
      const opath: PathKey[] = [...tpath, 'options', i]
      if (o.credits.length === 0 && o.violates.length === 0 && o.mood === 0) {
        errors.push(problem(opath, 'has no effect: give it `credits`, `violates` or a non-zero `mood`'))
      }
      checkCondition(o.if, [...opath, 'if'])
      checkRoute(o, opath, !turnHasRoute)
    })
    if (turn.options.every((o) => o.if)) {
      warnings.push(problem([...tpath, 'options'], 'every option has an `if`; when none holds all options are offered'))
    }
  }
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>()
  return problems.filter((p) => {
    const k = `${p.line}|${p.field}|${p.message}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.line - b.line)
}
