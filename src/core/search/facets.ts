import { FACET_KEYS, type FacetKey, type FilterValue, type SearchFacets, type SearchFilters, type StoredDoc } from './types'

function valuesOf(doc: StoredDoc, key: FacetKey | 'locale'): readonly string[] {
  switch (key) {
    case 'standard':
      return doc.standards
    case 'tag':
      return doc.tags
    default:
      return [doc[key]]
  }
}

/** One facet's values numbered, and each document's value numbers in CSR form. */
class Column {
  readonly names: string[] = []
  readonly starts: Uint32Array
  readonly ids: Uint32Array

  constructor(docs: readonly StoredDoc[], key: FacetKey | 'locale') {
    const index = new Map<string, number>()
    const ids: number[] = []
    this.starts = new Uint32Array(docs.length + 1)
    docs.forEach((d, s) => {
      for (const v of valuesOf(d, key)) {
        let id = index.get(v)
        if (id === undefined) {
          id = this.names.length
          index.set(v, id)
          this.names.push(v)
        }
        ids.push(id)
      }
      this.starts[s + 1] = ids.length
    })
    this.ids = Uint32Array.from(ids)
  }

  /** 1 per value id the filter allows. */
  mask(filter: FilterValue): Uint8Array {
    const wanted = new Set(typeof filter === 'string' ? [filter] : filter)
    return Uint8Array.from(this.names, (n) => (wanted.has(n) ? 1 : 0))
  }
}

/**
 * Facet values of every document as small integers, built once per index change so filtering and
 * counting thousands of matches per keystroke is integer work only.
 */
export class FacetTable {
  private readonly columns: Column[]
  private readonly locale: Column

  constructor(docs: readonly StoredDoc[]) {
    this.columns = FACET_KEYS.map((k) => new Column(docs, k))
    this.locale = new Column(docs, 'locale')
  }

  counter(filters: SearchFilters | undefined): FacetCounter {
    return new FacetCounter(this.columns, this.locale, filters)
  }
}

/**
 * Applies filters and counts facets in one pass: a doc failing exactly one filter still counts for
 * that filter's facet, so the facet shows what choosing another value would give.
 */
export class FacetCounter {
  private readonly active: { col: Column; allowed: Uint8Array; bit: number }[] = []
  private readonly localeMask: Uint8Array | undefined
  private readonly counts: Uint32Array[]

  constructor(
    private readonly columns: Column[],
    private readonly locale: Column,
    filters: SearchFilters | undefined
  ) {
    const loc = filters?.locale
    this.localeMask = loc !== undefined && loc.length ? locale.mask(loc) : undefined
    FACET_KEYS.forEach((key, bit) => {
      const f = filters?.[key]
      if (f !== undefined && f.length) this.active.push({ col: columns[bit], allowed: columns[bit].mask(f), bit })
    })
    this.counts = columns.map((c) => new Uint32Array(c.names.length))
  }

  /** Counts the doc and returns whether it passes every filter. */
  visit(slot: number): boolean {
    if (this.localeMask && !this.localeMask[this.locale.ids[slot]]) return false
    let failed = -1
    for (const f of this.active) {
      const { starts, ids } = f.col
      let ok = false
      for (let i = starts[slot]; i < starts[slot + 1] && !ok; i++) ok = f.allowed[ids[i]] === 1
      if (!ok) {
        if (failed >= 0) return false
        failed = f.bit
      }
    }
    if (failed >= 0) {
      this.count(failed, slot)
      return false
    }
    for (let k = 0; k < this.columns.length; k++) this.count(k, slot)
    return true
  }

  private count(k: number, slot: number): void {
    const { starts, ids } = this.columns[k]
    const counts = this.counts[k]
    for (let i = starts[slot]; i < starts[slot + 1]; i++) counts[ids[i]]++
  }

  get facets(): SearchFacets {
    const out = {} as SearchFacets
    FACET_KEYS.forEach((key, k) => {
      const bucket: Record<string, number> = {}
      const names = this.columns[k].names
      this.counts[k].forEach((n, i) => {
        if (n > 0) bucket[names[i]] = n
      })
      out[key] = bucket
    })
    return out
  }
}
