import fc from 'fast-check'
import { strToU8, zipSync, type Zippable } from 'fflate'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ArchiveError, readArchive, validateArchive } from '../../../src/backend/storage'
import { MANIFEST } from '../../../src/backend/storage/archive-write'
import type { StoreSpec } from '../../../src/backend/storage/types'

const spec: StoreSpec<unknown> = {
  schema: z.object({ notes: z.array(z.string()) }),
  version: 1,
  migrations: {},
  defaults: () => ({ notes: [] })
}
const lookup = (path: string) => (path === 'notes.json' || path.startsWith('records/') ? spec : null)

/** What the restore does with untrusted bytes: parse, then validate. */
function parseAndValidate(bytes: Uint8Array) {
  return validateArchive(readArchive(bytes), 'test-app', lookup)
}

/** Either it is accepted, or it is refused with an ArchiveError carrying a readable message. */
function outcome(bytes: Uint8Array): 'ok' | 'refused' {
  try {
    parseAndValidate(bytes)
    return 'ok'
  } catch (e) {
    if (!(e instanceof ArchiveError)) throw new Error(`not an ArchiveError: ${String(e)}`, { cause: e })
    expect(e.message.length).toBeGreaterThan(10)
    return 'refused'
  }
}

const safeName = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/)
const notes = fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 })
const validArchive = fc
  .record({ top: notes, shards: fc.dictionary(safeName, notes, { maxKeys: 4 }) })
  .map(({ top, shards }) => {
    const files: Zippable = {
      [MANIFEST]: strToU8(JSON.stringify({ format: 1, app: 'test-app', createdAt: '', files: [] })),
      'notes.json': strToU8(JSON.stringify({ schemaVersion: 1, data: { notes: top } }))
    }
    for (const [key, value] of Object.entries(shards))
      files[`records/${key}.json`] = strToU8(JSON.stringify({ schemaVersion: 1, data: { notes: value } }))
    return zipSync(files, { level: 6 })
  })

type Mutation =
  | { kind: 'flip'; at: number; value: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'overwrite'; at: number; bytes: Uint8Array }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant('overwrite' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) })
)

function mutate(input: Uint8Array, mutations: Mutation[]): Uint8Array {
  let b = input.slice()
  for (const m of mutations) {
    const at = b.length === 0 ? 0 : m.at % b.length
    if (m.kind === 'flip') b[at] = m.value
    else if (m.kind === 'truncate') b = b.slice(0, at)
    else if (m.kind === 'insert') b = new Uint8Array([...b.subarray(0, at), ...m.bytes, ...b.subarray(at)])
    else b.set(m.bytes.subarray(0, b.length - at), at)
  }
  return b
}

describe('the backup-archive parser under random input', () => {
  it('refuses random bytes with a clear error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        expect(outcome(bytes)).toBe('refused')
      }),
      { numRuns: 2000 }
    )
  })

  it('accepts every well-formed archive it is given', () => {
    fc.assert(
      fc.property(validArchive, (bytes) => {
        expect(outcome(bytes)).toBe('ok')
      }),
      { numRuns: 300 }
    )
  })

  it('never crashes or hangs on mutated archives', () => {
    fc.assert(
      fc.property(validArchive, fc.array(mutation, { minLength: 1, maxLength: 4 }), (bytes, mutations) => {
        outcome(mutate(bytes, mutations))
      }),
      { numRuns: 3000 }
    )
  })

  it('never crashes on random bytes placed behind a valid end-of-archive record', () => {
    // Random bodies with a plausible directory pointer reach deeper into the parser than pure noise.
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 512 }),
        fc.integer({ min: 0, max: 20 }),
        fc.nat(600),
        fc.nat(600),
        (body, count, size, offset) => {
          const eocd = new Uint8Array(22)
          const v = new DataView(eocd.buffer)
          v.setUint32(0, 0x06054b50, true)
          v.setUint16(8, count, true)
          v.setUint16(10, count, true)
          v.setUint32(12, size, true)
          v.setUint32(16, offset, true)
          outcome(new Uint8Array([...body, ...eocd]))
        }
      ),
      { numRuns: 2000 }
    )
  })
})

describe('entry checks', () => {
  const refuse = (files: Zippable, pattern: RegExp) => expect(() => parseAndValidate(zipSync(files))).toThrow(pattern)
  const m = strToU8(JSON.stringify({ format: 1, app: 'test-app', createdAt: '', files: [] }))
  it('refuses paths that escape, are absolute or hidden, and symbolic links', () => {
    refuse({ [MANIFEST]: m, 'records/../../x.json': strToU8('{}') }, /escape/)
    refuse({ [MANIFEST]: m, '/abs.json': strToU8('{}') }, /absolute/)
    refuse({ [MANIFEST]: m, 'a\\..\\b.json': strToU8('{}') }, /backslashes/)
    refuse({ [MANIFEST]: m, '.hidden/x.json': strToU8('{}') }, /not part of a data folder/)
    refuse({ [MANIFEST]: m, 'x.json': [strToU8('target'), { os: 3, attrs: 0o120644 << 16 }] }, /symbolic link/)
  })
  it('refuses two entries that differ only in case', () => {
    refuse({ [MANIFEST]: m, 'a.json': strToU8('{}'), 'A.json': strToU8('{}') }, /twice/)
  })
  it('refuses an entry whose content does not match its checksum', () => {
    const zip = zipSync({ [MANIFEST]: m, 'notes.json': strToU8('{"schemaVersion":1,"data":{"notes":[]}}') }, { level: 0 })
    const at = Buffer.from(zip).indexOf('"notes":[]')
    zip[at + 2] = 'N'.charCodeAt(0)
    expect(() => parseAndValidate(zip)).toThrow(/checksum/)
  })
})
