import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatProblem, parseCaseFile, validateCaseSet, type CaseParseResult } from '../../../src/core/cases'

const ROOT = resolve(import.meta.dirname, '../../..')
const files = ['zh-CN', 'en'].flatMap((locale) => {
  const dir = join(ROOT, 'cases', locale)
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => `cases/${locale}/${f}`) : []
})

describe.skipIf(files.length === 0)('the bundled case library', () => {
  const results: CaseParseResult[] = files.map((f) => parseCaseFile(f, readFileSync(join(ROOT, f), 'utf8')))

  it.each(files.map((f, i) => [f, i] as const))('%s parses without errors', (_f, i) => {
    expect(results[i].errors.map(formatProblem)).toEqual([])
  })

  it('has no duplicate ids and every English case has its zh-CN original', () => {
    const set = validateCaseSet(results)
    expect([...set.errors, ...set.warnings].map(formatProblem)).toEqual([])
  })
})
