import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCaseFile } from '../../../src/core/cases'
import { createSearchIndex, toSearchableDoc } from '../../../src/core/search'

const ROOT = resolve(import.meta.dirname, '../../..')
const docs = ['zh-CN', 'en'].flatMap((locale) => {
  const dir = join(ROOT, 'cases', locale)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => parseCaseFile(`cases/${locale}/${f}`, readFileSync(join(dir, f), 'utf8')).case)
    .filter((c) => c !== undefined)
    .map(toSearchableDoc)
})
const has = (id: string, locale: string): boolean => docs.some((d) => d.id === id && d.locale === locale)

describe.skipIf(docs.length === 0)('searching the bundled cases', () => {
  const index = createSearchIndex(docs)

  it.skipIf(!has('safety-expired-milk', 'zh-CN'))('过期牛奶 finds the expired-milk case first', () => {
    const r = index.search('过期牛奶', { filters: { locale: 'zh-CN' } })
    expect(r.hits[0]?.id).toBe('safety-expired-milk')
  })

  it.skipIf(!has('safety-expired-milk', 'en'))('expired milk finds it in English, typo or not', () => {
    expect(index.search('expired milk', { filters: { locale: 'en' } }).hits[0]?.id).toBe('safety-expired-milk')
    expect(index.search('expird milk', { filters: { locale: 'en' } }).hits[0]?.id).toBe('safety-expired-milk')
  })

  it('lists every case for an empty query and counts each locale', () => {
    const r = index.search('', { limit: 1000 })
    expect(r.total).toBe(docs.length)
    expect(Object.values(r.facets.category).reduce((a, b) => a + b, 0)).toBe(docs.length)
  })
})
