import type { z } from 'zod'

/** Upgrades the data of one schema version to the next; the key in `migrations` is the version it produces. */
export type Migration = (old: unknown) => unknown

export interface StoreSpec<T> {
  schema: z.ZodType<T>
  /** The current schema version (an integer ≥ 1), written into every file's envelope. */
  version: number
  /** `migrations[v]` turns data of version v-1 into version v; applied in order on open. */
  migrations: Record<number, Migration>
  defaults: () => T
  /**
   * Check the schema before every write too (default true), so a bug cannot write a file that the next
   * start-up would reject. Costs ~40 ms for a 30,000-record shard; see docs/storage.md.
   */
  validateWrites?: boolean
  /**
   * Write non-ASCII characters as `\uXXXX` escapes (default false), so the file reads back as a one-byte
   * string, which V8 decodes and parses faster. For large files of numbers with a few names (record
   * months); not for text-heavy ones, where a Chinese character takes 6 bytes instead of 3.
   */
  asciiJson?: boolean
}

export type IncidentKind = 'empty' | 'truncated' | 'not-json' | 'schema' | 'migration-failed'

/** What the start-up banner shows: a damaged file was set aside and (maybe) replaced by a backup. */
export interface StorageIncident {
  /** Relative to the data folder, with "/" separators, e.g. `records/2026-10.json`. */
  file: string
  kind: IncidentKind
  /** A sentence naming the problem, e.g. `data.users.0.roles: Invalid option`. */
  problem: string
  /** Where the damaged file now is (relative), or null if it could not be moved. */
  movedTo: string | null
  /** The backup that replaced it (relative), or null when none was good and defaults were used. */
  restoredFrom: string | null
  /** ISO time of the incident. */
  at: string
}

export interface BackupPolicy {
  /** How many recent versions of each file to keep (settings.storage.keepBackups). */
  keepBackups: number
  /** How many daily copies of each file to keep; 0 turns them off (settings.storage.dailyBackups). */
  dailyBackups: number
  /** Quiet time after the last write before a version is copied. */
  debounceMs: number
  /** How many scheduled whole-folder archives to keep. */
  keepArchives: number
}

export interface BackupEntry {
  /** The data file it is a copy of, or `*` for a whole-folder archive. */
  file: string
  kind: 'version' | 'daily' | 'archive'
  /** Relative to the data folder. */
  path: string
  size: number
  at: string
}
