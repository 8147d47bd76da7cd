import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { asciiJson, decodeEnvelope, encodeEnvelope, looksTruncated } from '../../../src/backend/storage/envelope'
import type { StoreSpec } from '../../../src/backend/storage/types'

const spec: StoreSpec<{ n: number }> = {
  schema: z.object({ n: z.number() }),
  version: 2,
  migrations: { 2: (old) => ({ n: Number((old as { count: string }).count) }) },
  defaults: () => ({ n: 0 })
}

describe('decoding a data file', () => {
  it('reads a current file', () => {
    expect(decodeEnvelope('{"schemaVersion":2,"data":{"n":3}}', spec)).toEqual({ ok: true, data: { n: 3 }, fromVersion: 2 })
  })
  it('migrates an older one', () => {
    expect(decodeEnvelope('{"schemaVersion":1,"data":{"count":"7"}}', spec)).toEqual({ ok: true, data: { n: 7 }, fromVersion: 1 })
  })
  it.each([
    ['', 'empty'],
    ['  \n', 'empty'],
    ['{"schemaVersion":2,"data":{"n":', 'truncated'],
    ['{"schemaVersion":2,"data":"abc', 'truncated'],
    ['hello', 'not-json'],
    ['{"a":1} trailing', 'not-json'],
    ['[1,2]', 'schema'],
    ['{"schemaVersion":0,"data":{}}', 'schema'],
    ['{"schemaVersion":2,"data":{"n":"x"}}', 'schema'],
    ['{"schemaVersion":3,"data":{}}', 'too-new']
  ])('classifies %j as %s', (text, kind) => {
    const decoded = decodeEnvelope(text, spec)
    expect(decoded.ok).toBe(false)
    if (!decoded.ok) expect(decoded.kind).toBe(kind)
  })
  it('names the field that fails the schema', () => {
    const decoded = decodeEnvelope('{"schemaVersion":2,"data":{"n":"x"}}', spec)
    expect(!decoded.ok && decoded.problem).toMatch(/^data\.n: /)
  })
  it('tells truncation from other damage', () => {
    expect(looksTruncated('{"a":[1,2')).toBe(true)
    expect(looksTruncated('{"a":"}]"')).toBe(true)
    expect(looksTruncated('{"a":1}}')).toBe(false)
    expect(looksTruncated('nope')).toBe(false)
  })
})

describe('asciiJson', () => {
  it('escapes every non-ASCII character and parses back to the same data', () => {
    const data = { dict: ['S001', '张伟', 'Zoë', '😀', 'a"b\\c\n'], n: [1, -1] }
    const text = encodeEnvelope(1, data, true)
    expect(/[^\x20-\x7e]/.test(text)).toBe(false)
    expect(text).toContain('\\u5f20\\u4f1f')
    expect(JSON.parse(text)).toEqual({ schemaVersion: 1, data })
    expect(asciiJson(JSON.stringify(data))).toBe(text.slice('{"schemaVersion":1,"data":'.length, -1))
    expect(encodeEnvelope(1, data)).toContain('张伟')
  })
})
