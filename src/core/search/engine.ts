import { FacetTable } from './facets'
import type { LazyPostings } from './lazy-postings'
import { highlightParts, snippetParts } from './highlight'
import { deserialize, serialize } from './persist'
import { countTerms } from './index-terms'
import { emptyPostings, FIELD_UNIT, mergePostings, PendingDocs, type Postings } from './postings'
import { matchClauses, ScoreScratch } from './scoring'
import { parseQuery, type ParsedQuery } from './query'
import { topK } from './top-k'
import { markdownToPlain } from './text'
import type { SearchableDoc, SearchHit, SearchIndex, SearchOptions, SearchResult, SerializedSearchIndex, StoredDoc } from './types'
import { FuzzyLookup } from './fuzzy'
import { Vocabulary } from './vocabulary'

/** Field boosts for title, tags, summary, body (BM25F). */
const BOOSTS = [4, 3, 2, 1]
const B = 0.75
const DEFAULT_LIMIT = 20
const BODY = 3

const key = (id: string, locale: string): string => `${locale}\u0000${id}`

let collator: Intl.Collator | undefined
const compareTitles = (a: string, b: string): number => (collator ??= new Intl.Collator(['zh-CN', 'en'])).compare(a, b)

class Engine implements SearchIndex {
  private vocab = new Vocabulary()
  private fuzzy = new FuzzyLookup(this.vocab)
  private docs: (StoredDoc | null)[] = []
  private slotByKey = new Map<string, number>()
  private postings: Postings = emptyPostings()
  private pending = new PendingDocs()
  private dirty = false
  /** Set after load(): postings decoded per term on first use. */
  private lazy: LazyPostings | null = null
  // Derived at flush time:
  private norms = new Float32Array(0)
  private facetTable = new FacetTable([])
  private titleRank = new Uint32Array(0)
  private byTitle: number[] = []
  private scratch = new ScoreScratch(0)

  get size(): number {
    return this.slotByKey.size
  }

  has(id: string, locale: string): boolean {
    return this.slotByKey.has(key(id, locale))
  }

  add(doc: SearchableDoc): void {
    this.remove(doc.id, doc.locale)
    const stored: StoredDoc = {
      id: doc.id,
      locale: doc.locale,
      title: doc.title,
      summary: doc.summary,
      body: markdownToPlain(doc.body),
      tags: [...doc.tags],
      standards: [...doc.standards],
      category: doc.category,
      channel: doc.channel,
      priority: doc.priority,
      status: doc.status,
      lens: [0, 0, 0, 0]
    }
    const fields = [stored.title, stored.tags, stored.summary, stored.body]
    fields.forEach((text, f) => {
      const unit = FIELD_UNIT[f]
      if (typeof text === 'string') stored.lens[f] = countTerms(text, this.vocab, this.pending, unit, f !== BODY)
      else for (const tag of text) stored.lens[f] += countTerms(tag, this.vocab, this.pending, unit, true)
    })
    const slot = this.docs.length
    this.docs.push(stored)
    this.slotByKey.set(key(doc.id, doc.locale), slot)
    this.pending.commit(slot)
    this.dirty = true
  }

  remove(id: string, locale: string): boolean {
    const k = key(id, locale)
    const slot = this.slotByKey.get(k)
    if (slot === undefined) return false
    this.slotByKey.delete(k)
    this.docs[slot] = null
    this.dirty = true
    return true
  }

  toJSON(): SerializedSearchIndex {
    this.flush()
    this.materialize()
    return serialize(this.vocab.terms, this.docs as StoredDoc[], this.postings)
  }

  load(json: unknown): this {
    const { terms, docs, postings, lazy } = deserialize(json)
    this.lazy = lazy
    this.vocab = Vocabulary.from(terms)
    this.fuzzy = new FuzzyLookup(this.vocab)
    this.docs = docs
    this.postings = postings
    this.slotByKey = new Map(docs.map((d, i) => [key(d.id, d.locale), i]))
    this.derive()
    return this
  }

  /** Merges pending adds and removals into the postings; searches call it, so adds stay cheap. */
  flush(): void {
    if (!this.dirty) return
    this.materialize()
    const remap = new Int32Array(this.docs.length)
    const live: StoredDoc[] = []
    this.docs.forEach((d, i) => {
      remap[i] = d ? live.length : -1
      if (d) live.push(d)
    })
    this.postings = mergePostings(this.postings, this.pending, remap, this.vocab.size)
    this.pending.clear()
    this.docs = live
    this.slotByKey = new Map(live.map((d, i) => [key(d.id, d.locale), i]))
    this.derive()
  }

  private materialize(): void {
    this.lazy?.ensureAll()
    this.lazy = null
  }

  private derive(): void {
    const n = this.docs.length
    const avg = [0, 0, 0, 0]
    for (const d of this.docs as StoredDoc[]) for (let f = 0; f < 4; f++) avg[f] += d.lens[f] / Math.max(1, n)
    this.norms = new Float32Array(n * 4)
    ;(this.docs as StoredDoc[]).forEach((d, s) => {
      for (let f = 0; f < 4; f++) {
        this.norms[s * 4 + f] = BOOSTS[f] / (1 - B + (B * d.lens[f]) / Math.max(avg[f], 1e-9))
      }
    })
    this.byTitle = Array.from({ length: n }, (_, i) => i).sort((a, b) =>
      compareTitles((this.docs[a] as StoredDoc).title, (this.docs[b] as StoredDoc).title)
    )
    this.facetTable = new FacetTable(this.docs as StoredDoc[])
    this.titleRank = new Uint32Array(n)
    this.byTitle.forEach((slot, rank) => (this.titleRank[slot] = rank))
    this.scratch = new ScoreScratch(n)
    this.dirty = false
  }

  private df = (term: number): number => {
    const o = this.postings.offsets
    return term + 1 < o.length ? o[term + 1] - o[term] : 0
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    this.flush()
    const limit = Math.max(0, options.limit ?? DEFAULT_LIMIT)
    const offset = Math.max(0, options.offset ?? 0)
    const parsed = parseQuery(query, this.vocab, this.fuzzy, this.df)
    const facets = this.facetTable.counter(options.filters)

    if (parsed.empty) {
      const passing = this.byTitle.filter((s) => facets.visit(s))
      const hits = passing.slice(offset, offset + limit).map((s) => this.hit(s, 0, undefined))
      return { hits, total: passing.length, facets: facets.facets }
    }
    const lazy = this.lazy
    if (lazy) for (const c of parsed.clauses) for (const a of c.alts) lazy.ensure(a.term)
    const candidates = matchClauses(parsed.clauses, this.postings, this.norms, this.scratch)
    const passing = candidates.filter((s) => facets.visit(s))
    const scores = this.scratch.scores
    const ranked = topK(passing, offset + limit, scores, this.titleRank).slice(offset)
    return {
      hits: ranked.map((s) => this.hit(s, scores[s], parsed)),
      total: passing.length,
      facets: facets.facets
    }
  }

  private hit(slot: number, score: number, q: ParsedQuery | undefined): SearchHit {
    const d = this.docs[slot] as StoredDoc
    const hl = q?.highlight
    const bodySnippet = hl ? snippetParts(d.body, hl) : []
    const snippet = bodySnippet.some((p) => p.match) ? bodySnippet : snippetParts(d.summary || d.body, hl)
    return {
      id: d.id,
      locale: d.locale,
      score,
      title: d.title,
      summary: d.summary,
      category: d.category,
      channel: d.channel,
      priority: d.priority,
      status: d.status,
      tags: [...d.tags],
      standards: [...d.standards],
      highlights: {
        titleParts: hl ? highlightParts(d.title, hl) : [{ text: d.title, match: false }],
        snippetParts: snippet
      }
    }
  }
}

/** Builds an index over the docs (Chinese and English), ready to search. */
export function createSearchIndex(docs: readonly SearchableDoc[] = []): SearchIndex {
  const engine = new Engine()
  for (const d of docs) engine.add(d)
  engine.flush()
  return engine
}

/** Restores an index saved with toJSON() (the object or its JSON text). Throws if it is not one. */
export function loadSearchIndex(json: SerializedSearchIndex | string): SearchIndex {
  return new Engine().load(json)
}
