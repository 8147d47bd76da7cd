import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assertName, decodeKeyPart, encodeKeyPart } from '../../../src/backend/storage/names'

describe('store and shard names', () => {
  it.each(['settings', 'users', '2026-10', 'a_b.c', 'u-3f2a'])('accepts %s', (name) => {
    expect(() => assertName('name', name)).not.toThrow()
  })
  it.each(['', '..', '../x', 'a/b', 'a\\b', '.x', 'A', 'a..b', 'x.tmp', 'n.corrupt-1', 'backups', 'data.lock', 'x'.repeat(121), 'é'])(
    'refuses %j',
    (name) => {
      expect(() => assertName('name', name)).toThrow(/not allowed/)
    }
  )
  it('encodes any text into a valid, reversible key part that keeps case apart', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        const key = encodeKeyPart(text)
        expect(() => assertName('key', key)).not.toThrow()
        expect(decodeKeyPart(key)).toBe(text)
      })
    )
    expect(encodeKeyPart('A')).not.toBe(encodeKeyPart('a'))
  })
})
