import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DataTooNewError } from '../../../src/backend/storage'
import { notesSpec, open, tempDir } from './helpers'

const good = (texts: string[]) =>
  JSON.stringify({ schemaVersion: 1, data: { notes: texts.map((text, i) => ({ id: i + 1, text })) } })

const damaged: Array<[string, string, string]> = [
  ['empty', '', 'the file is empty'],
  ['truncated', good(['a', 'b']).slice(0, 40), 'ends in the middle'],
  ['not-json', 'this is not json {', 'not valid JSON'],
  ['schema', JSON.stringify({ schemaVersion: 1, data: { notes: [{ id: 'x', text: 'a' }] } }), 'data.notes.0.id'],
  ['schema', JSON.stringify({ notes: [] }), 'schemaVersion']
]

/** Puts two good backups in place (the newer one must win) plus a newest one that is itself damaged. */
async function seedBackups(dir: string): Promise<void> {
  const versions = join(dir, 'backups', 'files', 'notes', 'versions')
  await mkdir(versions, { recursive: true })
  await writeFile(join(versions, '2026-01-01T00-00-00-000Z.json'), good(['older']))
  await writeFile(join(versions, '2026-01-02T00-00-00-000Z.json'), good(['newest good']))
  await writeFile(join(versions, '2026-01-03T00-00-00-000Z.json'), '{"schemaVersion":1,"da')
}

describe('a damaged data file at start-up', () => {
  for (const [kind, content, problem] of damaged) {
    it(`(${kind}: ${problem}) is moved aside, never overwritten, and the newest good backup restored`, async () => {
      const dir = await tempDir()
      await writeFile(join(dir, 'notes.json'), content)
      await seedBackups(dir)
      const data = await open(dir, { now: () => new Date('2026-02-03T04:05:06.789Z') })
      const notes = await data.store('notes', notesSpec)

      expect(notes.data.notes.map((n) => n.text)).toEqual(['newest good'])
      expect(data.incidents).toHaveLength(1)
      const incident = data.incidents[0]
      expect(incident).toMatchObject({
        file: 'notes.json',
        kind,
        movedTo: 'notes.corrupt-2026-02-03T04-05-06-789Z.json',
        restoredFrom: 'backups/files/notes/versions/2026-01-02T00-00-00-000Z.json',
        at: '2026-02-03T04:05:06.789Z'
      })
      expect(incident.problem).toContain(problem)
      // The damaged bytes are kept exactly as they were.
      expect(await readFile(join(dir, incident.movedTo!), 'utf8')).toBe(content)
      expect(JSON.parse(await readFile(join(dir, 'notes.json'), 'utf8')).data.notes[0].text).toBe('newest good')
    })
  }

  it('falls back to the defaults, and says so, when no backup is good', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'notes.json'), '\n')
    const data = await open(dir)
    const notes = await data.store('notes', notesSpec)
    expect(notes.data).toEqual({ notes: [] })
    expect(data.incidents[0]).toMatchObject({ file: 'notes.json', kind: 'empty', restoredFrom: null })
    expect((await readdir(dir)).some((n) => n.startsWith('notes.corrupt-'))).toBe(true)
  })

  it('recovers a damaged shard of a collection the same way', async () => {
    const dir = await tempDir()
    await mkdir(join(dir, 'records'))
    await writeFile(join(dir, 'records', '2026-10.json'), '{"schemaVersion":1,"data":{"notes":[{"id":1,')
    const data = await open(dir)
    const shard = await data.collection('records', notesSpec).shard('2026-10')
    expect(shard.data).toEqual({ notes: [] })
    expect(data.incidents[0]).toMatchObject({ file: 'records/2026-10.json', kind: 'truncated' })
    expect(data.incidents[0].movedTo).toMatch(/^records\/2026-10\.corrupt-.*\.json$/)
    expect(await data.collection('records', notesSpec).keys()).toEqual([])
  })

  it('leaves a file from a newer version of the app untouched and refuses to open it', async () => {
    const dir = await tempDir()
    const newer = JSON.stringify({ schemaVersion: 9, data: { whatever: true } })
    await writeFile(join(dir, 'notes.json'), newer)
    const data = await open(dir)
    await expect(data.store('notes', notesSpec)).rejects.toBeInstanceOf(DataTooNewError)
    expect(await readFile(join(dir, 'notes.json'), 'utf8')).toBe(newer)
    expect(data.incidents).toEqual([])
  })

  it('restores a version that a write backed up earlier', async () => {
    const dir = await tempDir()
    const first = await open(dir)
    const notes = await first.store('notes', notesSpec)
    await notes.update((d) => {
      d.notes.push({ id: 1, text: 'saved and backed up' })
    })
    await first.release() // takes the pending backup copy
    await writeFile(join(dir, 'notes.json'), '')
    const second = await open(dir)
    expect((await second.store('notes', notesSpec)).data.notes[0].text).toBe('saved and backed up')
    expect(second.incidents[0].restoredFrom).toMatch(/^backups\/files\/notes\/versions\//)
  })
})
