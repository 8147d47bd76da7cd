import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'

/** The part of better-sqlite3's API the bench uses (it ships no types we can rely on here). */
export interface SqliteDb {
  exec(sql: string): void
  prepare(sql: string): { run(...args: unknown[]): unknown; all(...args: unknown[]): unknown[] }
  transaction<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void
  close(): void
}

/**
 * better-sqlite3 from bench/.deps (installed there on first use, never in the app's package.json: it
 * compiles from source for ~90 s). Returns null, saying why, when it cannot be had.
 */
export function openSqlite(root: string, log: (l: string) => void): SqliteDb | null {
  const deps = join(root, 'bench/.deps')
  const mod = join(deps, 'node_modules/better-sqlite3')
  if (!existsSync(mod)) {
    log('appraisal: installing better-sqlite3@12 into bench/.deps (compiles from source, ~90 s)')
    const r = spawnSync('npm', ['install', '--prefix', deps, '--no-save', '--no-package-lock', 'better-sqlite3@12'], { stdio: 'ignore' })
    if (r.status !== 0) {
      log('appraisal: better-sqlite3 did not install; SQLite rows are left out')
      return null
    }
  }
  try {
    const Database = createRequire(join(deps, 'index.js'))('better-sqlite3') as new (file: string) => SqliteDb
    return new Database(':memory:')
  } catch (e) {
    log(`appraisal: better-sqlite3 did not load (${e instanceof Error ? e.message : String(e)}); SQLite rows are left out`)
    return null
  }
}
