import { spawnSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { hostname, uptime } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DataInUseError, openDataDir } from '../../../src/backend/storage'
import { notesSpec, open, tempDir } from './helpers'

const lockOf = (pid: number, host = hostname()) =>
  JSON.stringify({ pid, host, startedAt: '2026-01-01T00:00:00.000Z', appName: 'test-app', bootTime: Date.now() - uptime() * 1000 })

/** The pid of a process that has already exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!
}

describe('the data folder lock', () => {
  it('records who holds it and tells a second instance that the data is in use', async () => {
    const dir = await tempDir()
    await open(dir)
    const lock = JSON.parse(await readFile(join(dir, 'data.lock'), 'utf8'))
    expect(lock).toMatchObject({ pid: process.pid, host: hostname(), appName: 'test-app' })
    const second = openDataDir(dir, { appName: 'test-app' })
    await expect(second).rejects.toBeInstanceOf(DataInUseError)
    await expect(second).rejects.toThrow(/in use by another copy/)
  })

  it('refuses a lock held by another live process, naming it', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'data.lock'), lockOf(process.ppid))
    const err = await openDataDir(dir, { appName: 'test-app' }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(DataInUseError)
    expect((err as DataInUseError).owner?.pid).toBe(process.ppid)
    expect((err as DataInUseError).message).toContain(String(process.ppid))
  })

  it('refuses a lock from another computer sharing the folder', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'data.lock'), lockOf(deadPid(), 'another-host'))
    await expect(openDataDir(dir, { appName: 'test-app' })).rejects.toBeInstanceOf(DataInUseError)
  })

  it('takes over a stale lock whose process is gone, and keeps the data', async () => {
    const dir = await tempDir()
    const first = await open(dir)
    await (await first.store('notes', notesSpec)).update((d) => {
      d.notes.push({ id: 1, text: 'before the crash' })
    })
    await first.release()
    await writeFile(join(dir, 'data.lock'), lockOf(deadPid()))
    const second = await open(dir)
    expect((await second.store('notes', notesSpec)).data.notes).toHaveLength(1)
    expect(JSON.parse(await readFile(join(dir, 'data.lock'), 'utf8')).pid).toBe(process.pid)
  })

  it('takes over a lock from before a reboot even if its pid is alive now', async () => {
    const dir = await tempDir()
    const old = JSON.parse(lockOf(process.ppid))
    await writeFile(join(dir, 'data.lock'), JSON.stringify({ ...old, bootTime: old.bootTime - 86_400_000 }))
    await open(dir)
  })

  it('takes over an unreadable lock that is not being written right now', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'data.lock'), '')
    const { utimes } = await import('node:fs/promises')
    await utimes(join(dir, 'data.lock'), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000))
    await open(dir)
  })

  it('is given back on release, so the folder can be opened again', async () => {
    const dir = await tempDir()
    const first = await openDataDir(dir, { appName: 'test-app' })
    await first.release()
    await first.release()
    const again = await open(dir)
    expect(again.path).toBe(dir)
  })
})
