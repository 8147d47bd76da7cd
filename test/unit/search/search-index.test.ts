import { describe, expect, it } from 'vitest'
import { createSearchIndex, loadSearchIndex, type HighlightPart, type SearchResult } from '../../../src/core/search'
import { CORPUS } from './corpus'

const index = createSearchIndex(CORPUS)
const ids = (r: SearchResult): string[] => r.hits.map((h) => `${h.locale}:${h.id}`)
const marked = (parts: HighlightPart[]): string[] => parts.filter((p) => p.match).map((p) => p.text)
const joined = (parts: HighlightPart[]): string => parts.map((p) => p.text).join('')

describe('search in Chinese', () => {
  it('finds the expired-milk case for 过期, ranked first', () => {
    const r = index.search('过期')
    expect(ids(r)[0]).toBe('zh-CN:safety-expired-milk')
    expect(r.total).toBe(1)
  })

  it('matches words in any order and ignores particles', () => {
    expect(ids(index.search('牛奶过期了'))).toEqual(['zh-CN:safety-expired-milk'])
    expect(ids(index.search('冒烟 充电宝'))).toEqual(['zh-CN:safety-power-bank-overheat'])
  })

  it('finds one-character queries in bodies too', () => {
    expect(ids(index.search('奶'))).toEqual(['zh-CN:safety-expired-milk'])
  })

  it('ranks a title match above a body-only match', () => {
    // 充电 is in the power-bank title and body; no other case mentions it.
    expect(ids(index.search('充电')).at(0)).toBe('zh-CN:safety-power-bank-overheat')
    expect(ids(index.search('退款')).sort()).toEqual(['zh-CN:pricing-shelf-tag-mismatch', 'zh-CN:safety-expired-milk'])
  })

  it('returns nothing for words no case contains', () => {
    expect(index.search('航班').total).toBe(0)
  })
})

describe('search in English', () => {
  it('finds words regardless of case and inflection, a tag match first', () => {
    // The double charge is tagged "refund"; the cake case only offers a refund in its body.
    expect(ids(index.search('Refunded'))).toEqual(['en:pricing-double-charged', 'en:delivery-late-birthday-cake'])
    expect(ids(index.search('charges'))[0]).toBe('en:pricing-double-charged')
  })

  it('tolerates a typo: delivary finds the delivery case', () => {
    expect(ids(index.search('delivary'))).toContain('en:delivery-late-birthday-cake')
    expect(ids(index.search('custmer twice'))).toContain('en:pricing-double-charged')
  })

  it('matches the word being typed as a prefix', () => {
    expect(ids(index.search('birth'))).toEqual(['en:delivery-late-birthday-cake'])
    expect(index.search('birth ').total).toBe(0)
  })

  it('needs every word when some document has them all', () => {
    expect(ids(index.search('cake courier'))).toEqual(['en:delivery-late-birthday-cake'])
  })

  it('falls back to the best partial matches when no document has every word', () => {
    expect(ids(index.search('courier zebra'))[0]).toBe('en:delivery-late-birthday-cake')
  })
})

describe('filters and facets', () => {
  it('filters by each field and by several values', () => {
    expect(ids(index.search('', { filters: { category: 'safety' } }))).toHaveLength(2)
    expect(ids(index.search('', { filters: { locale: 'en' } }))).toHaveLength(2)
    expect(ids(index.search('', { filters: { status: 'draft' } }))).toEqual(['zh-CN:pricing-shelf-tag-mismatch'])
    expect(ids(index.search('', { filters: { standard: 'escalate', channel: 'social-media' } }))).toEqual(['zh-CN:safety-power-bank-overheat'])
    expect(ids(index.search('', { filters: { tag: ['退款', 'payment'] } })).sort()).toEqual(
      ['en:pricing-double-charged', 'zh-CN:pricing-shelf-tag-mismatch', 'zh-CN:safety-expired-milk'].sort()
    )
  })

  it('lists every matching doc by title for an empty query', () => {
    const r = index.search('', { filters: { locale: 'zh-CN' } })
    expect(r.total).toBe(4)
    const titles = r.hits.map((h) => h.title)
    expect(titles).toEqual([...titles].sort(new Intl.Collator(['zh-CN', 'en']).compare))
    expect(r.hits.every((h) => h.score === 0)).toBe(true)
  })

  it('counts facets under the query and the other filters', () => {
    const r = index.search('', { filters: { category: 'safety' } })
    // The category facet ignores the category filter so the other categories stay choosable.
    expect(r.facets.category).toEqual({ safety: 2, delivery: 2, pricing: 2 })
    expect(r.facets.priority).toEqual({ urgent: 2 })
    expect(r.facets.standard).toEqual({ acknowledge: 1, escalate: 2, classify: 1 })
    expect(r.facets.tag).toEqual({ 食品安全: 1, 退款: 1, 产品安全: 1 })

    const q = index.search('退款', { filters: { category: 'pricing' } })
    expect(q.facets.category).toEqual({ safety: 1, pricing: 1 })
    expect(q.facets.status).toEqual({ draft: 1 })
    expect(q.total).toBe(1)
  })

  it('pages with limit and offset', () => {
    const all = ids(index.search(''))
    expect(all).toHaveLength(6)
    expect(ids(index.search('', { limit: 2, offset: 2 }))).toEqual(all.slice(2, 4))
    expect(index.search('', { limit: 2 }).total).toBe(6)
  })
})

describe('highlights', () => {
  it('marks the matched words in the title as plain-text parts', () => {
    const hit = index.search('牛奶过期').hits[0]
    expect(joined(hit.highlights.titleParts)).toBe('顾客购买的牛奶已过期')
    expect(marked(hit.highlights.titleParts)).toEqual(['牛奶', '过期'])
  })

  it('gives a body snippet around the match, without Markdown markup', () => {
    const hit = index.search('过期').hits[0]
    const snippet = joined(hit.highlights.snippetParts)
    expect(snippet).toContain('已过期三天')
    expect(snippet).not.toMatch(/[#*]/)
    expect(marked(hit.highlights.snippetParts)).toContain('过期')
  })

  it('marks the real word for a typo or prefix', () => {
    const typo = index.search('delivary').hits[0]
    expect(marked(typo.highlights.snippetParts)).toEqual(['delivery'])
    const prefix = index.search('late deliv').hits[0]
    expect(marked(prefix.highlights.titleParts)).toEqual(['delivered', 'late'])
  })

  it('cuts long texts with an ellipsis and drops markup', () => {
    const long = createSearchIndex([
      { ...CORPUS[0], id: 'long', body: `${'无关内容。'.repeat(60)}<script>alert(1)</script> 关键过期信息。${'无关内容。'.repeat(60)}` }
    ])
    const parts = long.search('过期').hits[0].highlights.snippetParts
    const text = joined(parts)
    expect(text.startsWith('…') && text.endsWith('…')).toBe(true)
    expect(text.length).toBeLessThan(120)
    expect(text).not.toContain('<script')
    expect(marked(parts)).toEqual(['过期'])
  })
})

describe('add, remove and persistence', () => {
  it('adds, replaces and removes documents', () => {
    const idx = createSearchIndex(CORPUS)
    idx.add({ ...CORPUS[0], id: 'safety-frozen-dumplings', title: '速冻水饺解冻变质', summary: '', body: '水饺已变质' })
    expect(ids(idx.search('水饺'))).toEqual(['zh-CN:safety-frozen-dumplings'])
    idx.add({ ...CORPUS[0], id: 'safety-frozen-dumplings', title: '速冻汤圆变质', summary: '', body: '' })
    expect(idx.search('水饺').total).toBe(0)
    expect(idx.size).toBe(7)
    expect(idx.remove('safety-expired-milk', 'zh-CN')).toBe(true)
    expect(idx.remove('safety-expired-milk', 'zh-CN')).toBe(false)
    expect(idx.has('safety-expired-milk', 'zh-CN')).toBe(false)
    expect(idx.search('牛奶').total).toBe(0)
    expect(ids(idx.search('汤圆'))).toEqual(['zh-CN:safety-frozen-dumplings'])
  })

  it('gives the same results after toJSON → JSON text → loadSearchIndex', () => {
    const text = JSON.stringify(index.toJSON())
    const loaded = loadSearchIndex(text)
    for (const q of ['过期', 'delivary', '退款', '', 'birth', '奶']) {
      expect(loaded.search(q, { filters: { locale: ['zh-CN', 'en'] } })).toEqual(index.search(q, { filters: { locale: ['zh-CN', 'en'] } }))
    }
    loaded.add({ ...CORPUS[1], id: 'delivery-new', title: '外卖洒漏' })
    expect(ids(loaded.search('洒漏'))).toEqual(['zh-CN:delivery-new'])
  })

  it('still reads a version 1 snapshot (no block table), and saves a loaded index again unchanged', () => {
    const { blocks: _blocks, ...v1 } = index.toJSON()
    const old = loadSearchIndex(JSON.stringify({ ...v1, version: 1 }))
    expect(old.search('退款')).toEqual(index.search('退款'))
    const lazy = loadSearchIndex(JSON.stringify(index.toJSON()))
    lazy.search('过期')
    expect(lazy.toJSON()).toEqual(index.toJSON())
  })

  it('refuses something that is not a saved index', () => {
    expect(() => loadSearchIndex('{"format":"other"}')).toThrow(/not a saved search index/)
    const snap = index.toJSON()
    expect(() => loadSearchIndex({ ...snap, postings: snap.postings.slice(0, 8) })).toThrow(/search index/)
    expect(() => loadSearchIndex({ ...snap, docs: [] })).toThrow(/search index/)
  })

  it('handles an empty index', () => {
    const empty = createSearchIndex([])
    expect(empty.search('过期')).toEqual({ hits: [], total: 0, facets: { category: {}, channel: {}, priority: {}, standard: {}, tag: {}, status: {} } })
    expect(loadSearchIndex(JSON.stringify(empty.toJSON())).search('').total).toBe(0)
  })
})
