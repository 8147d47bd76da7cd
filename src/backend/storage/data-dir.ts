import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { DurableJsonAdapter } from './adapter'
import { BackupService } from './backup-service'
import { Backups, DEFAULT_POLICY } from './backups'
import { Collection } from './collection'
import { removeTempFiles } from './durable-fs'
import { StorageError } from './errors'
import { acquireLock } from './lock'
import { assertName } from './names'
import { loadOrRecover, type RecoverContext } from './recover'
import { resumeRestore } from './restore'
import { Store, type BackupSource, type StoreHost } from './store'
import type { BackupPolicy, StorageIncident, StoreSpec } from './types'

export interface OpenOptions {
  appName: string
  backup?: Partial<BackupPolicy>
  /** Clock for file stamps and incidents (tests). */
  now?: () => Date
  /** Called when a damaged file is found after start-up too (a shard opened later). */
  onIncident?: (incident: StorageIncident) => void
  /** Failures of background work (backup copies) that have no caller to reject. */
  onBackgroundError?: (error: unknown) => void
}

/**
 * The app's data folder, owned by this process while open: stores (`name.json`), collections of shards
 * (`name/key.json`), backups and the lock. Obtain it with `openDataDir`, give it back with `release`.
 */
export class DataDir implements StoreHost {
  /** Damaged files found and what was done about them, for the start-up banner. Grows if shards open later. */
  readonly incidents: StorageIncident[] = []
  readonly backup: BackupService
  private readonly stores = new Map<string, Promise<Store<unknown>>>()
  private readonly collections = new Map<string, Collection<unknown>>()
  private readonly specs = new Map<string, StoreSpec<unknown>>()
  private readonly recoverCtx: RecoverContext
  private gate: Promise<void> | null = null
  private readonly inFlight = new Set<Promise<unknown>>()
  private released = false

  constructor(
    /** Absolute path of the folder. */
    readonly path: string,
    private readonly options: OpenOptions,
    private readonly unlock: () => Promise<void>
  ) {
    const now = options.now ?? (() => new Date())
    const backups = new Backups(path, { ...DEFAULT_POLICY, ...options.backup }, now, options.onBackgroundError ?? (() => {}))
    this.recoverCtx = {
      root: path,
      backups,
      now,
      report: (incident) => {
        this.incidents.push(incident)
        options.onIncident?.(incident)
      }
    }
    this.backup = new BackupService(this, backups, options.appName, now)
  }

  /** Opens `<name>.json` (creating it on the first update), recovering it from a backup if it is damaged. */
  store<T>(name: string, spec: StoreSpec<T>): Promise<Store<T>> {
    this.assertOpen()
    assertName('store name', name)
    checkSpec(name, spec)
    if (this.collections.has(name)) throw new StorageError(`"${name}" is already a collection`)
    const file = `${name}.json`
    let store = this.stores.get(file)
    if (!store) {
      this.specs.set(name, spec as StoreSpec<unknown>)
      store = this.openFile(file, spec) as Promise<Store<unknown>>
      this.stores.set(file, store)
      store.catch(() => this.stores.delete(file))
    }
    return store as Promise<Store<T>>
  }

  /** A folder `<name>/` of shard files sharing one schema; shards open on demand. */
  collection<T>(name: string, spec: StoreSpec<T>): Collection<T> {
    this.assertOpen()
    assertName('collection name', name)
    checkSpec(name, spec)
    if (this.specs.has(name) && !this.collections.has(name)) throw new StorageError(`"${name}" is already a store`)
    const existing = this.collections.get(name)
    if (existing) return existing as Collection<T>
    this.specs.set(name, spec as StoreSpec<unknown>)
    const folder = join(this.path, name)
    const collection = new Collection<T>(name, folder, (key) => this.openFile(`${name}/${key}.json`, spec))
    this.collections.set(name, collection as Collection<unknown>)
    return collection
  }

  /** The registered spec for a relative data path, used to validate archives before a restore. */
  specFor(path: string): StoreSpec<unknown> | null {
    const parts = path.replace(/\.json$/, '').split('/')
    if (parts.length === 1) return this.collections.has(parts[0]) ? null : (this.specs.get(parts[0]) ?? null)
    if (parts.length === 2) return this.collections.has(parts[0]) ? (this.specs.get(parts[0]) ?? null) : null
    return null
  }

  /** Every store and open shard, for reloads after a restore and for waiting on writes. */
  async openStores(): Promise<Store<unknown>[]> {
    const out = await Promise.all(this.stores.values())
    for (const c of this.collections.values()) out.push(...(await c.openShards()))
    return out
  }

  /** Re-reads every open file from disk after a restore replaced them. */
  async reloadAll(): Promise<void> {
    for (const store of await this.openStores()) {
      const adapter = new DurableJsonAdapter(store.path, store.file, this.specOf(store.file))
      store.replaceData(await loadOrRecover(this.recoverCtx, adapter))
    }
  }

  /** Holds every write until `work` finishes; used by restores so no write lands in a half-swapped folder. */
  async exclusive<R>(work: () => Promise<R>): Promise<R> {
    while (this.gate) await this.gate
    let open = () => {}
    this.gate = new Promise<void>((r) => (open = r))
    try {
      await Promise.allSettled([...this.inFlight])
      return await work()
    } finally {
      this.gate = null
      open()
    }
  }

  async write<R>(task: () => Promise<R>): Promise<R> {
    this.assertOpen()
    while (this.gate) await this.gate
    const running = task()
    this.inFlight.add(running)
    try {
      return await running
    } finally {
      this.inFlight.delete(running)
    }
  }

  afterWrite(source: BackupSource): void {
    this.recoverCtx.backups.schedule(source)
  }

  /** Waits for pending writes, takes the pending backup copies, and gives the lock back. Idempotent. */
  async release(): Promise<void> {
    if (this.released) return
    for (const store of await this.openStores().catch(() => [])) await store.idle().catch(() => undefined)
    await this.recoverCtx.backups.flush().catch(() => undefined)
    this.released = true
    await this.unlock()
  }

  private async openFile<T>(file: string, spec: StoreSpec<T>): Promise<Store<T>> {
    const adapter = new DurableJsonAdapter<T>(join(this.path, ...file.split('/')), file, spec)
    const data = await loadOrRecover(this.recoverCtx, adapter)
    return new Store<T>(adapter, data, this)
  }

  private specOf(file: string): StoreSpec<unknown> {
    const spec = this.specFor(file)
    if (!spec) throw new StorageError(`no store is registered for ${file}`, file)
    return spec
  }

  private assertOpen(): void {
    if (this.released) throw new StorageError(`the data folder ${this.path} was released`)
  }
}

function checkSpec(name: string, spec: StoreSpec<unknown> | StoreSpec<never>): void {
  if (!Number.isInteger(spec.version) || spec.version < 1)
    throw new StorageError(`${name}: version must be a whole number ≥ 1, not ${String(spec.version)}`)
  for (let v = 2; v <= spec.version; v++)
    if (typeof spec.migrations[v] !== 'function') throw new StorageError(`${name}: migrations[${v}] (from version ${v - 1}) is missing`)
}

/**
 * Opens a data folder: creates it if needed, takes its lock (DataInUseError if another copy of the app
 * has it), finishes an interrupted restore and deletes temp files left by interrupted writes.
 */
export async function openDataDir(dir: string, options: OpenOptions): Promise<DataDir> {
  const path = resolve(dir)
  await mkdir(path, { recursive: true })
  const unlock = await acquireLock(path, options.appName)
  try {
    await resumeRestore(path)
    await removeTempFiles(path)
    return new DataDir(path, options, unlock)
  } catch (e) {
    await unlock()
    throw e
  }
}
