import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { StorageError } from '../../../src/backend/storage'
import { notesSpec, open, tempDir } from './helpers'

describe('a store', () => {
  it('starts with the defaults and keeps what was written after a restart', async () => {
    const dir = await tempDir()
    const first = await open(dir)
    const notes = await first.store('notes', notesSpec)
    expect(notes.data).toEqual({ notes: [] })
    await notes.update((d) => {
      d.notes.push({ id: 1, text: '顾客投诉牛奶过期' })
    })
    await first.release()

    const second = await open(dir)
    expect((await second.store('notes', notesSpec)).data.notes).toEqual([{ id: 1, text: '顾客投诉牛奶过期' }])
    expect(JSON.parse(await readFile(join(dir, 'notes.json'), 'utf8'))).toEqual({
      schemaVersion: 1,
      data: { notes: [{ id: 1, text: '顾客投诉牛奶过期' }] }
    })
  })

  it('runs updates one after another, each on the result of the previous', async () => {
    const data = await open(await tempDir())
    const notes = await data.store('notes', notesSpec)
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        notes.update((d) => {
          d.notes.push({ id: d.notes.length + 1, text: `note ${i}` })
        })
      )
    )
    expect(notes.data.notes.map((n) => n.id)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1))
  })

  it('accepts a replacement value returned by the updater', async () => {
    const data = await open(await tempDir())
    const notes = await data.store('notes', notesSpec)
    await notes.update(() => ({ notes: [{ id: 7, text: 'replaced' }] }))
    expect(notes.data.notes).toEqual([{ id: 7, text: 'replaced' }])
  })

  it('refuses a change that breaks the schema, names the field, and keeps the saved data', async () => {
    const data = await open(await tempDir())
    const notes = await data.store('notes', notesSpec)
    await notes.update((d) => {
      d.notes.push({ id: 1, text: 'kept' })
    })
    const bad = notes.update((d) => {
      d.notes.push({ id: 2, text: '' })
    })
    await expect(bad).rejects.toBeInstanceOf(StorageError)
    await expect(bad).rejects.toThrow(/notes\.json: .*data\.notes\.1\.text/)
    expect(notes.data.notes).toEqual([{ id: 1, text: 'kept' }])
    // A failed update does not block the ones after it.
    await notes.update((d) => {
      d.notes.push({ id: 3, text: 'after' })
    })
    expect(notes.data.notes.map((n) => n.id)).toEqual([1, 3])
  })

  it('rolls back a change whose updater throws half-way', async () => {
    const data = await open(await tempDir())
    const notes = await data.store('notes', notesSpec)
    const failing = notes.update((d) => {
      d.notes.push({ id: 1, text: 'half' })
      throw new Error('boom')
    })
    await expect(failing).rejects.toThrow('boom')
    expect(notes.data.notes).toEqual([])
  })

  it('returns the same store when opened twice, so writes stay serialized', async () => {
    const data = await open(await tempDir())
    expect(await data.store('notes', notesSpec)).toBe(await data.store('notes', notesSpec))
  })

  it('rejects names that could escape the folder or clash', async () => {
    const data = await open(await tempDir())
    for (const name of ['../x', 'a/b', 'Notes', '.hidden', 'a..b', '', 'backups', 'x.corrupt-1'])
      expect(() => data.store(name, notesSpec), name).toThrow(/not allowed/)
  })

  it('removes temp files left by an interrupted write when the folder opens', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, '.notes.json.123-4.tmp'), '{"schemaVer')
    const deep = join(dir, 'backups', 'files', 'records', '2026-10', 'versions')
    await mkdir(deep, { recursive: true })
    await writeFile(join(deep, '.x.json.9-1.tmp'), '')
    const data = await open(dir)
    expect(await readdir(dir)).not.toContain('.notes.json.123-4.tmp')
    expect(await readdir(deep)).toEqual([])
    expect(data.incidents).toEqual([])
  })

  it('refuses writes after release', async () => {
    const data = await open(await tempDir())
    const notes = await data.store('notes', notesSpec)
    await data.release()
    await expect(notes.update(() => undefined)).rejects.toThrow(/released/)
  })
})
