import { readArchive } from './archive-read'
import { validateArchive, type SpecLookup } from './archive-validate'
import { buildArchive } from './archive-write'
import type { Backups } from './backups'
import { rel } from './recover'
import { replaceDataFiles } from './restore'
import type { BackupSource } from './store'
import type { BackupEntry, BackupPolicy } from './types'

/** The parts of the data folder that exports and restores use (kept narrow to avoid an import cycle). */
export interface BackupHost {
  readonly path: string
  specFor: SpecLookup
  exclusive<R>(work: () => Promise<R>): Promise<R>
  reloadAll(): Promise<void>
}

export interface RestoreResult {
  /** Files now in the data folder (relative). */
  files: string[]
  /** Where the replaced files were kept (relative), e.g. `.pre-restore-2026-10-05T08-30-00-000Z`. */
  previous: string
}

/** Admin backup and restore of the whole data folder, plus the per-file version copies. */
export class BackupService {
  constructor(
    private readonly host: BackupHost,
    private readonly backups: Backups,
    private readonly appName: string,
    private readonly now: () => Date
  ) {}

  /** Changes how many copies are kept (from settings.storage); applies to the next copy taken. */
  configure(policy: Partial<BackupPolicy>): void {
    this.backups.policy = { ...this.backups.policy, ...policy }
  }

  get policy(): BackupPolicy {
    return this.backups.policy
  }

  /** Copies the store's current file into its versions now (writes also do this by themselves, debounced). */
  rotate(store: BackupSource): Promise<string | null> {
    return this.backups.rotate(store)
  }

  /** Takes the copies that writes have scheduled but not yet taken. */
  flush(): Promise<void> {
    return this.backups.flush()
  }

  listBackups(): Promise<BackupEntry[]> {
    return this.backups.list()
  }

  /** The whole data folder (without backups and the lock) as one zip archive. */
  async exportArchive(): Promise<Uint8Array> {
    return this.host.exclusive(() => buildArchive(this.host.path, this.appName, this.now()))
  }

  /**
   * Replaces the data folder with an archive from `exportArchive`. Everything is checked first (paths,
   * file types, checksums, every JSON file against its registered schema); on any problem it throws
   * ArchiveError and nothing changes. The replaced files are kept in `.pre-restore-<time>/`.
   */
  async restoreArchive(bytes: Uint8Array): Promise<RestoreResult> {
    const entries = validateArchive(readArchive(bytes), this.appName, this.host.specFor.bind(this.host))
    return this.host.exclusive(async () => {
      const previous = await replaceDataFiles(this.host.path, entries, this.now())
      await this.host.reloadAll()
      return { files: entries.map((e) => e.path).sort(), previous }
    })
  }

  /** What the backend's timer calls: writes an archive to `backups/archives/` and prunes old ones. */
  async runScheduled(): Promise<string> {
    await this.backups.flush()
    const bytes = await this.exportArchive()
    return rel(this.host.path, await this.backups.writeArchive(bytes))
  }

  /** Starts a timer for `runScheduled`; returns the function that stops it. The timer never keeps Node alive. */
  schedule(everyMs: number, onError: (e: unknown) => void = () => {}): () => void {
    const timer = setInterval(() => void this.runScheduled().catch(onError), everyMs)
    timer.unref()
    return () => clearInterval(timer)
  }
}
