import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate'
import { describe, expect, it } from 'vitest'
import { ArchiveError } from '../../../src/backend/storage'
import { MANIFEST } from '../../../src/backend/storage/archive-write'
import { notesSpec, open, tempDir } from './helpers'

const manifest = (app = 'test-app') => strToU8(JSON.stringify({ format: 1, app, createdAt: '2026-01-01T00:00:00Z', files: [] }))
const envelope = (data: unknown) => strToU8(JSON.stringify({ schemaVersion: 1, data }))

async function seeded() {
  const dir = await tempDir()
  const data = await open(dir)
  const notes = await data.store('notes', notesSpec)
  await notes.update((d) => {
    d.notes.push({ id: 1, text: '原始数据' })
  })
  const records = data.collection('records', notesSpec)
  await (await records.shard('2026-10')).update((d) => {
    d.notes.push({ id: 2, text: 'october' })
  })
  return { dir, data, notes, records }
}

describe('export and restore of the whole data folder', () => {
  it('exports the data files (not backups or the lock) and restores them, keeping the replaced folder', async () => {
    const { dir, data, notes, records } = await seeded()
    await data.backup.flush()
    const archive = await data.backup.exportArchive()
    expect(Object.keys(unzipSync(archive)).sort()).toEqual([MANIFEST, 'notes.json', 'records/2026-10.json'])

    await notes.update((d) => {
      d.notes[0].text = 'changed after the backup'
    })
    await (await records.shard('2026-11')).update((d) => {
      d.notes.push({ id: 3, text: 'november' })
    })
    const result = await data.backup.restoreArchive(archive)

    expect(result.files).toEqual(['notes.json', 'records/2026-10.json'])
    expect(notes.data.notes[0].text).toBe('原始数据') // open stores see the restored data
    expect(await records.keys()).toEqual(['2026-10'])
    const previous = join(dir, result.previous)
    expect(result.previous).toMatch(/^\.pre-restore-/)
    expect(JSON.parse(await readFile(join(previous, 'notes.json'), 'utf8')).data.notes[0].text).toBe('changed after the backup')
    expect(await readdir(join(previous, 'records'))).toContain('2026-11.json')
    // Backups and the lock stayed where they were.
    expect(await readdir(dir)).toEqual(expect.arrayContaining(['backups', 'data.lock']))
    await notes.update((d) => {
      d.notes.push({ id: 9, text: 'writes still work' })
    })
  })

  const invalid: Array<[string, Zippable, RegExp]> = [
    ['a file that fails its schema', { [MANIFEST]: manifest(), 'notes.json': envelope({ notes: [{ id: 'x' }] }) }, /notes\.json: data\.notes\.0/],
    ['a shard that is not JSON', { [MANIFEST]: manifest(), 'records/2026-01.json': strToU8('oops') }, /records\/2026-01\.json: not valid JSON/],
    ['a newer schema version', { [MANIFEST]: manifest(), 'notes.json': strToU8('{"schemaVersion":5,"data":{}}') }, /newer version/],
    ['an entry that climbs out with ../', { [MANIFEST]: manifest(), '../evil.json': envelope({}) }, /"\.\." would escape/],
    ['an absolute path', { [MANIFEST]: manifest(), '/etc/evil.json': envelope({}) }, /absolute paths/],
    ['a Windows drive path', { [MANIFEST]: manifest(), 'C:/evil.json': envelope({}) }, /absolute paths/],
    ['a symbolic link', { [MANIFEST]: manifest(), 'link.json': [strToU8('/etc/passwd'), { os: 3, attrs: 0o120777 << 16 }] }, /symbolic links/],
    ['no manifest', { 'notes.json': envelope({ notes: [] }) }, /not a backup/],
    ['another app', { [MANIFEST]: manifest('other-app'), 'notes.json': envelope({ notes: [] }) }, /belongs to "other-app"/],
    ['the lock file', { [MANIFEST]: manifest(), 'data.lock': strToU8('{}') }, /not part of a data folder/],
    ['a backups folder', { [MANIFEST]: manifest(), 'backups/files/x.json': envelope({}) }, /not part of a data folder/]
  ]
  for (const [what, files, error] of invalid) {
    it(`rejects an archive with ${what} and changes nothing`, async () => {
      const { dir, data, notes } = await seeded()
      const before = await readFile(join(dir, 'notes.json'), 'utf8')
      const restoring = data.backup.restoreArchive(zipSync(files))
      await expect(restoring).rejects.toBeInstanceOf(ArchiveError)
      await expect(restoring).rejects.toThrow(error)
      expect(await readFile(join(dir, 'notes.json'), 'utf8')).toBe(before)
      expect(notes.data.notes[0].text).toBe('原始数据')
      expect((await readdir(dir)).filter((n) => n.startsWith('.'))).toEqual([])
    })
  }

  it('finishes a restore that was interrupted half-way, at the next start', async () => {
    const dir = await tempDir()
    const first = await open(dir)
    await (await first.store('notes', notesSpec)).update((d) => {
      d.notes.push({ id: 1, text: 'old' })
    })
    await first.release()
    // The state right after the journal was written: staged files complete, nothing swapped yet.
    const staging = '.restore-staging-2026-01-01T00-00-00-000Z'
    await mkdir(join(dir, staging))
    await writeFile(join(dir, staging, 'notes.json'), envelope({ notes: [{ id: 2, text: 'restored' }] }))
    await writeFile(
      join(dir, '.restore-journal.json'),
      JSON.stringify({ phase: 'staged', staging, previous: '.pre-restore-2026-01-01T00-00-00-000Z' })
    )
    const second = await open(dir)
    expect((await second.store('notes', notesSpec)).data.notes[0].text).toBe('restored')
    expect((await readdir(dir)).sort()).toEqual(['.pre-restore-2026-01-01T00-00-00-000Z', 'backups', 'data.lock', 'notes.json'])
  })
})
