import type { ComplaintRecord } from '@core/appraisal/types'
import { utcMonthsBetween } from '@core/appraisal/time'
import { recordList, type RecordList } from '@core/appraisal/good-rows'
import type { AppraisalBuilder, KpiFact } from '@core/appraisal/kpi'
import type { Collection, DataDir } from '../../storage'
import { emptyMonth, factAt, monthSchema, recordAt, removeFrom, upsertRows, type MonthShard } from './compact'
import { tallyMonth } from './tally'

// asciiJson: the staff names in `dict` would otherwise make the whole month a two-byte string to parse.
const SPEC = { schema: monthSchema, version: 1, migrations: {}, defaults: emptyMonth, asciiJson: true }
const tick = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Complaint records in month shards `records/<YYYY-MM>.json`, keyed by the UTC month of received_at (so
 * changing the time-zone setting never moves a record). A period reads only the months it overlaps.
 */
export class RecordRepo {
  private readonly col: Collection<MonthShard>
  /** ticket id → month; built on first need by reading the ticket column of every month. */
  private index: Map<string, string> | null = null

  constructor(data: DataDir) {
    this.col = data.collection<MonthShard>('records', SPEC)
  }

  months(): Promise<string[]> {
    return this.col.keys()
  }

  /** The months on disk that [start, end) overlaps, opened, in order. */
  private async *monthsIn(start: number, end: number): AsyncGenerator<MonthShard> {
    const onDisk = new Set(await this.col.keys())
    for (const key of utcMonthsBetween(start, end)) if (onDisk.has(key)) yield (await this.col.shard(key)).data
  }

  /** Calls `visit` for every record received in [start, end), month by month. */
  async scan(start: number, end: number, visit: (m: MonthShard, i: number) => void): Promise<void> {
    for await (const m of this.monthsIn(start, end)) {
      const r = m.r
      for (let i = 0; i < r.length; i++) if (r[i] >= start && r[i] < end) visit(m, i)
    }
  }

  /**
   * Adds every ticket received in [start, end) (only those of staff id `only`, when given) to `b`, column
   * by column: what the period table runs over every ticket, so no per-ticket object (`tallyMonth`).
   */
  async tally(start: number, end: number, b: AppraisalBuilder, only?: string): Promise<void> {
    const limits = b.responseLimitsMs()
    for await (const m of this.monthsIn(start, end)) tallyMonth(m, start, end, b, limits, only)
  }

  async facts(start: number, end: number, visit: (f: KpiFact, name: string) => void): Promise<void> {
    await this.scan(start, end, (m, i) => visit(factAt(m, i), m.dict[m.n[i]]))
  }

  async records(start: number, end: number, keep: (m: MonthShard, i: number) => boolean = () => true): Promise<ComplaintRecord[]> {
    const out: ComplaintRecord[] = []
    await this.scan(start, end, (m, i) => {
      if (keep(m, i)) out.push(recordAt(m, i))
    })
    return out
  }

  async ticketIndex(onProgress?: (fraction: number) => void): Promise<Map<string, string>> {
    if (this.index) return this.index
    const index = new Map<string, string>()
    const keys = await this.col.keys()
    for (const [n, key] of keys.entries()) {
      const wasOpen = (await this.col.openShards()).length
      const store = await this.col.shard(key)
      for (const t of store.data.t) index.set(t, key)
      // Months opened only to index them are let go again: a million records need not stay in memory.
      if ((await this.col.openShards()).length > wasOpen && keys.length > 12) await this.col.unload(key)
      onProgress?.((n + 1) / keys.length)
      await tick()
    }
    this.index = index
    return index
  }

  async tickets(ids: readonly string[]): Promise<ComplaintRecord[]> {
    const index = await this.ticketIndex()
    const out: ComplaintRecord[] = []
    for (const id of ids) {
      const key = index.get(id)
      if (!key) continue
      const m = (await this.col.shard(key)).data
      const i = m.t.indexOf(id)
      if (i >= 0) out.push(recordAt(m, i))
    }
    return out
  }

  /**
   * Inserts or updates by ticket id: one write per month touched (plus one per month a re-imported
   * ticket moved out of). Each month's write is atomic; re-running after a crash is harmless.
   */
  async upsert(records: readonly ComplaintRecord[] | RecordList, onProgress?: (fraction: number) => void): Promise<{ inserted: number; updated: number }> {
    const list = recordList(records)
    const index = await this.ticketIndex()
    // Positions per month: records are built one month at a time, not all at once.
    const groups = new Map<string, number[]>()
    const moved = new Map<string, Set<string>>()
    for (let i = 0; i < list.length; i++) {
      const key = list.monthAt(i)
      const ticket = list.ticketAt(i)
      const was = index.get(ticket)
      if (was && was !== key) {
        const set = moved.get(was) ?? new Set<string>()
        set.add(ticket)
        moved.set(was, set)
      }
      const g = groups.get(key)
      if (g) g.push(i)
      else groups.set(key, [i])
    }
    let inserted = 0
    let updated = 0
    const total = groups.size + moved.size
    try {
      await this.write(list, moved, groups, index, (n) => onProgress?.(n / total), (r) => {
        inserted += r.inserted
        updated += r.updated
      })
    } catch (e) {
      // Some months may be written and others not: rebuild the index from disk next time.
      this.index = null
      throw e
    }
    // A ticket that moved months counted as inserted in its new month; it is an update for the user.
    const movedCount = [...moved.values()].reduce((n, s) => n + s.size, 0)
    return { inserted: inserted - movedCount, updated: updated + movedCount }
  }

  private async write(
    list: RecordList,
    moved: Map<string, Set<string>>,
    groups: Map<string, number[]>,
    index: Map<string, string>,
    progress: (done: number) => void,
    count: (r: { inserted: number; updated: number }) => void
  ): Promise<void> {
    let done = 0
    for (const [key, ids] of moved) {
      await (await this.col.shard(key)).update((m) => removeFrom(m, ids))
      for (const id of ids) index.delete(id)
      progress(++done)
    }
    for (const [key, positions] of groups) {
      const group = positions.map((i) => list.rowAt(i))
      await (await this.col.shard(key)).update((m) => {
        count(upsertRows(m, group))
      })
      for (const r of group) index.set(r.ticketId, key)
      progress(++done)
      await tick()
    }
  }
}
