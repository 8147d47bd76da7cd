import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHANNEL_NAMES } from '../../../src/core/api/contract'
import { allows, permissions } from '../../../src/core/api/permissions'
import type { Role } from '../../../src/core/domain/enums'
import { setupAdmin, signInAs, testBackend, type TestBackend } from '../../helpers/backend'

type Caller = { name: string; roles: Role[] | null }
const CALLERS: Caller[] = [
  { name: 'signed out', roles: null },
  { name: 'trainee', roles: ['trainee'] },
  { name: 'trainer', roles: ['trainer'] },
  { name: 'manager', roles: ['manager'] },
  { name: 'admin', roles: ['admin'] }
]

let tb: TestBackend
const sessions = new Map<string, string | null>()
let adminSession = ''

beforeAll(async () => {
  tb = await testBackend()
  adminSession = await setupAdmin(tb)
  sessions.set('signed out', null)
  sessions.set('admin', adminSession)
  for (const c of CALLERS.slice(1, 4)) sessions.set(c.name, await signInAs(tb, adminSession, `m-${c.name}`, c.roles ?? []))
})
afterAll(() => tb.close())

describe('the permission table', () => {
  it('has exactly one entry per channel', () => {
    expect(Object.keys(permissions).sort()).toEqual([...CHANNEL_NAMES].sort())
  })
})

// Generated from the table: every channel × every caller. The probe input carries an unknown key, so
// strict schemas reject it after the permission check and nothing is changed by the matrix itself.
describe.each(CALLERS)('as $name', (caller) => {
  it.each(CHANNEL_NAMES)('%s is allowed or refused as the table says', async (channel) => {
    const reply = await tb.call(channel, { __probe__: 1 }, sessions.get(caller.name) ?? null)
    const expected = allows(permissions[channel], caller.roles)
    const refused = !reply.ok && (reply.code === 'forbidden' || reply.code === 'unauthorized')
    expect(refused, `${channel} as ${caller.name}: ${JSON.stringify(reply).slice(0, 200)}`).toBe(!expected)
    if (!expected) expect(reply.code).toBe(caller.roles ? 'forbidden' : 'unauthorized')
    // Every input schema is strict: an unknown key is refused rather than silently dropped.
    else expect(reply.code, `${channel} accepted an unknown key`).toBe('invalid-input')
  })
})
