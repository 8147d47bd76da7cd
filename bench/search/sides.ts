import MiniSearch from 'minisearch'
import Fuse from 'fuse.js'
import { createSearchIndex, loadSearchIndex, markdownToPlain, type SearchableDoc, type SearchIndex } from '../../src/core/search'

/** One search implementation under test: build an index, answer a query with ids best first. */
export interface SearchSide {
  readonly name: string
  build(docs: readonly SearchableDoc[]): void
  search(query: string, limit: number): string[]
  /** Saves the built index as text and restores it, when the side can (persisted-index figure). */
  save?(): string
  load?(text: string): void
}

const idOf = (d: SearchableDoc): string => d.id

export class OurEngine implements SearchSide {
  readonly name = 'ours'
  private index: SearchIndex = createSearchIndex([])

  build(docs: readonly SearchableDoc[]): void {
    this.index = createSearchIndex(docs)
  }

  search(query: string, limit: number): string[] {
    return this.index.search(query, { limit }).hits.map((h) => h.id)
  }

  save(): string {
    return JSON.stringify(this.index.toJSON())
  }

  load(text: string): void {
    this.index = loadSearchIndex(text)
  }
}

let segmenter: Intl.Segmenter | undefined

/** What a developer would reach for: Intl.Segmenter words (zh and en alike), lower-cased. */
export function segmentWords(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' })
  const out: string[] = []
  for (const s of segmenter.segment(text)) if (s.isWordLike) out.push(s.segment.toLowerCase())
  return out
}

interface MiniDoc {
  id: string
  title: string
  tags: string
  summary: string
  body: string
}

const toMini = (d: SearchableDoc): MiniDoc => ({
  id: d.id,
  title: d.title,
  tags: d.tags.join(' '),
  summary: d.summary,
  body: markdownToPlain(d.body)
})

const MINI_OPTIONS = {
  fields: ['title', 'tags', 'summary', 'body'],
  tokenize: segmentWords,
  processTerm: (t: string): string => t,
  searchOptions: { boost: { title: 4, tags: 3, summary: 2 }, prefix: true, fuzzy: 0.2 }
}

export class MiniSearchSide implements SearchSide {
  readonly name = 'MiniSearch + Intl.Segmenter'
  private mini = new MiniSearch<MiniDoc>(MINI_OPTIONS)

  build(docs: readonly SearchableDoc[]): void {
    this.mini = new MiniSearch<MiniDoc>(MINI_OPTIONS)
    this.mini.addAll(docs.map(toMini))
  }

  search(query: string, limit: number): string[] {
    return this.mini
      .search(query)
      .slice(0, limit)
      .map((r) => String(r.id))
  }

  save(): string {
    return JSON.stringify(this.mini)
  }

  load(text: string): void {
    this.mini = MiniSearch.loadJSON<MiniDoc>(text, MINI_OPTIONS)
  }
}

export class FuseSide implements SearchSide {
  readonly name = 'Fuse.js'
  private fuse = new Fuse<MiniDoc>([])

  build(docs: readonly SearchableDoc[]): void {
    // ignoreLocation: otherwise Fuse only looks near the start of each field and bodies are unsearchable.
    this.fuse = new Fuse(docs.map(toMini), {
      keys: [
        { name: 'title', weight: 4 },
        { name: 'tags', weight: 3 },
        { name: 'summary', weight: 2 },
        { name: 'body', weight: 1 }
      ],
      ignoreLocation: true,
      threshold: 0.4
    })
  }

  search(query: string, limit: number): string[] {
    return this.fuse.search(query, { limit }).map((r) => r.item.id)
  }
}

/** Lower-cased haystack per doc; a doc is a hit when it holds every space-separated part. Unranked. */
export class SubstringScan implements SearchSide {
  readonly name = 'substring scan'
  private hay: { id: string; text: string }[] = []

  build(docs: readonly SearchableDoc[]): void {
    this.hay = docs.map((d) => ({ id: idOf(d), text: `${d.title}\n${d.tags.join(' ')}\n${d.summary}\n${d.body}`.toLowerCase() }))
  }

  search(query: string, limit: number): string[] {
    return this.all(query).slice(0, limit)
  }

  /** Every hit, in library order. */
  all(query: string): string[] {
    const parts = query.toLowerCase().split(/\s+/).filter(Boolean)
    if (parts.length === 0) return []
    return this.hay.filter((h) => parts.every((p) => h.text.includes(p))).map((h) => h.id)
  }
}
