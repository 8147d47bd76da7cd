import { z } from 'zod'

// The structural check of a month shard on open and before each write. A month holds ~30,000 records,
// so this runs over ~250,000 values a shard: plain loops over each column, no zod per element.

/** A month of records stored column by column (docs/storage.md, "Complaint records"). */
export interface MonthShard {
  /** Staff ids and names, referred to by index from `s` and `n`. */
  dict: string[]
  /** Ticket ids. */
  t: string[]
  s: number[]
  n: number[]
  /** Packed enums: channel | category << 3 | priority << 6 | resolved << 8 | satisfaction << 9 | rootCause << 12. */
  c: number[]
  /** received_at, epoch ms. */
  r: number[]
  /** first response − received, ms; −1 = none. */
  f: number[]
  /** resolved − received, ms; −1 = none. */
  d: number[]
}

export interface MonthProblem {
  path: string[]
  message: string
}

const TEXT = ['dict', 't'] as const
const INTS = ['s', 'n', 'c', 'r', 'f', 'd'] as const

function textProblem(col: unknown): string | null {
  if (!Array.isArray(col)) return 'must be an array of strings'
  for (let i = 0; i < col.length; i++) if (typeof col[i] !== 'string') return `must be an array of strings (item ${i} is not)`
  return null
}

/** `dictLength` is given for the columns that index the dictionary (`s`, `n`). */
function intProblem(col: unknown, dictLength: number | null): string | null {
  if (!Array.isArray(col)) return 'must be an array of integers'
  const items = col as unknown[]
  const n = items.length
  let i = 0
  if (dictLength !== null) {
    for (; i < n; i++) {
      const x = items[i]
      if (typeof x !== 'number' || (x | 0) !== x || x < 0 || x >= dictLength) break
    }
    return i === n ? null : isSafeInt(items[i]) ? `staff index out of range (item ${i})` : `must be an array of integers (item ${i} is not)`
  }
  for (; i < n; i++) if (!isSafeInt(items[i])) return `must be an array of integers (item ${i} is not)`
  return null
}

/** Number.isSafeInteger, spelled out: here the call was several times slower than these comparisons. */
function isSafeInt(x: unknown): boolean {
  return typeof x === 'number' && ((x | 0) === x || (Math.floor(x) === x && x <= Number.MAX_SAFE_INTEGER && x >= Number.MIN_SAFE_INTEGER))
}

/** What is wrong with `v` as a month shard (the first problem found), or null when it is one. */
export function monthProblem(v: unknown): MonthProblem | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { path: [], message: 'must be an object of columns' }
  const m = v as Record<string, unknown>
  for (const k of TEXT) {
    const p = textProblem(m[k])
    if (p) return { path: [k], message: p }
  }
  const dictLength = (m.dict as string[]).length
  for (const k of INTS) {
    // `s` and `n` point into the dictionary; the other columns hold any safe integer.
    const p = intProblem(m[k], k === 's' || k === 'n' ? dictLength : null)
    if (p) return { path: [k], message: p }
  }
  const rows = (m.t as string[]).length
  for (const k of INTS) if ((m[k] as number[]).length !== rows) return { path: [k], message: 'columns must have the same length' }
  return null
}

/**
 * The zod face of `monthProblem`, for the store spec: the storage layer reports its issue with the file's
 * name, and never overwrites a shard that fails it.
 */
export const monthSchema: z.ZodType<MonthShard> = z.custom<MonthShard>().check((ctx) => {
  const p = monthProblem(ctx.value)
  if (p) ctx.issues.push({ code: 'custom', path: p.path, message: p.message, input: ctx.value })
})
