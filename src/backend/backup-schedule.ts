import type { DataDir } from './storage'
import type { Log } from './services/log'

const HOUR = 3_600_000
/** How often the timer wakes to see whether an archive is due (an archive is written at most once per interval). */
const CHECK_EVERY_MS = 10 * 60_000
/** The first check waits until start-up work is done, so the archive does not slow the first screen. */
const FIRST_CHECK_MS = 30_000

export interface BackupSchedule {
  /** Stops the timer and waits for an archive being written. */
  stop(): Promise<void>
  /** Runs one check now (tests, and the first check). */
  check(): Promise<void>
}

/**
 * Automatic whole-folder archives (settings.storage.archiveEveryHours). The desktop app is often closed
 * between uses, so instead of a fixed timer from start-up it checks the age of the newest archive: one
 * is written at start-up when the last is older than the interval, and again whenever it comes due.
 */
export function startBackupSchedule(
  data: DataDir,
  everyHours: () => number,
  log: Log,
  { now = Date.now, firstCheckMs = FIRST_CHECK_MS }: { now?: () => number; firstCheckMs?: number } = {}
): BackupSchedule {
  let running: Promise<void> | null = null
  const check = (): Promise<void> => {
    if (running) return running
    running = (async () => {
      const hours = everyHours()
      if (hours <= 0) return
      const archives = (await data.backup.listBackups()).filter((b) => b.kind === 'archive')
      const newest = archives.reduce((t, b) => Math.max(t, Date.parse(b.at)), 0)
      if (now() - newest < hours * HOUR) return
      const path = await data.backup.runScheduled()
      log.info(`automatic backup written: ${path}`)
    })()
      .catch((e) => log.error('automatic backup failed', e))
      .finally(() => {
        running = null
      })
    return running
  }
  const first = setTimeout(() => void check(), firstCheckMs)
  const timer = setInterval(() => void check(), CHECK_EVERY_MS)
  first.unref()
  timer.unref()
  return {
    check,
    stop: async () => {
      clearTimeout(first)
      clearInterval(timer)
      await running
    }
  }
}
