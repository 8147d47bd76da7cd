import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseCaseFile } from '../../src/core/cases'
import type { Locale } from '../../src/core/domain/enums'

/** Sentences, summaries, titles and tags of the shipped cases of one locale: the generator's raw text. */
export interface TextPool {
  sentences: string[]
  titles: string[]
  summaries: string[]
  tags: string[]
  standards: string[]
  /** Every distinct CJK character (zh) or word (en), to make up new words with. */
  alphabet: string[]
}

const ROOT = resolve(import.meta.dirname, '../..')

/** Splits Markdown into sentences with their end punctuation, markup dropped. */
function sentencesOf(markdown: string, locale: Locale): string[] {
  const plain = markdown
    .split('\n')
    .filter((l) => !/^\s*#/.test(l))
    .map((l) => l.replace(/^\s*[-*]\s+/, '').replace(/\*\*/g, ''))
    .join('\n')
  const re = locale === 'en' ? /[^.!?\n]+[.!?]+["”]?/g : /[^。！？\n]+[。！？]+[”」]?/g
  return (plain.match(re) ?? []).map((s) => s.trim()).filter((s) => s.length >= 6)
}

export function loadPool(locale: Locale): TextPool {
  const dir = join(ROOT, 'cases', locale)
  const pool: TextPool = { sentences: [], titles: [], summaries: [], tags: [], standards: [], alphabet: [] }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
  for (const f of files) {
    const c = parseCaseFile(`cases/${locale}/${f}`, readFileSync(join(dir, f), 'utf8')).case
    if (!c) continue
    pool.sentences.push(...sentencesOf(c.body, locale))
    pool.titles.push(c.title)
    pool.summaries.push(c.summary)
    pool.tags.push(...c.tags)
    pool.standards.push(...c.standards)
  }
  pool.tags = [...new Set(pool.tags)]
  pool.standards = [...new Set(pool.standards)]
  const text = pool.sentences.join(' ')
  pool.alphabet =
    locale === 'en'
      ? [...new Set(text.toLowerCase().match(/[a-z]{4,}/g) ?? [])].sort()
      : [...new Set(text.match(/[\u4e00-\u9fff]/g) ?? [])].sort()
  if (pool.sentences.length === 0) throw new Error(`bench: no shipped cases in cases/${locale}`)
  return pool
}
