import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { z } from 'zod'
import { openDataDir, type DataDir, type OpenOptions } from '../../../src/backend/storage'
import type { StoreSpec } from '../../../src/backend/storage/types'

export const notesSchema = z.object({ notes: z.array(z.object({ id: z.number().int(), text: z.string().min(1) })) })
export type Notes = z.infer<typeof notesSchema>
export const notesSpec: StoreSpec<Notes> = {
  schema: notesSchema,
  version: 1,
  migrations: {},
  defaults: () => ({ notes: [] })
}

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

/** A fresh temporary folder, deleted after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cc-storage-'))
  cleanups.push(() => rm(dir, { recursive: true, force: true }))
  return dir
}

/** Opens a data folder that is released after the test (if the test did not release it itself). */
export async function open(dir: string, options: Partial<OpenOptions> = {}): Promise<DataDir> {
  const data = await openDataDir(dir, { appName: 'test-app', backup: { debounceMs: 10_000 }, ...options })
  cleanups.push(() => data.release())
  return data
}
