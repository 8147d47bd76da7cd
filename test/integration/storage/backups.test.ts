import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { notesSpec, open, tempDir } from './helpers'

/** A clock the test moves by hand. */
function clock(start: string) {
  let t = new Date(start).getTime()
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) }
}

describe('rotating backups', () => {
  it('keep the last N versions of a file and one copy per day', async () => {
    const dir = await tempDir()
    const c = clock('2026-03-01T10:00:00Z')
    const data = await open(dir, { now: c.now, backup: { keepBackups: 3, dailyBackups: 2, debounceMs: 10_000 } })
    const notes = await data.store('notes', notesSpec)
    for (let i = 1; i <= 8; i++) {
      await notes.update((d) => {
        d.notes.push({ id: i, text: `v${i}` })
      })
      await data.backup.flush()
      c.advance(i % 3 === 0 ? 86_400_000 : 60_000) // a new day every third write
    }
    const folder = join(dir, 'backups', 'files', 'notes')
    expect(await readdir(join(folder, 'versions'))).toHaveLength(3)
    const daily = (await readdir(join(folder, 'daily'))).sort()
    expect(daily).toEqual(['2026-03-02.json', '2026-03-03.json'])

    const listed = await data.backup.listBackups()
    expect(listed.filter((b) => b.kind === 'version')).toHaveLength(3)
    expect(listed.filter((b) => b.kind === 'daily')).toHaveLength(2)
    expect(listed.every((b) => b.file === 'notes.json')).toBe(true)
  })

  it('take one copy for a burst of writes, after the writes pause', async () => {
    const dir = await tempDir()
    const data = await open(dir, { backup: { debounceMs: 60_000 } })
    const notes = await data.store('notes', notesSpec)
    for (let i = 1; i <= 5; i++)
      await notes.update((d) => {
        d.notes.push({ id: i, text: 'burst' })
      })
    await expect(readdir(join(dir, 'backups', 'files', 'notes', 'versions'))).rejects.toThrow() // still waiting
    await data.backup.flush()
    expect(await readdir(join(dir, 'backups', 'files', 'notes', 'versions'))).toHaveLength(1)
  })

  it('take the copy without being asked once the quiet time has passed', async () => {
    const dir = await tempDir()
    const data = await open(dir, { backup: { debounceMs: 10 } })
    await (await data.store('notes', notesSpec)).update((d) => {
      d.notes.push({ id: 1, text: 'x' })
    })
    await expect.poll(() => data.backup.listBackups().then((l) => l.length), { timeout: 5_000 }).toBeGreaterThan(0)
  })

  it('follow the settings when the policy changes', async () => {
    const dir = await tempDir()
    const data = await open(dir)
    data.backup.configure({ keepBackups: 1, dailyBackups: 0 })
    const notes = await data.store('notes', notesSpec)
    for (let i = 1; i <= 3; i++) {
      await notes.update((d) => {
        d.notes.push({ id: i, text: 'x' })
      })
      await data.backup.rotate(notes)
    }
    expect(await readdir(join(dir, 'backups', 'files', 'notes'))).toEqual(['versions'])
    expect(await readdir(join(dir, 'backups', 'files', 'notes', 'versions'))).toHaveLength(1)
  })

  it('scheduled runs write whole-folder archives and keep the last few', async () => {
    const dir = await tempDir()
    const c = clock('2026-03-01T00:00:00Z')
    const data = await open(dir, { now: c.now, backup: { keepArchives: 2 } })
    await (await data.store('notes', notesSpec)).update((d) => {
      d.notes.push({ id: 1, text: 'x' })
    })
    const written: string[] = []
    for (let i = 0; i < 3; i++) {
      written.push(await data.backup.runScheduled())
      c.advance(3_600_000)
    }
    expect(written[2]).toBe('backups/archives/2026-03-01T02-00-00-000Z.zip')
    const archives = (await data.backup.listBackups()).filter((b) => b.kind === 'archive').map((b) => b.path)
    expect(archives.sort()).toEqual(written.slice(1).sort())
  })
})
