import type { SearchableDoc } from '../../src/core/search'
import { CATEGORIES, CHANNELS, PRIORITIES, type Locale } from '../../src/core/domain/enums'
import { Rng } from '../lib/rng'
import { QUERIES, type QuerySpec } from './queries'
import { loadPool, type TextPool } from './source'

export interface PlantedQuery extends QuerySpec {
  /** Id of the case the query is looking for. */
  target: string
}

export interface CaseCorpus {
  docs: SearchableDoc[]
  queries: PlantedQuery[]
}

export interface CorpusOptions {
  seed: number
  count: number
  /** Share of zh-CN cases (the rest are English). */
  zhShare?: number
  /** Characters of body text per case. */
  bodyChars?: number
  /** Cases holding every term of a query, but only in passing (once each, in the body). */
  distractorsAll?: number
  /** Cases holding some of a query's terms. */
  distractorsSome?: number
}

const SECTIONS: Record<Locale, string[]> = {
  'zh-CN': ['## 背景', '## 经过', '## 处理', '## 教训'],
  en: ['## Background', '## What happened', '## How it was handled', '## Lessons']
}

/** A made-up word (product or brand) so the vocabulary grows with the library as a real one does. */
function madeUpWord(rng: Rng, pool: TextPool, locale: Locale): string {
  if (locale === 'en') return rng.pick(pool.alphabet).slice(0, 3) + rng.pick(pool.alphabet).slice(-4)
  const n = 2 + rng.int(2)
  let w = ''
  for (let i = 0; i < n; i++) w += rng.pick(pool.alphabet)
  return w
}

/** A sentence of the pool with its digits changed, sometimes with a made-up word in it. */
function sentence(rng: Rng, pool: TextPool, locale: Locale): string {
  let s = rng.pick(pool.sentences).replace(/\d/g, () => String(rng.int(10)))
  if (rng.chance(0.25)) {
    const at = rng.int(s.length)
    const w = madeUpWord(rng, pool, locale)
    s = locale === 'en' ? `${s.slice(0, at).replace(/\S*$/, '')}${w} ${s.slice(at).replace(/^\S*/, '')}` : s.slice(0, at) + w + s.slice(at)
  }
  return s
}

function makeDoc(rng: Rng, i: number, locale: Locale, pool: TextPool, bodyChars: number): SearchableDoc {
  const sep = locale === 'en' ? ' ' : ''
  const parts: string[] = []
  let length = 0
  const sections = SECTIONS[locale]
  for (let s = 0; s < sections.length && length < bodyChars; s++) {
    parts.push(`\n\n${sections[s]}\n\n`)
    const share = (bodyChars * (s + 1)) / sections.length
    while (length < share) {
      const t = sentence(rng, pool, locale)
      parts.push(t + sep)
      length += t.length + sep.length
    }
  }
  const tagCount = 2 + rng.int(3)
  return {
    id: `bench-${String(i).padStart(5, '0')}`,
    locale,
    title: rng.pick(pool.titles),
    tags: rng.sample(pool.tags.length, Math.min(tagCount, pool.tags.length)).map((k) => pool.tags[k]),
    summary: sentence(rng, pool, locale),
    body: parts.join('').trim(),
    category: rng.pick(CATEGORIES),
    channel: rng.pick(CHANNELS),
    priority: rng.pick(PRIORITIES),
    standards: rng.sample(pool.standards.length, 3).map((k) => pool.standards[k]),
    status: rng.chance(0.9) ? 'published' : 'draft'
  }
}

/** Puts `text` into the body at a sentence boundary, so it never splits a word or a planted phrase. */
function insertInBody(rng: Rng, doc: SearchableDoc, text: string): void {
  const breaks: number[] = []
  const re = /[。！？.!?]\s?/g
  for (let m = re.exec(doc.body); m; m = re.exec(doc.body)) breaks.push(m.index + m[0].length)
  const at = breaks.length ? rng.pick(breaks) : doc.body.length
  const pad = doc.locale === 'en' ? ' ' : ''
  doc.body = `${doc.body.slice(0, at)}${pad}${text}${pad}${doc.body.slice(at)}`
}

function phraseSentence(q: QuerySpec, terms: readonly string[]): string {
  return q.kind === 'zh' ? `涉及${terms.join('、')}的问题。` : `It concerned ${terms.join(' and ')}.`
}

/** Gives the target the query's terms in title, summary and body; distractors get them in passing. */
function plant(rng: Rng, docs: SearchableDoc[], byLocale: number[], q: QuerySpec, o: Required<CorpusOptions>, used: Set<number>): string {
  const [targetSlot] = rng.sample(byLocale.length, 1, used)
  used.add(targetSlot)
  const target = docs[byLocale[targetSlot]]
  const verbatim = q.kind === 'typo' ? q.terms.join(' ') : q.query
  target.title = q.kind === 'zh' ? `${verbatim}：${target.title}` : `${verbatim}: ${target.title}`
  target.summary = `${phraseSentence(q, q.terms)}${q.kind === 'zh' ? '' : ' '}${target.summary}`
  for (const t of q.terms) insertInBody(rng, target, phraseSentence(q, [t]))
  insertInBody(rng, target, phraseSentence(q, q.terms))

  for (const slot of rng.sample(byLocale.length, o.distractorsAll, used)) {
    const d = docs[byLocale[slot]]
    // Half mention the whole phrase once, half its words far apart.
    if (rng.chance(0.5) && q.kind !== 'typo') insertInBody(rng, d, phraseSentence(q, [q.query]))
    else for (const t of q.terms) insertInBody(rng, d, phraseSentence(q, [t]))
  }
  for (const slot of rng.sample(byLocale.length, o.distractorsSome, used)) {
    const d = docs[byLocale[slot]]
    const some = q.terms.filter((_, k) => k === 0 || rng.chance(0.5)).slice(0, Math.max(1, q.terms.length - 1))
    if (rng.chance(0.3)) d.title = `${d.title} ${some[0]}`
    else insertInBody(rng, d, phraseSentence(q, some))
  }
  return target.id
}

/** The search benchmark's library: deterministic for a seed, with one planted target per query. */
export function generateCorpus(options: CorpusOptions): CaseCorpus {
  const o: Required<CorpusOptions> = { zhShare: 0.7, bodyChars: 900, distractorsAll: 30, distractorsSome: 60, ...options }
  const rng = new Rng(o.seed)
  const pools: Record<Locale, TextPool> = { 'zh-CN': loadPool('zh-CN'), en: loadPool('en') }
  const docs: SearchableDoc[] = []
  const slots: Record<Locale, number[]> = { 'zh-CN': [], en: [] }
  for (let i = 0; i < o.count; i++) {
    const locale: Locale = rng.chance(o.zhShare) ? 'zh-CN' : 'en'
    slots[locale].push(i)
    docs.push(makeDoc(rng, i, locale, pools[locale], o.bodyChars))
  }
  const used: Record<Locale, Set<number>> = { 'zh-CN': new Set(), en: new Set() }
  const scale = Math.min(1, o.count / 10_000)
  const plantOptions = {
    ...o,
    distractorsAll: Math.max(2, Math.round(o.distractorsAll * scale)),
    distractorsSome: Math.max(3, Math.round(o.distractorsSome * scale))
  }
  const queries = QUERIES.map((q) => {
    const locale: Locale = q.kind === 'zh' ? 'zh-CN' : 'en'
    return { ...q, target: plant(rng, docs, slots[locale], q, plantOptions, used[locale]) }
  })
  return { docs, queries }
}
