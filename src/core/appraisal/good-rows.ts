import { CATEGORIES, CHANNELS, PRIORITIES } from '../domain/enums'
import { isoMonth, isoMs, utcMonthOf } from './time'
import type { ComplaintRecord, RootCause } from './types'

// The good rows of an import, kept column by column until they are written. As objects (a record with
// three ISO strings, and its line) a row took ~400 bytes and every one survived young-generation GC;
// here it is ~130 bytes in a few arrays, and records are built only when somebody reads them.

export interface GoodRow {
  line: number
  record: ComplaintRecord
}

/** What readers of an import's good rows use; a plain array of rows is one too. */
export interface GoodRows extends Iterable<GoodRow> {
  readonly length: number
  slice(start?: number, end?: number): GoodRow[]
  map<U>(fn: (row: GoodRow, i: number) => U): U[]
}

/** Records by position, for writing many without building them all at once. */
export interface RecordList {
  readonly length: number
  recordAt(i: number): ComplaintRecord
  /** The record with its times as epoch ms: what storage keeps, without ISO strings to build and parse. */
  rowAt(i: number): ValidRow
  ticketAt(i: number): string
  staffIdAt(i: number): string
  staffNameAt(i: number): string
  /** UTC month `YYYY-MM` of received_at: the month shard the record belongs in. */
  monthAt(i: number): string
}

/** A record validated, its times as epoch ms. */
export interface ValidRow extends Omit<ComplaintRecord, 'receivedAt' | 'firstResponseAt' | 'resolvedAt'> {
  received: number
  response: number | null
  resolved: number | null
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString())

export function recordOf(v: ValidRow): ComplaintRecord {
  return {
    ticketId: v.ticketId,
    staffId: v.staffId,
    staffName: v.staffName,
    channel: v.channel,
    category: v.category,
    priority: v.priority,
    receivedAt: new Date(v.received).toISOString(),
    firstResponseAt: iso(v.response),
    resolvedAt: iso(v.resolved),
    status: v.status,
    satisfaction: v.satisfaction,
    rootCause: v.rootCause
  }
}

const orNull = (ms: number) => (Number.isNaN(ms) ? null : ms)

const STATUSES = ['resolved', 'unresolved'] as const
const ROOT_CAUSE_LIST: readonly (RootCause | null)[] = [null, 'product', 'process', 'system', 'logistics', 'staff', 'other']

function grown<T extends Float64Array | Int32Array>(a: T, make: (n: number) => T): T {
  const b = make(a.length * 2)
  b.set(a)
  return b
}

export class CompactRows implements GoodRows, RecordList {
  // Numbers live in typed arrays (no boxing, no GC write barriers); the enums and the rating share one
  // code per row. Only the strings are JS arrays, and staff ids and names are shared between rows.
  private n = 0
  private lines = new Int32Array(1024)
  /** channel | category << 3 | priority << 6 | status << 8 | rating (0 = none) << 9 | root cause + 1 << 12. */
  private codes = new Int32Array(1024)
  private received = new Float64Array(1024)
  /** NaN = none. */
  private response = new Float64Array(1024)
  private resolved = new Float64Array(1024)
  private readonly tickets: string[] = []
  private readonly staffIds: string[] = []
  private readonly names: string[] = []

  private monthStart = 0
  private monthEnd = 0
  private monthKey = ''

  get length(): number {
    return this.n
  }

  push(line: number, v: ValidRow): void {
    const i = this.n
    if (i === this.lines.length) {
      this.lines = grown(this.lines, (k) => new Int32Array(k))
      this.codes = grown(this.codes, (k) => new Int32Array(k))
      this.received = grown(this.received, (k) => new Float64Array(k))
      this.response = grown(this.response, (k) => new Float64Array(k))
      this.resolved = grown(this.resolved, (k) => new Float64Array(k))
    }
    this.lines[i] = line
    this.codes[i] =
      CHANNELS.indexOf(v.channel) |
      (CATEGORIES.indexOf(v.category) << 3) |
      (PRIORITIES.indexOf(v.priority) << 6) |
      (STATUSES.indexOf(v.status) << 8) |
      ((v.satisfaction ?? 0) << 9) |
      (ROOT_CAUSE_LIST.indexOf(v.rootCause) << 12)
    this.received[i] = v.received
    this.response[i] = v.response ?? NaN
    this.resolved[i] = v.resolved ?? NaN
    this.tickets.push(v.ticketId)
    this.staffIds.push(v.staffId)
    this.names.push(v.staffName)
    this.n = i + 1
  }

  recordAt(i: number): ComplaintRecord {
    return recordOf(this.rowAt(i))
  }

  rowAt(i: number): ValidRow {
    const c = this.codes[i]
    return {
      ticketId: this.tickets[i],
      staffId: this.staffIds[i],
      staffName: this.names[i],
      channel: CHANNELS[c & 7],
      category: CATEGORIES[(c >> 3) & 7],
      priority: PRIORITIES[(c >> 6) & 3],
      received: this.received[i],
      response: orNull(this.response[i]),
      resolved: orNull(this.resolved[i]),
      status: STATUSES[(c >> 8) & 1],
      satisfaction: (c >> 9) & 7 || null,
      rootCause: ROOT_CAUSE_LIST[(c >> 12) & 7]
    }
  }

  ticketAt(i: number): string {
    return this.tickets[i]
  }

  staffIdAt(i: number): string {
    return this.staffIds[i]
  }

  staffNameAt(i: number): string {
    return this.names[i]
  }

  monthAt(i: number): string {
    // Rows come roughly in time order: reuse the last month's key while the time stays inside it,
    // instead of building an ISO string per row.
    const ms = this.received[i]
    if (ms >= this.monthStart && ms < this.monthEnd) return this.monthKey
    const d = new Date(ms)
    this.monthStart = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)
    this.monthEnd = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)
    this.monthKey = utcMonthOf(ms)
    return this.monthKey
  }

  at(i: number): GoodRow {
    return { line: this.lines[i], record: this.recordAt(i) }
  }

  /** As Array.prototype.slice (negative positions count from the end). */
  slice(start = 0, end = this.length): GoodRow[] {
    const n = this.length
    const from = start < 0 ? Math.max(0, n + start) : Math.min(start, n)
    const to = end < 0 ? Math.max(0, n + end) : Math.min(end, n)
    const out: GoodRow[] = []
    for (let i = from; i < to; i++) out.push(this.at(i))
    return out
  }

  map<U>(fn: (row: GoodRow, i: number) => U): U[] {
    const out: U[] = []
    for (let i = 0; i < this.length; i++) out.push(fn(this.at(i), i))
    return out
  }

  *[Symbol.iterator](): Iterator<GoodRow> {
    for (let i = 0; i < this.length; i++) yield this.at(i)
  }
}

const msOrNull = (s: string | null) => (s === null ? null : isoMs(s))

export function rowOf(r: ComplaintRecord): ValidRow {
  return { ...r, received: isoMs(r.receivedAt), response: msOrNull(r.firstResponseAt), resolved: msOrNull(r.resolvedAt) }
}

/** Records already built, seen as a RecordList (a RecordList is returned as it is). */
export function recordList(records: readonly ComplaintRecord[] | RecordList): RecordList {
  if ('recordAt' in records) return records
  return {
    length: records.length,
    recordAt: (i) => records[i],
    rowAt: (i) => rowOf(records[i]),
    ticketAt: (i) => records[i].ticketId,
    staffIdAt: (i) => records[i].staffId,
    staffNameAt: (i) => records[i].staffName,
    monthAt: (i) => isoMonth(records[i].receivedAt)
  }
}

/** The good rows of an import as a RecordList (compact rows are one already). */
export function goodRecords(rows: GoodRows): RecordList {
  return rows instanceof CompactRows ? rows : recordList(rows.map((g) => g.record))
}
