import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { StorageError } from '../../../src/backend/storage'
import type { StoreSpec } from '../../../src/backend/storage/types'
import { open, tempDir } from './helpers'

// A store whose shape changed three times:
// v1 { names: string[] } → v2 { people: [{ name }] } → v3 adds role → v4 renames name to displayName.
const v4Schema = z.object({ people: z.array(z.object({ displayName: z.string(), role: z.enum(['trainee', 'trainer']) })) })
type V4 = z.infer<typeof v4Schema>
const spec: StoreSpec<V4> = {
  schema: v4Schema,
  version: 4,
  migrations: {
    2: (old) => ({ people: (old as { names: string[] }).names.map((name) => ({ name })) }),
    3: (old) => ({ people: (old as { people: Array<{ name: string }> }).people.map((p) => ({ ...p, role: 'trainee' })) }),
    4: (old) => ({
      people: (old as { people: Array<{ name: string; role: string }> }).people.map(({ name, role }) => ({ displayName: name, role }))
    })
  },
  defaults: () => ({ people: [] })
}

const expected: V4 = {
  people: [
    { displayName: '李雷', role: 'trainee' },
    { displayName: '韩梅梅', role: 'trainee' }
  ]
}

const earlier: Record<number, unknown> = {
  1: { names: ['李雷', '韩梅梅'] },
  2: { people: [{ name: '李雷' }, { name: '韩梅梅' }] },
  3: { people: [{ name: '李雷', role: 'trainee' }, { name: '韩梅梅', role: 'trainee' }] }
}

describe('schema migrations', () => {
  for (const version of [1, 2, 3]) {
    it(`upgrade a file from version ${version} to 4, write it back, and keep the old file`, async () => {
      const dir = await tempDir()
      const original = JSON.stringify({ schemaVersion: version, data: earlier[version] })
      await writeFile(join(dir, 'people.json'), original)
      const data = await open(dir)
      const people = await data.store('people', spec)
      expect(people.data).toEqual(expected)
      expect(data.incidents).toEqual([])
      expect(JSON.parse(await readFile(join(dir, 'people.json'), 'utf8'))).toEqual({ schemaVersion: 4, data: expected })
      const kept = await readdir(join(dir, 'backups', 'files', 'people', 'migrations'))
      expect(kept).toHaveLength(1)
      expect(kept[0]).toMatch(new RegExp(`^v${version}-`))
      expect(await readFile(join(dir, 'backups', 'files', 'people', 'migrations', kept[0]), 'utf8')).toBe(original)
    })
  }

  it('leaves a current file alone', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'people.json'), JSON.stringify({ schemaVersion: 4, data: expected }))
    const data = await open(dir)
    expect((await data.store('people', spec)).data).toEqual(expected)
    await expect(readdir(join(dir, 'backups', 'files', 'people', 'migrations'))).rejects.toThrow()
  })

  it('treats a migration that throws as damage: the file is set aside, not lost', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'people.json'), JSON.stringify({ schemaVersion: 1, data: { names: 'not a list' } }))
    const data = await open(dir)
    const people = await data.store('people', spec)
    expect(people.data).toEqual({ people: [] })
    expect(data.incidents[0]).toMatchObject({ file: 'people.json', kind: 'migration-failed' })
    expect(data.incidents[0].problem).toMatch(/migration to version 2 failed/)
  })

  it('refuses a spec with a gap in its migrations, before touching any file', async () => {
    const data = await open(await tempDir())
    expect(() => data.store('people', { ...spec, migrations: { 2: spec.migrations[2], 4: spec.migrations[4] } })).toThrow(
      StorageError
    )
  })
})
