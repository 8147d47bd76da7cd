import { foldText, scanRuns, stem, STOP_WORDS } from './text'
import type { FuzzyLookup } from './fuzzy'
import type { Vocabulary } from './vocabulary'

export interface Alternative {
  term: number
  weight: number
}

/** A doc satisfies a clause when it contains any alternative. */
export interface Clause {
  alts: Alternative[]
  required: boolean
}

/** What to mark in titles and snippets. */
export interface HighlightTerms {
  words: Set<string>
  cjkBigrams: Set<string>
  cjkChars: Set<string>
}

export interface ParsedQuery {
  clauses: Clause[]
  highlight: HighlightTerms
  /** True when the query has nothing searchable (empty, punctuation, only stop words). */
  empty: boolean
}

const TYPO_WEIGHT = 0.7
const PREFIX_WEIGHT = 0.8
const MAX_PREFIX_TERMS = 24
const MAX_CLAUSES = 32
const MAX_CHAR_BIGRAMS = 120

let segmenter: Intl.Segmenter | null | undefined

/** Chinese words in the query decide which bigrams must occur together; docs are not segmented. */
function segmentCjk(run: string): string[] {
  if (segmenter === undefined) {
    segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null
  }
  if (!segmenter || run.length <= 2) return [run]
  const out: string[] = []
  let singles = ''
  // The segmenter splits words it does not know (names, rare terms) into characters; glue those
  // back so their bigrams are still required together.
  for (const { segment } of segmenter.segment(run)) {
    if (segment.length === 1) {
      singles += segment
      continue
    }
    if (singles) out.push(singles)
    singles = ''
    out.push(segment)
  }
  if (singles) out.push(singles)
  return out
}

export function parseQuery(
  query: string,
  vocab: Vocabulary,
  fuzzy: FuzzyLookup,
  df: (id: number) => number
): ParsedQuery {
  const folded = foldText(query)
  const highlight: HighlightTerms = { words: new Set(), cjkBigrams: new Set(), cjkChars: new Set() }
  const units: { kind: 'word' | 'cjk'; text: string }[] = []
  scanRuns(
    folded,
    (a, b) => units.push({ kind: 'word', text: folded.slice(a, b) }),
    (a, b) => {
      for (const seg of segmentCjk(folded.slice(a, b))) units.push({ kind: 'cjk', text: seg })
    }
  )
  const typingLastWord = /[\p{L}\p{N}]$/u.test(folded)
  const clauses: Clause[] = []
  const singles: string[] = []
  const seen = new Set<string>()
  const push = (key: string, clause: Clause): void => {
    if (seen.has(key) || clauses.length >= MAX_CLAUSES) return
    seen.add(key)
    clauses.push(clause)
  }

  units.forEach((u, i) => {
    if (u.kind === 'cjk') {
      if (u.text.length === 1) {
        singles.push(u.text)
        return
      }
      for (let k = 0; k + 1 < u.text.length; k++) {
        const bigram = u.text.slice(k, k + 2)
        highlight.cjkBigrams.add(bigram)
        const id = vocab.get(bigram)
        push(bigram, { alts: id === undefined ? [] : [{ term: id, weight: 1 }], required: true })
      }
      return
    }
    const isLast = i === units.length - 1 && typingLastWord
    if (STOP_WORDS.has(u.text) && !isLast) return
    const alts = wordAlternatives(u.text, isLast, vocab, fuzzy, df)
    for (const a of alts) highlight.words.add(vocab.terms[a.term])
    highlight.words.add(stem(u.text))
    // A stop word still being typed may be the start of a real word, but must not exclude documents.
    push(`w:${u.text}`, { alts, required: !STOP_WORDS.has(u.text) })
  })

  // Single Chinese characters (的, 了, or a one-character query) only narrow results when nothing
  // longer was typed; only then are bodies searched, through the bigrams holding the character.
  const onlySingles = clauses.length === 0
  for (const ch of singles) {
    const id = vocab.get(ch)
    highlight.cjkChars.add(ch)
    const alts: Alternative[] = id === undefined ? [] : [{ term: id, weight: onlySingles ? 1 : 0.3 }]
    if (onlySingles) for (const b of fuzzy.bigramsWith(ch, MAX_CHAR_BIGRAMS, df)) alts.push({ term: b, weight: 0.8 })
    push(ch, { alts, required: onlySingles })
  }
  return { clauses, highlight, empty: clauses.length === 0 }
}

function wordAlternatives(
  word: string,
  isLast: boolean,
  vocab: Vocabulary,
  fuzzy: FuzzyLookup,
  df: (id: number) => number
): Alternative[] {
  const s = stem(word)
  const alts = new Map<number, number>()
  const add = (id: number, w: number): void => {
    if ((alts.get(id) ?? 0) < w) alts.set(id, w)
  }
  const exact = vocab.get(s)
  if (exact !== undefined && df(exact) > 0) add(exact, 1)
  const raw = s === word ? undefined : vocab.get(word)
  if (raw !== undefined && df(raw) > 0) add(raw, 1)
  if (isLast && word.length >= 2) {
    for (const id of fuzzy.prefixed(word, MAX_PREFIX_TERMS, df)) if (df(id) > 0) add(id, PREFIX_WEIGHT)
  }
  if (alts.size === 0 && word.length >= 4) {
    for (const id of fuzzy.typos(s)) if (df(id) > 0) add(id, TYPO_WEIGHT)
    if (s !== word) for (const id of fuzzy.typos(word)) if (df(id) > 0) add(id, TYPO_WEIGHT)
  }
  return [...alts].map(([term, weight]) => ({ term, weight }))
}
