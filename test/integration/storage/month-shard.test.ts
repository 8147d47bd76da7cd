import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RecordRepo } from '../../../src/backend/services/appraisal/records'
import { monthProblem } from '../../../src/backend/services/appraisal/compact'
import { open, tempDir } from './helpers'

// The month shard's check is a hand-written pass over the columns (no zod per element): it must still
// catch what zod caught, and a shard failing it is set aside, never overwritten.

const good = () => ({ dict: ['S1', '张伟'], t: ['T1', 'T2'], s: [0, 0], n: [1, 1], c: [72, 328], r: [1790000000000, 1790000001000], f: [60000, -1], d: [-1, 3600000] })

describe('month shard check', () => {
  it('accepts a good month and an empty one', () => {
    expect(monthProblem(good())).toBeNull()
    expect(monthProblem({ dict: [], t: [], s: [], n: [], c: [], r: [], f: [], d: [] })).toBeNull()
  })

  const bad: Array<[string, unknown, string, RegExp]> = [
    ['not an object', [1, 2], '', /object of columns/],
    ['a column missing', { ...good(), f: undefined }, 'f', /array of integers/],
    ['a text in a number column', { ...good(), r: [1790000000000, '1790000001000'] }, 'r', /integers \(item 1/],
    ['a fraction', { ...good(), c: [72, 1.5] }, 'c', /integers/],
    ['an unsafe integer', { ...good(), r: [1790000000000, 2 ** 53] }, 'r', /integers/],
    ['a null in a number column', { ...good(), f: [null, -1] }, 'f', /integers \(item 0/],
    ['a number in the ticket column', { ...good(), t: ['T1', 2] }, 't', /strings \(item 1/],
    ['a null in the dictionary', { ...good(), dict: ['S1', null] }, 'dict', /strings/],
    ['a staff index past the dictionary', { ...good(), s: [0, 2] }, 's', /out of range/],
    ['a negative name index', { ...good(), n: [-1, 1] }, 'n', /out of range/],
    ['a short column', { ...good(), d: [-1] }, 'd', /same length/],
    ['a long column', { ...good(), s: [0, 0, 0] }, 's', /same length/]
  ]
  for (const [what, value, path, message] of bad)
    it(`refuses ${what}`, () => {
      const p = monthProblem(value)
      expect(p?.path.join('.') ?? null).toBe(path)
      expect(p?.message).toMatch(message)
    })

  it('is written in ASCII (names escaped), so it reads back as a one-byte string', async () => {
    const dir = await tempDir()
    const data = await open(dir)
    const repo = new RecordRepo(data)
    const record = { ticketId: 'T1', staffId: 'S1', staffName: '张伟', channel: 'phone', category: 'delivery', priority: 'urgent', receivedAt: '2026-10-01T00:00:00.000Z', firstResponseAt: null, resolvedAt: null, status: 'unresolved', satisfaction: null, rootCause: null } as const
    await repo.upsert([record])
    const text = await readFile(join(dir, 'records', '2026-10.json'), 'utf8')
    expect(/[^\x20-\x7e]/.test(text)).toBe(false)
    expect(await repo.records(0, Date.parse('2100-01-01T00:00:00Z'))).toEqual([record])
    await data.release()
  })

  it('sets a corrupt month aside at open, names the file and the column, and keeps its bytes', async () => {
    const dir = await tempDir()
    await mkdir(join(dir, 'records'))
    const corrupt = JSON.stringify({ schemaVersion: 1, data: { ...good(), r: [1790000000000, 'x'] } })
    await writeFile(join(dir, 'records', '2026-10.json'), corrupt)
    const data = await open(dir)
    const repo = new RecordRepo(data)
    expect(await repo.records(0, Date.parse('2100-01-01T00:00:00Z'))).toEqual([])
    expect(data.incidents[0]).toMatchObject({ file: 'records/2026-10.json', kind: 'schema' })
    expect(data.incidents[0].problem).toMatch(/^data\.r: must be an array of integers/)
    const moved = data.incidents[0].movedTo
    expect(moved).toMatch(/^records\/2026-10\.corrupt-.*\.json$/)
    expect(await readFile(join(dir, moved as string), 'utf8')).toBe(corrupt)
    expect((await readdir(join(dir, 'records'))).filter((n) => n === '2026-10.json')).toEqual([])
    await data.release()
  })
})
