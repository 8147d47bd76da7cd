import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatProblem, parseCaseFile, type CaseDoc } from '../../../src/core/cases'
import { CATEGORIES, CHANNELS, PRIORITIES } from '../../../src/core/domain/enums'

// The shipped library is curated training material: these checks keep it balanced (issue: every
// category, channel and priority at least twice) and in step with docs/case-plan.md.
const ROOT = resolve(import.meta.dirname, '../../..')

function readLocale(locale: 'zh-CN' | 'en'): CaseDoc[] {
  const dir = join(ROOT, 'cases', locale)
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const file = `cases/${locale}/${f}`
      const r = parseCaseFile(file, readFileSync(join(ROOT, file), 'utf8'))
      if (!r.case) throw new Error(r.errors.map(formatProblem).join('\n'))
      return r.case
    })
}

/** Lines `id | category | channel | priority | topic` of the plan's table of 40 cases. */
function readPlan(): { id: string; category: string; channel: string; priority: string }[] {
  const text = readFileSync(join(ROOT, 'docs', 'case-plan.md'), 'utf8')
  return text
    .split('\n')
    .map((l) => l.split('|').map((s) => s.trim()))
    .filter((cells) => cells.length === 5 && /^[a-z0-9-]+$/.test(cells[0]))
    .map(([id, category, channel, priority]) => ({ id, category, channel, priority }))
}

// Tags are how a case says whether it is a model to follow or a warning (cases/README.md).
const POSITIVE = { 'zh-CN': '正面案例', en: 'positive example' } as const
const CAUTIONARY = { 'zh-CN': '反面教训', en: 'cautionary' } as const
type Kind = 'positive' | 'cautionary'

function kindOf(c: CaseDoc): Kind | 'both' | 'none' {
  const pos = c.tags.includes(POSITIVE[c.locale])
  const neg = c.tags.includes(CAUTIONARY[c.locale])
  if (pos && neg) return 'both'
  return pos ? 'positive' : neg ? 'cautionary' : 'none'
}

function countBy<T extends string>(cases: CaseDoc[], key: (c: CaseDoc) => T): Map<T, number> {
  const m = new Map<T, number>()
  for (const c of cases) m.set(key(c), (m.get(key(c)) ?? 0) + 1)
  return m
}

describe('the curated case library', () => {
  const zh = readLocale('zh-CN')
  const en = readLocale('en')
  const zhById = new Map(zh.map((c) => [c.id, c]))

  it('has at least 40 zh-CN cases and 12 English ones', () => {
    expect(zh.length).toBeGreaterThanOrEqual(40)
    expect(en.length).toBeGreaterThanOrEqual(12)
  })

  it('has every case of docs/case-plan.md with the planned category, channel and priority', () => {
    const plan = readPlan()
    expect(plan).toHaveLength(40)
    const actual = plan.map((p) => {
      const c = zhById.get(p.id)
      return c ? { id: c.id, category: c.category, channel: c.channel, priority: c.priority } : { id: p.id, missing: true }
    })
    expect(actual).toEqual(plan)
  })

  it('gives every English case a zh-CN sibling with the same id and the same classification', () => {
    for (const e of en) {
      const z = zhById.get(e.id)
      expect(z, `cases/en/${e.id}.md has no cases/zh-CN/${e.id}.md`).toBeDefined()
      if (!z) continue
      const pick = (c: CaseDoc) => ({ category: c.category, channel: c.channel, priority: c.priority, standards: c.standards, status: c.status, kind: kindOf(c), lessons: c.lessonsCount })
      expect(pick(e), e.id).toEqual(pick(z))
    }
  })

  it.each([
    ['category', CATEGORIES, (c: CaseDoc) => c.category],
    ['channel', CHANNELS, (c: CaseDoc) => c.channel],
    ['priority', PRIORITIES, (c: CaseDoc) => c.priority]
  ] as const)('covers every %s at least twice among zh-CN cases', (_name, values, key) => {
    const counts = countBy<string>(zh, key)
    const thin = values.filter((v) => (counts.get(v) ?? 0) < 2).map((v) => `${v}: ${counts.get(v) ?? 0}`)
    expect(thin).toEqual([])
  })

  it('marks every case as either positive or cautionary, and has both kinds', () => {
    const unmarked = [...zh, ...en].filter((c) => !['positive', 'cautionary'].includes(kindOf(c))).map((c) => `${c.locale}/${c.id}: ${kindOf(c)}`)
    expect(unmarked).toEqual([])
    const kinds = countBy(zh, (c) => kindOf(c))
    expect(kinds.get('positive') ?? 0).toBeGreaterThanOrEqual(2)
    expect(kinds.get('cautionary') ?? 0).toBeGreaterThanOrEqual(2)
  })

  it('has 3 to 6 lessons and 3 to 7 standards in every case, and publishes all of them', () => {
    const off = [...zh, ...en]
      .filter((c) => c.lessonsCount < 3 || c.lessonsCount > 6 || c.standards.length < 3 || c.standards.length > 7 || c.status !== 'published')
      .map((c) => `${c.locale}/${c.id}: ${c.lessonsCount} lessons, ${c.standards.length} standards, ${c.status}`)
    expect(off).toEqual([])
  })

  it('treats safety cases as urgent and lists classify and escalate for them', () => {
    const off = zh
      .filter((c) => c.category === 'safety')
      .filter((c) => c.priority !== 'urgent' || !c.standards.includes('classify') || !c.standards.includes('escalate'))
      .map((c) => c.id)
    expect(off).toEqual([])
  })
})
