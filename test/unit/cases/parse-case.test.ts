import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatProblem, parseCaseFile, validateCaseSet } from '../../../src/core/cases'
import { VALID_CASE, VALID_FILE } from './case-text'

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/cases-broken')

describe('parseCaseFile on a valid case', () => {
  const r = parseCaseFile(VALID_FILE, VALID_CASE)

  it('reads every front-matter field', () => {
    expect(r.errors).toEqual([])
    expect(r.warnings).toEqual([])
    expect(r.case).toMatchObject({
      id: 'safety-expired-milk',
      title: '顾客购买的牛奶已过期',
      locale: 'zh-CN',
      category: 'safety',
      channel: 'in-store',
      priority: 'urgent',
      tags: ['食品安全', '退款'],
      standards: ['acknowledge', 'empathize', 'classify', 'escalate', 'follow-up'],
      summary: '门店售出过期牛奶，店长到场处理',
      status: 'published'
    })
  })

  it('splits the body into sections, folding continuation lines into their lesson', () => {
    const c = r.case!
    expect(c.body.startsWith('\n## 背景')).toBe(true)
    expect(c.sections.background).toBe('周六上午，某社区门店。')
    expect(c.sections.whatHappened).toBe('顾客带着孩子回到服务台，说刚买的牛奶已过期。')
    expect(c.sections.handling).toBe('店长五分钟内到场，全额退款并下架同批次商品。')
    expect(c.sections.lessons).toEqual(['食品安全投诉一律按紧急处理', '先关心人，再谈赔偿 （包括孩子的身体情况）', '当天排查同批次商品'])
    expect(c.lessonsCount).toBe(3)
    expect(c.sections.phrases).toEqual(['“非常抱歉，孩子现在感觉怎么样？”', '“我们马上为您全额退款。”'])
  })

  it('records the line of every key', () => {
    expect(r.keyLines).toMatchObject({ id: 2, title: 3, category: 5, standards: 9, status: 11 })
  })

  it('gives the same lines for CRLF files with a BOM', () => {
    const crlf = parseCaseFile(VALID_FILE, `\uFEFF${VALID_CASE.replace(/\n/g, '\r\n')}`)
    expect(crlf.errors).toEqual([])
    expect(crlf.keyLines).toEqual(r.keyLines)
    expect(crlf.case?.sections).toEqual(r.case?.sections)
  })

  it('reads an English case with English headings', () => {
    const en = VALID_CASE.replace('locale: zh-CN', 'locale: en')
      .replace('## 背景', '## Background')
      .replace('## 经过', '## What happened')
      .replace('## 处理', '## How it was handled')
      .replace('## 教训', '## Lessons')
      .replace('## 参考话术', '## Model phrases')
    const res = parseCaseFile('cases/en/safety-expired-milk.md', en)
    expect(res.errors).toEqual([])
    expect(res.case?.locale).toBe('en')
    expect(res.case?.lessonsCount).toBe(3)
  })

  it('accepts the Chinese names of enum values', () => {
    const res = parseCaseFile(VALID_FILE, VALID_CASE.replace('category: safety', 'category: 安全').replace('priority: urgent', 'priority: 紧急'))
    expect(res.errors).toEqual([])
    expect(res.case).toMatchObject({ category: 'safety', priority: 'urgent' })
  })

  it('ignores headings inside code fences', () => {
    const text = VALID_CASE.replace('周六上午，某社区门店。', '周六上午。\n\n```\n## 教训\n```')
    const res = parseCaseFile(VALID_FILE, text)
    expect(res.errors).toEqual([])
    expect(res.case?.sections.background).toContain('```')
  })

  it('leaves tags optional', () => {
    const res = parseCaseFile(VALID_FILE, VALID_CASE.replace('tags: [食品安全, 退款]\n', ''))
    expect(res.errors).toEqual([])
    expect(res.case?.tags).toEqual([])
  })
})

describe('parseCaseFile on broken fixtures (one per error kind)', () => {
  const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as Record<string, { line: number; field: string }[]>
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.md'))

  it('has an expectation for every fixture', () => {
    expect(files.sort()).toEqual(Object.keys(expected).sort())
  })

  it.each(files)('%s reports the right file, line and field', (name) => {
    const file = `cases-broken/${name}`
    const r = parseCaseFile(file, readFileSync(join(FIXTURES, name), 'utf8'))
    expect(r.case).toBeUndefined()
    expect(r.errors.map((e) => ({ line: e.line, field: e.field }))).toEqual(expected[name])
    for (const e of r.errors) expect(e.file).toBe(file)
  })

  const messageOf = (name: string): string => {
    const r = parseCaseFile(`cases/${name}`, readFileSync(join(FIXTURES, name), 'utf8'))
    return r.errors.map(formatProblem).join('\n')
  }

  it('lists the allowed values for a bad enum', () => {
    expect(messageOf('bad-enum-category.md')).toBe(
      'cases/bad-enum-category.md:5 category: "quality" is not one of product-quality, service-attitude, delivery, pricing, safety, after-sales, promotion, other'
    )
  })

  it('names the expected id when it differs from the file name', () => {
    expect(messageOf('id-differs-from-file-name.md')).toContain('"some-other-case" must equal the file name without .md ("id-differs-from-file-name")')
  })

  it('names the unknown standard and the known ids', () => {
    expect(messageOf('unknown-standard.md')).toMatch(/standards: "be-nice" is not a standard id; known ids are acknowledge, listen/)
  })

  it('says which section is missing, out of order, or not a list', () => {
    expect(messageOf('missing-section-what-happened.md')).toContain('missing section "## 经过"')
    expect(messageOf('sections-out-of-order.md')).toContain('section "背景" is out of order')
    expect(messageOf('lessons-not-a-list.md')).toContain('must be a list with at least one item')
    expect(messageOf('invalid-yaml.md')).toContain('invalid YAML')
  })
})

describe('parseCaseFile problems built inline', () => {
  const parse = (text: string, file = VALID_FILE) => parseCaseFile(file, text)

  it('warns about unknown keys at their line and still loads the case', () => {
    const r = parse(VALID_CASE.replace('status: published', 'status: published\nauthor: 王老师'))
    expect(r.case).toBeDefined()
    expect(r.warnings).toEqual([expect.objectContaining({ line: 12, field: 'author' })])
  })

  it('warns when there are fewer than 3 or more than 6 lessons', () => {
    const r = parse(VALID_CASE.replace('- 当天排查同批次商品\n', ''))
    expect(r.case?.lessonsCount).toBe(2)
    expect(r.warnings).toEqual([expect.objectContaining({ line: 26, field: 'lessons' })])
  })

  it('points an unknown standard in a block list at its own line', () => {
    const r = parse(VALID_CASE.replace('standards: [acknowledge, empathize, classify, escalate, follow-up]', 'standards:\n  - acknowledge\n  - be-nice'))
    expect(r.errors).toEqual([expect.objectContaining({ line: 11, field: 'standards' })])
  })

  it('reports a duplicated section', () => {
    const r = parse(`${VALID_CASE}\n## 背景\n\n又一次。\n`)
    expect(r.errors).toEqual([expect.objectContaining({ field: 'body', message: 'section "背景" appears twice' })])
  })

  it('reports an empty required value and a wrong type', () => {
    const r = parse(VALID_CASE.replace('title: 顾客购买的牛奶已过期', 'title:').replace('tags: [食品安全, 退款]', 'tags: 食品安全'))
    expect(r.errors.map((e) => [e.line, e.field])).toEqual([[3, 'title']])
    const r2 = parse(VALID_CASE.replace('tags: [食品安全, 退款]', 'tags: 食品安全'))
    expect(r2.errors.map((e) => [e.line, e.field])).toEqual([[8, 'tags']])
  })

  it('warns when the locale does not match the folder', () => {
    const r = parse(VALID_CASE, 'cases/en/safety-expired-milk.md')
    expect(r.warnings).toEqual([expect.objectContaining({ line: 4, field: 'locale' })])
  })

  it('reports front matter that is not a mapping', () => {
    const r = parse('---\n- a\n- b\n---\n## 背景\n')
    expect(r.errors[0]).toMatchObject({ line: 1, field: 'front matter' })
  })
})

describe('validateCaseSet', () => {
  const zh = parseCaseFile(VALID_FILE, VALID_CASE)
  const enText = VALID_CASE.replace('locale: zh-CN', 'locale: en')

  it('reports an id used twice in one locale on the second file, naming the first', () => {
    const again = parseCaseFile('cases/zh-CN/more/safety-expired-milk.md', VALID_CASE)
    const { errors } = validateCaseSet([zh, again])
    expect(errors).toEqual([
      {
        file: 'cases/zh-CN/more/safety-expired-milk.md',
        line: 2,
        field: 'id',
        message: `"safety-expired-milk" is already used by ${VALID_FILE} (zh-CN)`
      }
    ])
  })

  it('allows the same id in two locales', () => {
    const en = parseCaseFile('cases/en/safety-expired-milk.md', enText)
    expect(validateCaseSet([zh, en])).toEqual({ errors: [], warnings: [] })
  })

  it('warns about an English case without its zh-CN original', () => {
    const en = parseCaseFile('cases/en/safety-expired-milk.md', enText)
    const { warnings } = validateCaseSet([en])
    expect(warnings).toEqual([expect.objectContaining({ file: 'cases/en/safety-expired-milk.md', line: 2, field: 'id' })])
  })

  it('skips files that failed to parse', () => {
    const broken = parseCaseFile('cases/zh-CN/x.md', 'no front matter')
    expect(validateCaseSet([broken, zh])).toEqual({ errors: [], warnings: [] })
  })
})

describe('formatProblem', () => {
  it('writes file:line field: message', () => {
    expect(formatProblem({ file: 'cases/x.md', line: 3, field: 'category', message: '"quality" is not one of product-quality' })).toBe(
      'cases/x.md:3 category: "quality" is not one of product-quality'
    )
  })
})
