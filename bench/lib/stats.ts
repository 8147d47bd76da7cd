import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

// `npm run bench` runs without --expose-gc; this turns it on so rounds can start from a collected heap.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as (() => void) | undefined

/** Order statistics over timings; `q` in [0, 1], nearest-rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[rank]
}

export const median = (values: readonly number[]): number => quantile(values, 0.5)
export const p95 = (values: readonly number[]): number => quantile(values, 0.95)

/** Milliseconds spent in fn (sync or async). */
export async function timeMs<T>(fn: () => T | Promise<T>): Promise<{ ms: number; cpuMs: number; value: T }> {
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  const value = await fn()
  const ms = performance.now() - t0
  const c = process.cpuUsage(c0)
  return { ms, cpuMs: (c.user + c.system) / 1000, value }
}

/**
 * Wall-clock and this process's CPU milliseconds. On a shared machine the wall time includes waiting
 * for a core; the CPU time is closer to what an idle machine would show (both are reported).
 */
export function timeSync<T>(fn: () => T): { ms: number; cpuMs: number; value: T } {
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  const value = fn()
  const ms = performance.now() - t0
  const c = process.cpuUsage(c0)
  return { ms, cpuMs: (c.user + c.system) / 1000, value }
}

/** Lets the collector run between measured rounds so one round does not pay for the last one's garbage. */
export function collect(): void {
  if (typeof gc === 'function') gc()
}

export const rssMb = (): number => Math.round(process.memoryUsage().rss / 1048576)
