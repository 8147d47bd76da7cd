import { Low } from 'lowdb'
import type { DurableJsonAdapter } from './adapter'
import { describeIssues } from './envelope'
import { StorageError } from './errors'

/** What a store needs from its data folder: writes pass a gate that restores close, and trigger backups. */
export interface StoreHost {
  write<R>(task: () => Promise<R>): Promise<R>
  afterWrite(source: BackupSource): void
}

/** The view of a store that the backup rotation needs. */
export interface BackupSource {
  readonly file: string
  readonly path: string
  isGood(text: string): boolean
}

export type Updater<T> = (draft: T) => void | T

/** One JSON file: `data` is the in-memory copy, `update` changes it and writes it durably, one write at a time. */
export class Store<T> implements BackupSource {
  private readonly low: Low<T>
  private queue: Promise<void> = Promise.resolve()
  private pending = 0

  constructor(
    private readonly adapter: DurableJsonAdapter<T>,
    initial: T,
    private readonly host: StoreHost
  ) {
    this.low = new Low<T>(adapter, initial)
  }

  /** Absolute path of the file. */
  get path(): string {
    return this.adapter.path
  }

  /** Path relative to the data folder, e.g. `records/2026-10.json`. */
  get file(): string {
    return this.adapter.file
  }

  /** Read-only by convention: change data through `update`, or a failed write leaves memory and disk apart. */
  get data(): T {
    return this.low.data
  }

  /**
   * Applies `fn` (mutate the draft, or return a replacement) and writes the file durably. Calls are queued,
   * so each runs on the result of the previous one. When `fn` throws, the schema rejects the result, or the
   * disk write fails, the data goes back to what is on disk and the promise rejects.
   */
  update(fn: Updater<T>): Promise<void> {
    this.pending++
    const run = this.queue.then(async () => {
      try {
        await this.host.write(() => this.apply(fn))
      } finally {
        this.pending--
      }
    })
    this.queue = run.catch(() => undefined)
    return run
  }

  /** Resolves once every update queued so far has finished. */
  async idle(): Promise<void> {
    while (this.pending > 0) await this.queue
  }

  isGood(text: string): boolean {
    return this.adapter.decode(text).ok
  }

  /** Replaces the in-memory copy after the file was restored underneath (no write). */
  replaceData(data: T): void {
    this.low.data = data
  }

  private async apply(fn: Updater<T>): Promise<void> {
    try {
      const result = fn(this.low.data)
      if (result !== undefined) this.low.data = result
      if (this.adapter.spec.validateWrites !== false) {
        const checked = this.adapter.spec.schema.safeParse(this.low.data)
        if (!checked.success)
          throw new StorageError(
            `${this.file}: the change was not saved, it breaks the schema: ${describeIssues(checked.error.issues)}`,
            this.file
          )
      }
      await this.low.write()
    } catch (e) {
      await this.revert()
      throw e
    }
    this.host.afterWrite(this)
  }

  private async revert(): Promise<void> {
    const onDisk = await this.adapter.read()
    this.low.data = onDisk ?? this.adapter.spec.defaults()
  }
}
