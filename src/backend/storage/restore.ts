import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArchiveEntry } from './archive-read'
import { isExportedTopLevel } from './archive-write'
import { fileStamp, fsyncDir, isErrno, renameWithRetry, writeDurable } from './durable-fs'

export const JOURNAL = '.restore-journal.json'

interface Journal {
  /** "staged": the new files are complete; "swapped-out": the old ones are all in `previous`. */
  phase: 'staged' | 'swapped-out'
  staging: string
  previous: string
}

/**
 * Replaces the data files with `entries` (already validated). The new files are written to a staging
 * folder first; a journal then records the switch so that a crash half-way is finished at the next
 * start-up (`resumeRestore`). The old files are kept in `.pre-restore-<time>/`, whose name is returned.
 */
export async function replaceDataFiles(root: string, entries: ArchiveEntry[], now: Date): Promise<string> {
  const stamp = fileStamp(now)
  const journal: Journal = { phase: 'staged', staging: `.restore-staging-${stamp}`, previous: `.pre-restore-${stamp}` }
  const staging = join(root, journal.staging)
  await rm(staging, { recursive: true, force: true })
  for (const entry of entries) {
    const target = join(staging, ...entry.path.split('/'))
    await mkdir(join(target, '..'), { recursive: true })
    await writeDurable(target, entry.bytes)
  }
  await writeDurable(join(root, JOURNAL), JSON.stringify(journal))
  await finish(root, journal)
  return journal.previous
}

/** Completes a restore that a crash interrupted; returns true when there was one. */
export async function resumeRestore(root: string): Promise<boolean> {
  let journal: Journal
  try {
    journal = JSON.parse(await readFile(join(root, JOURNAL), 'utf8')) as Journal
  } catch (e) {
    if (isErrno(e, 'ENOENT')) return false
    // The journal is written durably before any file moves, so a damaged one means nothing moved yet.
    await rm(join(root, JOURNAL), { force: true })
    return false
  }
  if (!isSafeName(journal.staging) || !isSafeName(journal.previous)) {
    await rm(join(root, JOURNAL), { force: true })
    return false
  }
  await finish(root, journal)
  return true
}

async function finish(root: string, journal: Journal): Promise<void> {
  const previous = join(root, journal.previous)
  const staging = join(root, journal.staging)
  if (journal.phase === 'staged') {
    await mkdir(previous, { recursive: true })
    for (const name of await readdir(root)) {
      if (isExportedTopLevel(name)) await renameWithRetry(join(root, name), join(previous, name))
    }
    await fsyncDir(previous)
    await fsyncDir(root)
    journal.phase = 'swapped-out'
    await writeDurable(join(root, JOURNAL), JSON.stringify(journal))
  }
  for (const name of await listOrEmpty(staging)) {
    await rm(join(root, name), { recursive: true, force: true })
    await renameWithRetry(join(staging, name), join(root, name))
  }
  await fsyncDir(root)
  await rm(staging, { recursive: true, force: true })
  await rm(join(root, JOURNAL), { force: true })
  await fsyncDir(root)
}

async function listOrEmpty(dir: string): Promise<string[]> {
  try {
    return await readdir(dir)
  } catch (e) {
    if (isErrno(e, 'ENOENT')) return []
    throw e
  }
}

function isSafeName(name: unknown): boolean {
  return typeof name === 'string' && /^\.(restore-staging|pre-restore)-[0-9TZ-]+$/.test(name)
}
