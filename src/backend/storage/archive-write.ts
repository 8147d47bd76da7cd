import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Zip, ZipDeflate } from 'fflate'
import { BACKUP_DIR } from './backups'
import { LOCK_FILE } from './lock'

export const MANIFEST = 'ARCHIVE-MANIFEST.json'
export const ARCHIVE_FORMAT = 1

export interface ArchiveManifest {
  format: number
  app: string
  createdAt: string
  files: string[]
}

/** Whether a top-level name belongs in an export: not the lock, backups, hidden work folders or temp files. */
export function isExportedTopLevel(name: string): boolean {
  return name !== LOCK_FILE && name !== BACKUP_DIR && !name.startsWith('.')
}

/** Every data file under `root`, as "/"-separated relative paths; symbolic links are never followed. */
export async function listDataFiles(root: string): Promise<string[]> {
  const out: string[] = []
  const walk = async (dir: string, prefix: string, depth: number): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const relPath = prefix + entry.name
      if (depth === 0 && !isExportedTopLevel(entry.name)) continue
      if (entry.name.startsWith('.') || entry.name.includes('.corrupt-')) continue
      if (entry.isDirectory()) await walk(join(dir, entry.name), relPath + '/', depth + 1)
      else if (entry.isFile()) out.push(relPath)
    }
  }
  await walk(root, '', 0)
  return out.sort()
}

/**
 * Zips the data files with a manifest. Streams file by file and yields to the event loop in between,
 * so a scheduled backup of a large folder does not freeze the app.
 */
export async function buildArchive(root: string, appName: string, now: Date): Promise<Uint8Array> {
  const files = await listDataFiles(root)
  const chunks: Uint8Array[] = []
  let failure: Error | null = null
  const zip = new Zip((err, chunk) => {
    if (err) failure = err
    else chunks.push(chunk)
  })
  const add = (name: string, bytes: Uint8Array) => {
    const entry = new ZipDeflate(name, { level: 1 })
    zip.add(entry)
    entry.push(bytes, true)
  }
  const manifest: ArchiveManifest = { format: ARCHIVE_FORMAT, app: appName, createdAt: now.toISOString(), files }
  add(MANIFEST, new TextEncoder().encode(JSON.stringify(manifest, null, 2)))
  for (const file of files) {
    add(file, await readFile(join(root, ...file.split('/'))))
    await new Promise((r) => setImmediate(r))
  }
  zip.end()
  if (failure) throw failure
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}
