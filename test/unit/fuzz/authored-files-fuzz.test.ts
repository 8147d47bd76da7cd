import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCaseFile } from '../../../src/core/cases'
import { parseScript } from '../../../src/core/roleplay/parse-script'

// Trainers import case Markdown and scenario YAML from anywhere: whatever the bytes, the parsers must
// return problems that name the file and a line, never throw and never spin.

const root = join(import.meta.dirname, '..', '..', '..')
const CASE_FILE = 'safety-expired-milk.md'
const realCase = readFileSync(join(root, 'cases', 'zh-CN', CASE_FILE), 'utf8')
const SCRIPT_FILE = 'safety-expired-milk.yaml'
const realScript = readFileSync(join(root, 'test', 'unit', 'roleplay', 'scripts', SCRIPT_FILE), 'utf8')

interface Problemish {
  file: string
  line: number
  message: string
}

function wellFormed(problems: readonly Problemish[], file: string, text: string): void {
  const lines = text.split(/\r\n|\r|\n/).length
  for (const p of problems) {
    expect(p.file).toBe(file)
    expect(Number.isInteger(p.line) && p.line >= 1 && p.line <= lines + 1, `line ${p.line} of ${lines}`).toBe(true)
    expect(p.message.trim().length).toBeGreaterThan(0)
  }
}

/** A text edit of the kind a damaged or hand-mangled file shows. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 200 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('\n', ':', '---', '- ', '  ', '*', '&a', '<<: *a', '"', '\t', '\u0000', '## 教训\n')) }),
  fc.record({ kind: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() })
)
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never

function mutate(text: string, edits: readonly Mutation[]): string {
  let out = text
  for (const m of edits) {
    if (m.kind === 'delete') {
      const at = m.at % (out.length + 1)
      out = out.slice(0, at) + out.slice(at + m.length)
    } else if (m.kind === 'insert') {
      const at = m.at % (out.length + 1)
      out = out.slice(0, at) + m.text + out.slice(at)
    } else if (m.kind === 'swapLines') {
      const lines = out.split('\n')
      const a = m.a % lines.length
      const b = m.b % lines.length
      ;[lines[a], lines[b]] = [lines[b], lines[a]]
      out = lines.join('\n')
    } else out = out.slice(0, m.at % (out.length + 1))
  }
  return out
}

describe('case Markdown parser under random and mutated input', () => {
  it('returns file:line problems or a case for random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const r = parseCaseFile(CASE_FILE, text)
        wellFormed([...r.errors, ...r.warnings], CASE_FILE, text)
        expect(r.case === undefined).toBe(r.errors.length > 0)
      }),
      { numRuns: 400 }
    )
  })
  it('survives mutations of a real case and reports what broke', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (edits) => {
        const text = mutate(realCase, edits)
        const r = parseCaseFile(CASE_FILE, text)
        wellFormed([...r.errors, ...r.warnings], CASE_FILE, text)
        if (r.errors.length === 0) expect(r.case?.id).toBe('safety-expired-milk')
      }),
      { numRuns: 400 }
    )
  })
  it('refuses a YAML alias bomb in the front matter with an error', () => {
    const bomb = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(',')}]`), '---', '## 背景', ''].join('\n')
    const r = parseCaseFile(CASE_FILE, bomb)
    expect(r.errors.length).toBeGreaterThan(0)
  })
})

describe('scenario YAML parser under random and mutated input', () => {
  it('returns file:line problems or a script for random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const r = parseScript(SCRIPT_FILE, text)
        wellFormed([...r.errors, ...r.warnings], SCRIPT_FILE, text)
        expect(r.script === undefined).toBe(r.errors.length > 0)
      }),
      { numRuns: 400 }
    )
  })
  it('survives mutations of a real script and reports what broke', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (edits) => {
        const text = mutate(realScript, edits)
        const r = parseScript(SCRIPT_FILE, text)
        wellFormed([...r.errors, ...r.warnings], SCRIPT_FILE, text)
      }),
      { numRuns: 300 }
    )
  })
  it('refuses a YAML alias bomb with an error instead of expanding it', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(',')}]`)].join('\n')
    const r = parseScript(SCRIPT_FILE, bomb)
    expect(r.errors.length).toBeGreaterThan(0)
  })
})
