import { ArchiveError } from './errors'
import { decodeEnvelope, message } from './envelope'
import type { ArchiveEntry } from './archive-read'
import { ARCHIVE_FORMAT, MANIFEST, isExportedTopLevel } from './archive-write'
import type { StoreSpec } from './types'

/** Finds the registered spec for a path in the data folder (`users.json`, `records/2026-10.json`). */
export type SpecLookup = (path: string) => StoreSpec<unknown> | null

/**
 * Checks an unpacked archive before anything on disk is touched: it must be this app's backup, hold
 * only data-folder paths, and every JSON file must parse and pass its registered schema (after
 * migrations), so a restore can never bring back a file that the next start-up would set aside.
 * Returns the entries to write, without the manifest.
 */
export function validateArchive(entries: ArchiveEntry[], appName: string, lookup: SpecLookup): ArchiveEntry[] {
  const manifestEntry = entries.find((e) => e.path === MANIFEST)
  if (!manifestEntry) throw new ArchiveError(`this is not a backup of the app's data (${MANIFEST} is missing)`)
  const manifest = parseJson(manifestEntry)
  if (typeof manifest !== 'object' || manifest === null) throw new ArchiveError('the manifest is not an object', MANIFEST)
  const { app, format } = manifest as Record<string, unknown>
  if (app !== appName) throw new ArchiveError(`the backup belongs to "${String(app)}", not "${appName}"`, MANIFEST)
  if (format !== ARCHIVE_FORMAT) throw new ArchiveError(`unsupported archive format ${String(format)}`, MANIFEST)

  const files = entries.filter((e) => e !== manifestEntry)
  for (const entry of files) {
    const segments = entry.path.split('/')
    if (!isExportedTopLevel(segments[0]) || segments.some((s) => s.startsWith('.')))
      throw new ArchiveError('this path is not part of a data folder (hidden, lock or backups)', entry.path)
    if (entry.path.endsWith('.json')) checkJson(entry, lookup(entry.path))
  }
  return files
}

function checkJson(entry: ArchiveEntry, spec: StoreSpec<unknown> | null): void {
  if (spec) {
    const decoded = decodeEnvelope(utf8(entry), spec)
    if (!decoded.ok) {
      const why = decoded.kind === 'too-new' ? `${decoded.problem}: the backup was made by a newer version of the app` : decoded.problem
      throw new ArchiveError(why, entry.path)
    }
    return
  }
  // No store registered this path (yet): it must at least be one of our envelopes.
  const value = parseJson(entry)
  const env = value as Record<string, unknown> | null
  if (typeof env !== 'object' || env === null || !Number.isInteger(env.schemaVersion) || !('data' in env))
    throw new ArchiveError('not a data file: "schemaVersion" and "data" are required', entry.path)
}

function utf8(entry: ArchiveEntry): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(entry.bytes)
  } catch {
    throw new ArchiveError('the file is not UTF-8 text', entry.path)
  }
}

function parseJson(entry: ArchiveEntry): unknown {
  const text = utf8(entry)
  try {
    return JSON.parse(text)
  } catch (e) {
    throw new ArchiveError(`not valid JSON: ${message(e)}`, entry.path)
  }
}
