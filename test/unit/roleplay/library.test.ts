import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCaseFile } from '@core/cases'
import { formatProblem, parseScript, type Script } from '@core/roleplay'
import { explore } from './explore'
import { playThrough } from './playthrough'

// The shipped scenario library (cases/scenarios/<locale>/<case-id>.yaml): every script is valid, belongs
// to a case whose facts its ticket truth repeats, and plays out as designed through the real engine.

const LOCALES = ['zh-CN', 'en'] as const
const library = LOCALES.flatMap((locale) => {
  const dir = `cases/scenarios/${locale}`
  const names = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort() : []
  return names.map((name) => ({ locale, file: `${dir}/${name}` }))
})

function nodesOf(script: Script) {
  return Object.values(script.nodes)
}

describe('the scenario library', () => {
  it('ships at least 15 zh-CN and 5 en scripts', () => {
    expect(library.filter((s) => s.locale === 'zh-CN').length).toBeGreaterThanOrEqual(15)
    expect(library.filter((s) => s.locale === 'en').length).toBeGreaterThanOrEqual(5)
  })

  it('spans every category and several channels in zh-CN', () => {
    const scripts = library.filter((s) => s.locale === 'zh-CN').map((s) => parseScript(s.file, readFileSync(s.file, 'utf8')).script)
    const categories = new Set(scripts.map((s) => s?.truth.category))
    const channels = new Set(scripts.map((s) => s?.channel))
    expect([...categories].sort()).toEqual(expect.arrayContaining(['after-sales', 'other', 'promotion', 'safety']))
    expect(channels.size).toBeGreaterThanOrEqual(6)
  })
})

describe.each(library)('$file', ({ locale, file }) => {
  const parsed = parseScript(file, readFileSync(file, 'utf8'))
  const script = parsed.script as Script

  it('parses and validates with no errors or warnings', () => {
    expect(parsed.errors.map(formatProblem)).toEqual([])
    expect(parsed.warnings.map(formatProblem)).toEqual([])
    expect(script.locale).toBe(locale)
  })

  it('belongs to an existing case and its ticket truth repeats the case facts', () => {
    const caseFile = `cases/${locale}/${script.id}.md`
    expect(existsSync(caseFile), caseFile).toBe(true)
    const doc = parseCaseFile(caseFile, readFileSync(caseFile, 'utf8')).case
    expect(doc).toBeDefined()
    expect({ category: script.truth.category, priority: script.truth.priority, channel: script.truth.channel }).toEqual({
      category: doc?.category,
      priority: doc?.priority,
      channel: doc?.channel
    })
    expect(script.channel).toBe(doc?.channel)
  })

  it('has a full persona, a free-text turn with a model reply, a ticket form, feedback on every option and good and bad endings', () => {
    expect(script.persona.situation).toBeTruthy()
    expect(script.persona.wants).toBeTruthy()
    const turns = nodesOf(script).flatMap((n) => (n.turn ? [n.turn] : []))
    const texts = turns.filter((t) => t.type === 'text')
    expect(texts.length).toBeGreaterThan(0)
    for (const t of texts) expect(t.better, 'every free-text turn carries a model reply (better)').toBeTruthy()
    expect(turns.some((t) => t.type === 'ticket')).toBe(true)
    for (const t of turns) if (t.type === 'choice') for (const o of t.options) expect(o.feedback, o.text).toBeTruthy()
    const outcomes = new Set(nodesOf(script).map((n) => n.ending?.outcome))
    expect(outcomes.has('good') && outcomes.has('bad')).toBe(true)
    const critical = turns.some((t) => t.type === 'choice' && t.options.some((o) => o.violates.some((s) => s === 'no-blame' || s === 'privacy')))
    expect(critical, 'some option blames the customer or leaks personal data').toBe(true)
  })

  it('a model trainee reaches the good ending with a pass in at least 6 turns, through free text and the ticket', () => {
    const { state, result } = playThrough(script, 'model')
    expect(state.ending?.outcome).toBe('good')
    expect(result.passed, JSON.stringify(state.turns.map((t) => [t.nodeId, t.marks.filter((m) => m.kind === 'violation')]))).toBe(true)
    expect(state.turns.length).toBeGreaterThanOrEqual(6)
    const kinds = new Set(state.turns.map((t) => t.reply.type))
    expect([...kinds].sort()).toEqual(['choice', 'text', 'ticket'])
  })

  it('a bad trainee fails and does not reach the good ending', () => {
    const { state, result } = playThrough(script, 'bad')
    expect(result.passed).toBe(false)
    expect(state.ending?.outcome).not.toBe('good')
  })

  it('no explored path that blames the customer reaches the good ending', () => {
    const finished = explore(script)
    const blamed = finished.filter((f) => f.state.turns.some((t) => t.marks.some((m) => m.standard === 'no-blame' && m.kind === 'violation')))
    expect(blamed.length).toBeGreaterThan(0)
    for (const f of blamed) {
      expect(f.result.passed).toBe(false)
      expect(f.state.ending?.outcome, f.state.visited.join(' → ')).not.toBe('good')
    }
  })
})
