import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createBackend } from '../../../src/backend/backend'
import { lockDurationMs } from '../../../src/backend/services/auth'
import { ADMIN, quietLog, ROOT, setupAdmin, testBackend, type TestBackend } from '../../helpers/backend'
import { join } from 'node:path'

let tb: TestBackend
beforeEach(async () => {
  tb = await testBackend()
})
afterEach(() => tb.close())

describe('accounts', () => {
  it('first start needs setup; setup works once and creates an admin', async () => {
    expect((await tb.call<{ needsSetup: boolean }>('auth.status', {})).data.needsSetup).toBe(true)
    const admin = await setupAdmin(tb)
    expect((await tb.call('auth.setup', ADMIN)).code).toBe('conflict')
    const status = await tb.call<{ needsSetup: boolean; user: { roles: string[] } }>('auth.status', {}, admin)
    expect(status.data).toMatchObject({ needsSetup: false, user: { roles: ['admin'] } })
  })

  it('locks an account after repeated failures, with a growing delay', async () => {
    await setupAdmin(tb)
    const codes: string[] = []
    for (let i = 0; i < 5; i++) codes.push((await tb.call('auth.login', { username: 'admin', password: 'wrong-password' })).code ?? 'ok')
    expect(codes).toEqual(['unauthorized', 'unauthorized', 'unauthorized', 'unauthorized', 'locked'])
    // Even the right password is refused while locked.
    const right = await tb.call('auth.login', { username: 'admin', password: ADMIN.password })
    expect(right.code).toBe('locked')
    expect(right.message).toMatch(/try again in (30|29) s/)
    expect([5, 6, 7, 20].map(lockDurationMs)).toEqual([30_000, 60_000, 120_000, 3_600_000])
    expect(lockDurationMs(4)).toBe(0)
  })

  it('keeps accounts and password hashes on disk across restarts, never in the audit log', async () => {
    const admin = await setupAdmin(tb)
    const created = await tb.call<{ id: string }>('accounts.create', { username: 'li.na', displayName: '李娜', password: 'trainee-pass-1', roles: ['trainee'], staffId: 'S001' }, admin)
    expect(created.ok).toBe(true)
    await tb.backend.close()
    const again = await createBackend({ dataDir: tb.dataDir, resourcesDir: join(ROOT, 'resources'), casesDir: join(ROOT, 'cases'), mode: 'browser', log: quietLog })
    const login = await again.call({ channel: 'auth.login', input: { username: 'li.na', password: 'trainee-pass-1' }, session: null })
    expect(login.ok).toBe(true)
    const adminLogin = await again.call({ channel: 'auth.login', input: { username: 'admin', password: ADMIN.password }, session: null })
    const session = adminLogin.ok ? (adminLogin.data as { session: string }).session : ''
    const audit = await again.call({ channel: 'audit.list', input: { action: 'account.' }, session })
    expect(audit.ok).toBe(true)
    const entries = audit.ok ? (audit.data as { action: string; after?: unknown }[]) : []
    expect(entries.map((e) => e.action)).toEqual(['account.create', 'account.setup'])
    expect(JSON.stringify(entries)).not.toMatch(/"hash"|"salt"/)
    await again.close()
    tb.backend.close = async () => {}
  })

  it('signs out everywhere when an account is deactivated, and keeps the last admin', async () => {
    const admin = await setupAdmin(tb)
    const c = await tb.call<{ id: string }>('accounts.create', { username: 'wang', displayName: '王', password: 'trainer-pass-1', roles: ['trainer'] }, admin)
    const s = (await tb.call<{ session: string }>('auth.login', { username: 'wang', password: 'trainer-pass-1' })).data.session
    expect((await tb.call('settings.get', {}, s)).ok).toBe(true)
    await tb.call('accounts.update', { id: c.data.id, active: false }, admin)
    expect((await tb.call('settings.get', {}, s)).code).toBe('unauthorized')
    const me = (await tb.call<{ user: { id: string } }>('auth.status', {}, admin)).data.user.id
    expect((await tb.call('accounts.update', { id: me, roles: ['trainer'] }, admin)).code).toBe('conflict')
  })
})

describe('settings', () => {
  it('an admin changes one section and the rest stays; the change is audited with before and after', async () => {
    const admin = await setupAdmin(tb)
    const r = await tb.call<{ timeZone: string; roleplay: { passMark: number } }>('settings.update', { roleplay: { passMark: 85, weights: {}, timeTargetSeconds: { phone: 30, 'in-store': 30, 'online-chat': 60, app: 90, 'social-media': 120, 'web-form': 300, email: 300 } } }, admin)
    expect(r.data.roleplay.passMark).toBe(85)
    expect(r.data.timeZone).toBe('Asia/Shanghai')
    const audit = await tb.call<{ before: { roleplay: { passMark: number } }; after: { roleplay: { passMark: number } } }[]>('audit.list', { action: 'settings.' }, admin)
    expect(audit.data[0].before.roleplay.passMark).toBe(80)
    expect(audit.data[0].after.roleplay.passMark).toBe(85)
  })
})
