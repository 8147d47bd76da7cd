/** What the index needs of a case; CaseDoc fits (its Markdown body is flattened to text on add). */
export interface SearchableDoc {
  id: string
  locale: string
  title: string
  tags: readonly string[]
  summary: string
  body: string
  category: string
  channel: string
  priority: string
  standards: readonly string[]
  status: string
}

/** One value, or several meaning "any of these". */
export type FilterValue = string | readonly string[]

export interface SearchFilters {
  category?: FilterValue
  channel?: FilterValue
  priority?: FilterValue
  standard?: FilterValue
  tag?: FilterValue
  status?: FilterValue
  locale?: FilterValue
}

export interface SearchOptions {
  filters?: SearchFilters
  /** Hits to return (default 20). */
  limit?: number
  /** Hits to skip, for paging (default 0). */
  offset?: number
}

/** Plain-text piece of a highlighted string; the UI renders `match` pieces in <mark> via text binding. */
export interface HighlightPart {
  text: string
  match: boolean
}

export interface SearchHit {
  id: string
  locale: string
  score: number
  title: string
  summary: string
  category: string
  channel: string
  priority: string
  status: string
  tags: string[]
  standards: string[]
  highlights: { titleParts: HighlightPart[]; snippetParts: HighlightPart[] }
}

export const FACET_KEYS = ['category', 'channel', 'priority', 'standard', 'tag', 'status'] as const
export type FacetKey = (typeof FACET_KEYS)[number]
export type SearchFacets = Record<FacetKey, Record<string, number>>

export interface SearchResult {
  hits: SearchHit[]
  /** Documents matching the query and every filter. */
  total: number
  /** Per facet: counts under the query and all the other filters (so a chosen value's siblings stay visible). */
  facets: SearchFacets
}

export interface SearchIndex {
  search(query: string, options?: SearchOptions): SearchResult
  /** Adds a document, replacing one with the same id and locale. */
  add(doc: SearchableDoc): void
  /** Returns whether a document was removed. */
  remove(id: string, locale: string): boolean
  has(id: string, locale: string): boolean
  readonly size: number
  /** A JSON-safe snapshot; loadSearchIndex turns it back into an index without re-tokenizing. */
  toJSON(): SerializedSearchIndex
}

/** Stored per document for filters, facets, display and highlighting. */
export interface StoredDoc {
  id: string
  locale: string
  title: string
  summary: string
  /** Body as plain text (Markdown markup removed, whitespace collapsed). */
  body: string
  tags: string[]
  standards: string[]
  category: string
  channel: string
  priority: string
  status: string
  /** Token counts of title, tags, summary, body. */
  lens: [number, number, number, number]
}

export interface SerializedSearchIndex {
  format: 'complaint-coach-search-index'
  /** 2 adds `blocks`; 1 (no block table) is still read. */
  version: 1 | 2
  terms: string[]
  docs: StoredDoc[]
  /** Varint-encoded postings in base64 (see persist.ts). */
  postings: string
  /** Byte length of each term's postings block, varints in base64: lets a load skip decoding them. */
  blocks?: string
}
