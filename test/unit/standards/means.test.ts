import { describe, expect, it } from 'vitest'
import { standardMeans } from '../../../src/core/standards/means'
import { STANDARD_IDS } from '../../../src/core/standards/standards'

describe('standardMeans', () => {
  it('averages each standard over the performances that exercised it, in rubric order', () => {
    const m = standardMeans([
      [{ id: 'listen', score: 100 }, { id: 'apologize', score: 50 }, { id: 'privacy', score: null }],
      [{ id: 'listen', score: 0 }, { id: 'apologize', score: 75 }]
    ])
    expect(m.map((x) => x.id)).toEqual([...STANDARD_IDS])
    expect(m.find((x) => x.id === 'listen')).toEqual({ id: 'listen', mean: 50, count: 2 })
    expect(m.find((x) => x.id === 'apologize')).toEqual({ id: 'apologize', mean: 62.5, count: 2 })
  })
  it('keeps a standard nobody exercised as null, never 0', () => {
    const m = standardMeans([[{ id: 'privacy', score: null }]])
    expect(m.find((x) => x.id === 'privacy')).toEqual({ id: 'privacy', mean: null, count: 0 })
    expect(standardMeans([]).every((x) => x.mean === null && x.count === 0)).toBe(true)
  })
  it('rounds to one decimal', () => {
    expect(standardMeans([[{ id: 'record', score: 100 }], [{ id: 'record', score: 0 }], [{ id: 'record', score: 0 }]])[5]).toEqual({ id: 'record', mean: 33.3, count: 3 })
  })
})
