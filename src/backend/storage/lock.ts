import { hostname, uptime } from 'node:os'
import { link, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { DataInUseError, type LockOwner } from './errors'
import { isErrno, tempPathFor } from './durable-fs'

export const LOCK_FILE = 'data.lock'
/** A lock younger than this that cannot be read is being written right now, not abandoned. */
const FRESH_MS = 5_000
/** Boot times computed from uptime wobble by a second or two; a real reboot moves them by much more. */
const BOOT_SLACK_MS = 60_000

const heldHere = new Set<string>()

function bootTime(): number {
  return Date.now() - uptime() * 1000
}

/** Takes the data folder's lock or throws DataInUseError; returns the function that gives it back. */
export async function acquireLock(dir: string, appName: string): Promise<() => Promise<void>> {
  const key = resolve(dir)
  const lockPath = join(dir, LOCK_FILE)
  const me: LockOwner = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), appName, bootTime: bootTime() }
  if (heldHere.has(key)) throw new DataInUseError(dir, me)
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await tryCreate(lockPath, me)) {
      heldHere.add(key)
      return async () => {
        heldHere.delete(key)
        const current = await readOwner(lockPath)
        if (current && current.pid === me.pid && current.startedAt === me.startedAt) await rm(lockPath, { force: true })
      }
    }
    const owner = await readOwner(lockPath)
    if (await isAlive(lockPath, owner)) throw new DataInUseError(dir, owner)
    // Move the stale lock aside under a unique name instead of deleting it: if two instances race to take
    // it over, only one rename succeeds, and the loser sees the winner's fresh lock on its next attempt.
    const aside = `${lockPath}.stale-${process.pid}-${Date.now()}`
    try {
      await rename(lockPath, aside)
      await rm(aside, { force: true })
    } catch (e) {
      if (!isErrno(e, 'ENOENT')) throw e
    }
  }
  throw new DataInUseError(dir, await readOwner(lockPath))
}

/** Creates the lock with its content in one step (hard link of a finished temp file), or returns false. */
async function tryCreate(lockPath: string, me: LockOwner): Promise<boolean> {
  const tmp = tempPathFor(lockPath)
  await writeFile(tmp, JSON.stringify(me))
  try {
    await link(tmp, lockPath)
    return true
  } catch (e) {
    // ENOENT: our temp file vanished (another instance cleaned up); the next attempt reads its lock.
    if (isErrno(e, 'EEXIST', 'ENOENT')) return false
    // File systems without hard links (FAT, some network shares): exclusive create is the next best thing.
    if (!isErrno(e, 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS')) throw e
    try {
      await writeFile(lockPath, JSON.stringify(me), { flag: 'wx' })
      return true
    } catch (e2) {
      if (isErrno(e2, 'EEXIST')) return false
      throw e2
    }
  } finally {
    await rm(tmp, { force: true })
  }
}

async function readOwner(lockPath: string): Promise<LockOwner | null> {
  try {
    const v = JSON.parse(await readFile(lockPath, 'utf8')) as Partial<LockOwner>
    if (typeof v.pid !== 'number' || typeof v.host !== 'string') return null
    return {
      pid: v.pid,
      host: v.host,
      startedAt: String(v.startedAt ?? ''),
      appName: String(v.appName ?? ''),
      bootTime: typeof v.bootTime === 'number' ? v.bootTime : 0
    }
  } catch {
    return null
  }
}

async function isAlive(lockPath: string, owner: LockOwner | null): Promise<boolean> {
  if (!owner) {
    try {
      return Date.now() - (await stat(lockPath)).mtimeMs < FRESH_MS
    } catch {
      return false
    }
  }
  // Another machine sharing the folder: its processes cannot be checked, so it keeps the lock.
  if (owner.host !== hostname()) return true
  if (owner.bootTime && Math.abs(owner.bootTime - bootTime()) > BOOT_SLACK_MS) return false
  // Our own pid without an entry in heldHere: an earlier run that got the same pid (containers, pid 1).
  if (owner.pid === process.pid) return false
  try {
    process.kill(owner.pid, 0)
    return true
  } catch (e) {
    return isErrno(e, 'EPERM')
  }
}
