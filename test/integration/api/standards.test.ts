import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setupAdmin, signInAs, testBackend, type TestBackend } from '../../helpers/backend'
import type { Rubric } from '../../../src/core/standards/standards'

let tb: TestBackend
beforeEach(async () => {
  tb = await testBackend()
})
afterEach(() => tb.close())

describe('service standards', () => {
  it('serves the shipped rubric, keeps a trainer edit across restarts, and resets to the shipped one', async () => {
    const admin = await setupAdmin(tb)
    const trainer = await signInAs(tb, admin, 'trainer1', ['trainer'])
    const shipped = (await tb.call<Rubric>('standards.get', {}, trainer)).data
    expect(shipped.standards.map((s) => s.id)).toContain('no-blame')
    expect(shipped.passMark).toBe(80)

    const edited: Rubric = { ...shipped, passMark: 75, standards: shipped.standards.map((s) => (s.id === 'listen' ? { ...s, weight: 2 } : s)) }
    const saved = await tb.call<Rubric>('standards.update', { rubric: edited }, trainer)
    expect(saved.ok).toBe(true)

    await tb.restart()
    const session = (await tb.call<{ session: string }>('auth.login', { username: 'trainer1', password: 'password-123' })).data.session
    const after = (await tb.call<Rubric>('standards.get', {}, session)).data
    expect(after.passMark).toBe(75)
    expect(after.standards.find((s) => s.id === 'listen')?.weight).toBe(2)

    const reset = await tb.call<Rubric>('standards.update', { rubric: null }, session)
    expect(reset.data.passMark).toBe(80)
  })

  it('refuses an edit that drops or invents a standard id, and a trainee edit', async () => {
    const admin = await setupAdmin(tb)
    const trainee = await signInAs(tb, admin, 'trainee1', ['trainee'])
    const shipped = (await tb.call<Rubric>('standards.get', {}, admin)).data
    const dropped = await tb.call('standards.update', { rubric: { ...shipped, standards: shipped.standards.slice(1) } }, admin)
    expect(dropped).toMatchObject({ ok: false, code: 'invalid-input' })
    expect((await tb.call('standards.update', { rubric: shipped }, trainee)).code).toBe('forbidden')
  })
})
