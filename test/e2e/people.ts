import type { AppServer } from './fixtures'
import { ADMIN } from './fixtures'

export interface Person {
  username: string
  displayName: string
  password: string
}

/** Signs the admin in over the API (the page must have created the admin first) and returns the session. */
export async function adminSession(app: AppServer): Promise<string> {
  const r = await app.api<{ session: string }>('auth.login', { username: ADMIN.username, password: ADMIN.password })
  if (!r.ok || !r.data) throw new Error(`admin sign-in failed: ${r.message}`)
  return r.data.session
}

/** Creates an account over the API and returns it with a signed-in session. */
export async function person(app: AppServer, admin: string, username: string, displayName: string, roles: string[], staffId: string | null = null): Promise<Person & { session: string }> {
  const p = { username, displayName, password: `${username}-pass-1` }
  const c = await app.api('accounts.create', { ...p, roles, staffId }, admin)
  if (!c.ok) throw new Error(`create ${username}: ${c.message}`)
  const s = await app.api<{ session: string }>('auth.login', { username, password: p.password })
  if (!s.ok || !s.data) throw new Error(`sign-in ${username}: ${s.message}`)
  return { ...p, session: s.data.session }
}
