import { open, readdir, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

let counter = 0

/** Temp files are hidden siblings, so a rename never crosses file systems and start-up can find leftovers. */
export function tempPathFor(path: string): string {
  counter += 1
  return join(dirname(path), `.${basename(path)}.${process.pid}-${counter}.tmp`)
}

export function isTempName(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp')
}

/** Makes a rename or a new file in `dir` survive a power cut. Windows cannot open folders; NTFS journals them. */
export async function fsyncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return
  let fh
  try {
    fh = await open(dir, 'r')
    await fh.sync()
  } catch (e) {
    // Some file systems (network mounts) refuse to sync a folder; the data file itself is already synced.
    if (!isErrno(e, 'EINVAL', 'EISDIR', 'EPERM', 'EACCES')) throw e
  } finally {
    await fh?.close()
  }
}

/**
 * Write-temp, fsync, rename, fsync-folder: after this resolves the new content survives a crash or power
 * cut, and at every moment before it the old content is intact.
 */
export async function writeDurable(path: string, content: string | Uint8Array): Promise<void> {
  const tmp = tempPathFor(path)
  const fh = await open(tmp, 'w')
  try {
    // One write call per chunk of the whole buffer: FileHandle.writeFile splits into 512 KiB round trips.
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
    for (let at = 0; at < bytes.length; ) at += (await fh.write(bytes, at, bytes.length - at)).bytesWritten
    await fh.sync()
  } catch (e) {
    await fh.close()
    await rm(tmp, { force: true })
    throw e
  }
  await fh.close()
  try {
    await renameWithRetry(tmp, path)
  } catch (e) {
    await rm(tmp, { force: true })
    throw e
  }
  await fsyncDir(dirname(path))
}

/** Windows briefly locks files that a virus scanner or indexer has open. */
export async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to)
      return
    } catch (e) {
      if (process.platform !== 'win32' || attempt >= 10 || !isErrno(e, 'EPERM', 'EACCES', 'EBUSY')) throw e
      await new Promise((r) => setTimeout(r, 50))
    }
  }
}

/** Deletes temp files left by an interrupted write, in `dir` and its sub-folders; returns what it removed. */
export async function removeTempFiles(dir: string, depth = 6): Promise<string[]> {
  const removed: string[] = []
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch (e) {
    if (isErrno(e, 'ENOENT', 'ENOTDIR')) return removed
    throw e
  }
  for (const entry of entries) {
    const full = join(dir, entry.name)
    if (entry.isFile() && isTempName(entry.name)) {
      await rm(full, { force: true })
      removed.push(full)
    } else if (entry.isDirectory() && depth > 0) {
      removed.push(...(await removeTempFiles(full, depth - 1)))
    }
  }
  return removed
}

export function isErrno(e: unknown, ...codes: string[]): boolean {
  return typeof e === 'object' && e !== null && codes.includes(String((e as { code?: unknown }).code))
}

/** A file-name-safe, sortable time stamp: 2026-10-05T08-30-00-123Z. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-')
}
