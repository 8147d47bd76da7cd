import type { Problem } from './types'
import type { CaseParseResult } from './types'

export interface CaseSetProblems {
  errors: Problem[]
  warnings: Problem[]
}

/**
 * Checks across files: an id used twice in one locale (error on the later file, naming the first),
 * and an English case whose zh-CN original is missing (every bundled case exists in zh-CN).
 * Takes parse results as returned by parseCaseFile; results with errors are skipped.
 */
export function validateCaseSet(results: readonly Pick<CaseParseResult, 'file' | 'case' | 'keyLines'>[]): CaseSetProblems {
  const errors: Problem[] = []
  const warnings: Problem[] = []
  const firstByKey = new Map<string, string>()
  const zhIds = new Set<string>()
  for (const r of results) if (r.case?.locale === 'zh-CN') zhIds.add(r.case.id)

  for (const r of results) {
    const c = r.case
    if (!c) continue
    const line = r.keyLines?.id ?? 1
    const key = `${c.locale}\u0000${c.id}`
    const first = firstByKey.get(key)
    if (first !== undefined) {
      errors.push({ file: r.file, line, field: 'id', message: `"${c.id}" is already used by ${first} (${c.locale})` })
    } else {
      firstByKey.set(key, r.file)
    }
    if (c.locale === 'en' && !zhIds.has(c.id)) {
      warnings.push({ file: r.file, line, field: 'id', message: `no zh-CN case "${c.id}" found; every English case translates a zh-CN one (cases/zh-CN/${c.id}.md)` })
    }
  }
  return { errors, warnings }
}
