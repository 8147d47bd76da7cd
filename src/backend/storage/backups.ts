import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { fileStamp, isErrno, isTempName, writeDurable } from './durable-fs'
import { message } from './envelope'
import type { BackupSource } from './store'
import type { BackupEntry, BackupPolicy } from './types'

export const BACKUP_DIR = 'backups'
const FILES = 'files'
const ARCHIVES = 'archives'

export const DEFAULT_POLICY: BackupPolicy = { keepBackups: 5, dailyBackups: 7, debounceMs: 2_000, keepArchives: 7 }

/**
 * Copies of each data file under `backups/files/<file>/`: `versions/` (the last N good versions),
 * `daily/` (the first good version of each day) and `migrations/` (the file as it was before a schema
 * upgrade, never pruned). Whole-folder archives go to `backups/archives/`.
 */
export class Backups {
  private timers = new Map<string, { timer: NodeJS.Timeout; source: BackupSource }>()
  private chain: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly root: string,
    public policy: BackupPolicy,
    private readonly now: () => Date,
    private readonly onError: (e: unknown) => void
  ) {}

  folderFor(file: string): string {
    return join(this.root, BACKUP_DIR, FILES, ...file.replace(/\.json$/, '').split('/'))
  }

  get archiveFolder(): string {
    return join(this.root, BACKUP_DIR, ARCHIVES)
  }

  /** Called after every write: copies a version once writes to the file have paused for `debounceMs`. */
  schedule(source: BackupSource): void {
    const existing = this.timers.get(source.file)
    if (existing) clearTimeout(existing.timer)
    const timer = setTimeout(() => {
      this.timers.delete(source.file)
      void this.enqueue(() => this.rotate(source)).catch(this.onError)
    }, this.policy.debounceMs)
    timer.unref()
    this.timers.set(source.file, { timer, source })
  }

  /** Runs every scheduled copy now and waits for all of them (before an export or shutdown). */
  async flush(): Promise<void> {
    const due = [...this.timers.values()]
    this.timers.clear()
    for (const { timer, source } of due) {
      clearTimeout(timer)
      void this.enqueue(() => this.rotate(source)).catch(this.onError)
    }
    await this.chain.catch(() => undefined)
  }

  /** Copies the file's current content if it is good; returns the copy's path, or null when skipped. */
  async rotate(source: BackupSource): Promise<string | null> {
    let text: string
    try {
      text = await readFile(source.path, 'utf8')
    } catch (e) {
      if (isErrno(e, 'ENOENT')) return null
      throw e
    }
    if (!source.isGood(text)) return null
    const folder = this.folderFor(source.file)
    const target = await this.uniquePath(join(folder, 'versions'), fileStamp(this.now()))
    await writeDurable(target, text)
    await this.prune(join(folder, 'versions'), this.policy.keepBackups)
    if (this.policy.dailyBackups > 0) {
      const daily = join(folder, 'daily', `${this.now().toISOString().slice(0, 10)}.json`)
      if (!(await exists(daily))) {
        await mkdir(join(folder, 'daily'), { recursive: true })
        await writeDurable(daily, text)
      }
      await this.prune(join(folder, 'daily'), this.policy.dailyBackups)
    }
    return target
  }

  /** Keeps the file as it was before a schema upgrade, so a faulty migration can be undone by hand. */
  async keepPreMigration(file: string, text: string, fromVersion: number): Promise<string> {
    const target = await this.uniquePath(join(this.folderFor(file), 'migrations'), `v${fromVersion}-${fileStamp(this.now())}`)
    await writeDurable(target, text)
    return target
  }

  /** Every copy of `file`, newest first: versions, then daily copies, then pre-migration copies. */
  async candidates(file: string): Promise<string[]> {
    const folder = this.folderFor(file)
    const out: string[] = []
    for (const kind of ['versions', 'daily', 'migrations']) {
      const names = (await jsonFiles(join(folder, kind))).sort().reverse()
      out.push(...names.map((n) => join(folder, kind, n)))
    }
    return out
  }

  async list(): Promise<BackupEntry[]> {
    const out: BackupEntry[] = []
    const filesRoot = join(this.root, BACKUP_DIR, FILES)
    const walk = async (dir: string): Promise<void> => {
      let entries
      try {
        entries = await readdir(dir, { withFileTypes: true })
      } catch (e) {
        if (isErrno(e, 'ENOENT')) return
        throw e
      }
      for (const entry of entries) {
        const full = join(dir, entry.name)
        if (entry.isDirectory()) await walk(full)
        else if (entry.isFile() && entry.name.endsWith('.json') && !isTempName(entry.name)) {
          const parts = relative(filesRoot, full).split(sep)
          const kind = parts[parts.length - 2]
          const file = parts.slice(0, -2).join('/') + '.json'
          out.push(await entryFor(this.root, full, file, kind === 'daily' ? 'daily' : 'version'))
        }
      }
    }
    await walk(filesRoot)
    for (const name of await jsonFiles(this.archiveFolder, '.zip'))
      out.push(await entryFor(this.root, join(this.archiveFolder, name), '*', 'archive'))
    return out.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
  }

  async writeArchive(bytes: Uint8Array): Promise<string> {
    const target = await this.uniquePath(this.archiveFolder, fileStamp(this.now()), '.zip')
    await writeDurable(target, bytes)
    await this.prune(this.archiveFolder, this.policy.keepArchives, '.zip')
    return target
  }

  private enqueue<R>(task: () => Promise<R>): Promise<R> {
    const run = this.chain.then(task, task)
    this.chain = run.catch(() => undefined)
    return run
  }

  private async uniquePath(folder: string, stem: string, ext = '.json'): Promise<string> {
    await mkdir(folder, { recursive: true })
    let candidate = join(folder, stem + ext)
    // "_" sorts after ".", so a same-millisecond second copy still sorts as the newer one.
    for (let n = 1; await exists(candidate); n++) candidate = join(folder, `${stem}_${n}${ext}`)
    return candidate
  }

  private async prune(folder: string, keep: number, ext = '.json'): Promise<void> {
    const names = (await jsonFiles(folder, ext)).sort()
    for (const name of names.slice(0, Math.max(0, names.length - keep))) {
      try {
        await rm(join(folder, name), { force: true })
      } catch (e) {
        this.onError(new Error(`could not prune backup ${name}: ${message(e)}`))
      }
    }
  }
}

async function jsonFiles(folder: string, ext = '.json'): Promise<string[]> {
  try {
    return (await readdir(folder)).filter((n) => n.endsWith(ext) && !isTempName(n))
  } catch (e) {
    if (isErrno(e, 'ENOENT')) return []
    throw e
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch (e) {
    if (isErrno(e, 'ENOENT')) return false
    throw e
  }
}

async function entryFor(root: string, full: string, file: string, kind: BackupEntry['kind']): Promise<BackupEntry> {
  const s = await stat(full)
  return { file, kind, path: relative(root, full).split(sep).join('/'), size: s.size, at: s.mtime.toISOString() }
}
