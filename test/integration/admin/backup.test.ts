import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startBackupSchedule } from '../../../src/backend/backup-schedule'
import { quietLog, setupAdmin, signInAs, testBackend, type TestBackend } from '../../helpers/backend'

let tb: TestBackend
beforeEach(async () => {
  tb = await testBackend()
})
afterEach(() => tb.close())

interface Account {
  username: string
}

describe('admin backup and restore', () => {
  it('restores an exported archive: later changes are undone and everyone signs in again', async () => {
    const admin = await setupAdmin(tb)
    await signInAs(tb, admin, 'before.backup', ['trainee'])
    const exported = await tb.call<{ fileName: string; base64: string }>('backup.export', {}, admin)
    expect(exported.ok).toBe(true)
    expect(exported.data.fileName).toMatch(/^complaint-coach-backup-.*\.zip$/)

    await signInAs(tb, admin, 'after.backup', ['trainee'])
    const names = async (s: string) => (await tb.call<Account[]>('accounts.list', {}, s)).data.map((a) => a.username).sort()
    expect(await names(admin)).toEqual(['admin', 'after.backup', 'before.backup'])

    const restored = await tb.call<{ files: number; previous: string }>('backup.restore', { fileName: exported.data.fileName, base64: exported.data.base64 }, admin)
    expect(restored.ok, JSON.stringify(restored)).toBe(true)
    expect(restored.data.previous).toMatch(/^\.pre-restore-/)

    // The services were rebuilt on the restored files: old sign-ins are gone.
    expect((await tb.call('accounts.list', {}, admin)).code).toBe('unauthorized')
    const again = (await tb.call<{ session: string }>('auth.login', { username: 'admin', password: 'admin-pass-123' })).data.session
    expect(await names(again)).toEqual(['admin', 'before.backup'])
    const audit = await tb.call<{ action: string; target: string }[]>('audit.list', { action: 'backup.' }, again)
    expect(audit.data.map((e) => e.action)).toContain('backup.restore')
  })

  it('refuses a damaged archive with the file name and changes nothing', async () => {
    const admin = await setupAdmin(tb)
    const exported = await tb.call<{ base64: string }>('backup.export', {}, admin)
    const bytes = Buffer.from(exported.data.base64, 'base64')
    bytes.fill(0, Math.floor(bytes.length / 3), Math.floor(bytes.length / 3) + 40)
    const r = await tb.call('backup.restore', { fileName: 'broken.zip', base64: bytes.toString('base64') }, admin)
    expect(r).toMatchObject({ ok: false, code: 'invalid-input' })
    expect(r.message).toMatch(/^broken\.zip: /)
    // Still signed in, data untouched.
    expect((await tb.call<Account[]>('accounts.list', {}, admin)).ok).toBe(true)
  })

  it('writes an archive on demand and lists it with the schedule', async () => {
    const admin = await setupAdmin(tb)
    const made = await tb.call<{ path: string; kind: string; size: number }>('backup.runNow', {}, admin)
    expect(made.data).toMatchObject({ kind: 'archive' })
    expect(made.data.size).toBeGreaterThan(0)
    const list = await tb.call<{ archives: { path: string }[]; everyHours: number }>('backup.list', {}, admin)
    expect(list.data.archives.map((a) => a.path)).toContain(made.data.path)
    expect(list.data.everyHours).toBe(24)
  })

  it('the schedule writes an archive only when the newest is older than the interval', async () => {
    await setupAdmin(tb)
    let clock = Date.now()
    const data = tb.backend.services.data
    const schedule = startBackupSchedule(data, () => 24, quietLog, { now: () => clock, firstCheckMs: 3_600_000 })
    const archives = async () => (await data.backup.listBackups()).filter((b) => b.kind === 'archive').length
    await schedule.check()
    expect(await archives()).toBe(1)
    clock += 23 * 3_600_000
    await schedule.check()
    expect(await archives()).toBe(1)
    clock += 2 * 3_600_000
    await schedule.check()
    expect(await archives()).toBe(2)
    await schedule.stop()
  })
})
