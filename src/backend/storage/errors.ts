/** Base class for every error the storage layer throws on purpose; `file` is relative to the data folder. */
export class StorageError extends Error {
  constructor(
    message: string,
    readonly file: string | null = null
  ) {
    super(message)
    this.name = 'StorageError'
  }
}

export interface LockOwner {
  pid: number
  host: string
  startedAt: string
  appName: string
  /** Approximate boot time of the owner's machine (ms since epoch): a lock from before a reboot is stale. */
  bootTime: number
}

/** Another running copy of the app owns the data folder; the caller shows `message` and stops. */
export class DataInUseError extends StorageError {
  constructor(
    readonly dir: string,
    readonly owner: LockOwner | null
  ) {
    const who = owner
      ? `process ${owner.pid} on ${owner.host}, started ${owner.startedAt}`
      : 'a process that is still writing its lock file'
    super(
      `The data folder ${dir} is in use by another copy of the app (${who}). ` +
        'Close the other copy first, or choose another data folder.'
    )
    this.name = 'DataInUseError'
  }
}

/** A store or shard name that could escape the data folder or clash on case-insensitive disks. */
export class InvalidNameError extends StorageError {
  constructor(kind: string, value: string, why: string) {
    super(`${kind} "${value}" is not allowed: ${why}`)
    this.name = 'InvalidNameError'
  }
}

/** The file was written by a newer version of the app: never moved aside, never downgraded. */
export class DataTooNewError extends StorageError {
  constructor(file: string, found: number, supported: number) {
    super(
      `${file}: schemaVersion ${found} was written by a newer version of the app (this one reads up to ${supported}). ` +
        'Update the app; the file was left untouched.',
      file
    )
    this.name = 'DataTooNewError'
  }
}

/** A backup archive that cannot be restored; nothing was replaced. */
export class ArchiveError extends StorageError {
  constructor(message: string, file: string | null = null) {
    super(file ? `${file}: ${message}` : message, file)
    this.name = 'ArchiveError'
  }
}
