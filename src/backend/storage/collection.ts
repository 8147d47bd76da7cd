import { readdir } from 'node:fs/promises'
import { isErrno, isTempName } from './durable-fs'
import { assertName } from './names'
import type { Store, Updater } from './store'

/** How a collection opens one shard; supplied by the data folder. */
export type ShardOpener<T> = (key: string) => Promise<Store<T>>

/** Shards written at the same time by `updateMany`: enough to overlap disk waits, few enough to bound memory. */
const PARALLEL_SHARDS = 4

/**
 * A folder of shard files, each its own lowdb document (`records/2026-10.json`), so a write rewrites one
 * shard, not the whole domain. Shards open lazily and stay open; `unload` drops one from memory.
 */
export class Collection<T> {
  private readonly open = new Map<string, Promise<Store<T>>>()

  constructor(
    readonly name: string,
    /** Absolute path of the collection's folder. */
    readonly path: string,
    private readonly opener: ShardOpener<T>
  ) {}

  /** Opens (or returns the already open) shard; a shard that was never written holds the defaults. */
  shard(key: string): Promise<Store<T>> {
    assertName('shard key', key)
    let store = this.open.get(key)
    if (!store) {
      store = this.opener(key)
      this.open.set(key, store)
      store.catch(() => this.open.delete(key))
    }
    return store
  }

  /** Keys of the shards on disk, sorted; shards opened but never written are not there yet. */
  async keys(): Promise<string[]> {
    let names: string[]
    try {
      names = await readdir(this.path)
    } catch (e) {
      if (isErrno(e, 'ENOENT')) return []
      throw e
    }
    return names
      .filter((n) => n.endsWith('.json') && !isTempName(n) && !n.includes('.corrupt-') && !n.startsWith('.'))
      .map((n) => n.slice(0, -'.json'.length))
      .sort()
  }

  async has(key: string): Promise<boolean> {
    return (await this.keys()).includes(key)
  }

  /**
   * Updates several shards, one write each, a few at a time. Each shard's write is atomic; the batch as a
   * whole is not, so an importer should make re-running it harmless (e.g. upsert by ticket id).
   */
  async updateMany(updates: Iterable<readonly [string, Updater<T>]>): Promise<void> {
    const queue = [...updates]
    for (const [key] of queue) assertName('shard key', key)
    const errors: unknown[] = []
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [key, fn] = next
        try {
          await (await this.shard(key)).update(fn)
        } catch (e) {
          errors.push(e)
        }
      }
    }
    await Promise.all(Array.from({ length: Math.min(PARALLEL_SHARDS, queue.length) }, worker))
    if (errors.length > 0) throw errors[0]
  }

  /** Groups `items` by shard key and hands each shard its items in one update; returns the keys touched. */
  async appendBatch<I>(items: Iterable<I>, keyOf: (item: I) => string, add: (draft: T, items: I[]) => void | T): Promise<string[]> {
    const groups = new Map<string, I[]>()
    for (const item of items) {
      const key = keyOf(item)
      const group = groups.get(key)
      if (group) group.push(item)
      else groups.set(key, [item])
    }
    await this.updateMany([...groups].map(([key, group]) => [key, (draft: T) => add(draft, group)] as const))
    return [...groups.keys()].sort()
  }

  /** Drops a shard from memory once its writes are done; later `shard(key)` reads it again. */
  async unload(key: string): Promise<void> {
    const store = this.open.get(key)
    if (!store) return
    this.open.delete(key)
    await (await store).idle()
  }

  /** Open shards, for restores (reload) and shutdown (wait for writes). */
  async openShards(): Promise<Store<T>[]> {
    return Promise.all(this.open.values())
  }
}
