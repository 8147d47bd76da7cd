import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { encodeKeyPart } from '../../../src/backend/storage'
import { notesSpec, open, tempDir } from './helpers'

describe('a collection of shards', () => {
  it('keeps each shard in its own file and lists the keys', async () => {
    const dir = await tempDir()
    const data = await open(dir)
    const records = data.collection('records', notesSpec)
    expect(await records.keys()).toEqual([])
    await (await records.shard('2026-10')).update((d) => {
      d.notes.push({ id: 1, text: 'october' })
    })
    await (await records.shard('2026-09')).update((d) => {
      d.notes.push({ id: 2, text: 'september' })
    })
    // Opening a shard without writing does not create a file.
    await records.shard('2026-11')
    expect(await records.keys()).toEqual(['2026-09', '2026-10'])
    expect((await readdir(join(dir, 'records'))).sort()).toEqual(['2026-09.json', '2026-10.json'])
    expect(await records.shard('2026-10')).toBe(await records.shard('2026-10'))
  })

  it('appends a batch with one write per shard it touches', async () => {
    const dir = await tempDir()
    const data = await open(dir)
    const records = data.collection('records', notesSpec)
    const items = Array.from({ length: 300 }, (_, i) => ({ id: i, month: `2026-0${(i % 3) + 1}` }))
    const touched = await records.appendBatch(
      items,
      (item) => item.month,
      (draft, group) => {
        for (const item of group) draft.notes.push({ id: item.id, text: item.month })
      }
    )
    expect(touched).toEqual(['2026-01', '2026-02', '2026-03'])
    for (const key of touched) expect((await records.shard(key)).data.notes).toHaveLength(100)
    // Each shard was written once: one backup copy each once flushed.
    await data.backup.flush()
    const versions = await readdir(join(dir, 'backups', 'files', 'records', '2026-01', 'versions'))
    expect(versions).toHaveLength(1)
  })

  it('re-reads an unloaded shard from disk', async () => {
    const data = await open(await tempDir())
    const records = data.collection('records', notesSpec)
    const shard = await records.shard('k')
    await shard.update((d) => {
      d.notes.push({ id: 1, text: 'x' })
    })
    await records.unload('k')
    const again = await records.shard('k')
    expect(again).not.toBe(shard)
    expect(again.data.notes).toEqual([{ id: 1, text: 'x' }])
  })

  it('rejects shard keys that could escape the folder', async () => {
    const data = await open(await tempDir())
    const records = data.collection('records', notesSpec)
    for (const key of ['../users', '..', 'a/b', 'A', '/etc', 'c:x', '.x', 'x.tmp']) expect(() => records.shard(key), key).toThrow(/not allowed/)
    await expect(records.updateMany([['../x', () => undefined]])).rejects.toThrow(/not allowed/)
  })

  it('turns any text into a safe key with encodeKeyPart', async () => {
    const data = await open(await tempDir())
    const sessions = data.collection('sessions', notesSpec)
    const key = encodeKeyPart('User-42/张三')
    await (await sessions.shard(key)).update((d) => {
      d.notes.push({ id: 1, text: 'ok' })
    })
    expect(await sessions.keys()).toEqual([key])
  })

  it('keeps store and collection names apart', async () => {
    const data = await open(await tempDir())
    data.collection('records', notesSpec)
    expect(() => data.store('records', notesSpec)).toThrow(/already a collection/)
    await data.store('users', notesSpec)
    expect(() => data.collection('users', notesSpec)).toThrow(/already a store/)
  })
})
