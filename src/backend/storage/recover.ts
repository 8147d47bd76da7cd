import { readFile, rename } from 'node:fs/promises'
import { basename, dirname, join, relative, sep } from 'node:path'
import type { DurableJsonAdapter } from './adapter'
import type { Backups } from './backups'
import { fileStamp, fsyncDir, isErrno } from './durable-fs'
import type { Decoded } from './envelope'
import { DataTooNewError } from './errors'
import type { StorageIncident } from './types'

export interface RecoverContext {
  root: string
  backups: Backups
  now: () => Date
  report: (incident: StorageIncident) => void
}

/**
 * Loads a data file for a store. A missing file gives the defaults. A damaged one (empty, cut off, not
 * JSON, failing its schema or migration) is never overwritten: it is renamed to `NAME.corrupt-<time>.json`,
 * the newest backup that passes the schema takes its place, and an incident is reported.
 */
export async function loadOrRecover<T>(ctx: RecoverContext, adapter: DurableJsonAdapter<T>): Promise<T> {
  const text = await adapter.readText()
  if (text === null) return adapter.spec.defaults()
  const decoded = adapter.decode(text)
  if (decoded.ok) return settle(ctx, adapter, text, decoded)
  if (decoded.kind === 'too-new') throw new DataTooNewError(adapter.file, decoded.found, adapter.spec.version)

  const movedTo = await moveAside(ctx, adapter.path)
  for (const candidate of await ctx.backups.candidates(adapter.file)) {
    let backupText: string
    try {
      backupText = await readFile(candidate, 'utf8')
    } catch {
      continue
    }
    const fromBackup = adapter.decode(backupText)
    if (!fromBackup.ok) continue
    await adapter.writeText(backupText)
    ctx.report(incident(ctx, adapter.file, decoded, movedTo, rel(ctx.root, candidate)))
    return settle(ctx, adapter, backupText, fromBackup)
  }
  ctx.report(incident(ctx, adapter.file, decoded, movedTo, null))
  return adapter.spec.defaults()
}

/** Writes an upgraded file back at once, after keeping the old version among the backups. */
async function settle<T>(
  ctx: RecoverContext,
  adapter: DurableJsonAdapter<T>,
  text: string,
  decoded: Extract<Decoded<T>, { ok: true }>
): Promise<T> {
  if (decoded.fromVersion < adapter.spec.version) {
    await ctx.backups.keepPreMigration(adapter.file, text, decoded.fromVersion)
    await adapter.write(decoded.data)
  }
  return decoded.data
}

async function moveAside(ctx: RecoverContext, path: string): Promise<string | null> {
  const stem = basename(path).replace(/\.json$/, '')
  const target = join(dirname(path), `${stem}.corrupt-${fileStamp(ctx.now())}.json`)
  try {
    await rename(path, target)
    await fsyncDir(dirname(path))
    return rel(ctx.root, target)
  } catch (e) {
    if (isErrno(e, 'ENOENT')) return null
    throw e
  }
}

function incident(
  ctx: RecoverContext,
  file: string,
  decoded: { kind: StorageIncident['kind']; problem: string },
  movedTo: string | null,
  restoredFrom: string | null
): StorageIncident {
  return { file, kind: decoded.kind, problem: decoded.problem, movedTo, restoredFrom, at: ctx.now().toISOString() }
}

export function rel(root: string, full: string): string {
  return relative(root, full).split(sep).join('/')
}
