import { randomBytes, randomUUID } from 'node:crypto'
import { z } from 'zod'
import type { UserPublic } from '@core/api/channels/auth'
import { ROLES, type Role } from '@core/domain/enums'
import { ApiError } from '../api/errors'
import type { CallerUser } from '../api/types'
import type { DataDir, Store } from '../storage'
import { hashPassword, verifyPassword } from './passwords'

const userRecordSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
  staffId: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  salt: z.string(),
  hash: z.string(),
  failedAttempts: z.number().int().min(0),
  lockedUntil: z.number().nullable()
})
type UserRecord = z.infer<typeof userRecordSchema>
const usersFileSchema = z.object({ users: z.array(userRecordSchema) })
type UsersFile = z.infer<typeof usersFileSchema>

/** Failures allowed before the lock-out starts; each further failure doubles the wait. */
const FREE_ATTEMPTS = 5
const FIRST_LOCK_MS = 30_000
const MAX_LOCK_MS = 60 * 60_000

interface SessionEntry {
  userId: string
  lastActive: number
}

export function lockDurationMs(failedAttempts: number): number {
  if (failedAttempts < FREE_ATTEMPTS) return 0
  return Math.min(FIRST_LOCK_MS * 2 ** (failedAttempts - FREE_ATTEMPTS), MAX_LOCK_MS)
}

export class AuthService {
  private sessions = new Map<string, SessionEntry>()
  // A hash to compare against when the user does not exist, so timing does not reveal usernames.
  private decoy = hashPassword(randomBytes(12).toString('hex'))

  private constructor(
    private store: Store<UsersFile>,
    private idleMinutes: () => number,
    private now: () => number
  ) {}

  static async open(dir: DataDir, idleMinutes: () => number, now: () => number = Date.now): Promise<AuthService> {
    const store = await dir.store<UsersFile>('users', {
      schema: usersFileSchema,
      version: 1,
      migrations: {},
      defaults: () => ({ users: [] })
    })
    return new AuthService(store, idleMinutes, now)
  }

  needsSetup(): boolean {
    return this.store.data.users.length === 0
  }

  list(): UserPublic[] {
    return this.store.data.users.map(toPublic)
  }

  find(id: string): UserPublic | null {
    const u = this.store.data.users.find((x) => x.id === id)
    return u ? toPublic(u) : null
  }

  async setup(input: { username: string; displayName: string; password: string }) {
    if (!this.needsSetup()) throw new ApiError('conflict', 'the administrator already exists; please sign in')
    const user = await this.create({ ...input, roles: ['admin'], staffId: null })
    return this.startSession(user.id)
  }

  async create(input: {
    username: string
    displayName: string
    password: string
    roles: Role[]
    staffId?: string | null
  }): Promise<UserPublic> {
    const username = input.username.trim()
    if (this.store.data.users.some((u) => u.username.toLowerCase() === username.toLowerCase()))
      throw new ApiError('conflict', `the username "${username}" is taken`, [{ path: 'username', message: 'taken' }])
    const { salt, hash } = await hashPassword(input.password)
    const record: UserRecord = {
      id: randomUUID(),
      username,
      displayName: input.displayName.trim(),
      roles: [...new Set(input.roles)],
      staffId: input.staffId?.trim() || null,
      active: true,
      createdAt: new Date(this.now()).toISOString(),
      salt,
      hash,
      failedAttempts: 0,
      lockedUntil: null
    }
    await this.store.update((d) => {
      d.users.push(record)
    })
    return toPublic(record)
  }

  async update(input: {
    id: string
    displayName?: string
    roles?: Role[]
    staffId?: string | null
    active?: boolean
    password?: string
  }): Promise<UserPublic> {
    const current = this.store.data.users.find((u) => u.id === input.id)
    if (!current) throw new ApiError('not-found', 'account not found')
    const removesLastAdmin =
      current.roles.includes('admin') &&
      (input.active === false || (input.roles && !input.roles.includes('admin'))) &&
      this.store.data.users.filter((u) => u.active && u.roles.includes('admin')).length === 1
    if (removesLastAdmin) throw new ApiError('conflict', 'the last active administrator cannot be removed')
    const secret = input.password ? await hashPassword(input.password) : null
    await this.store.update((d) => {
      const u = d.users.find((x) => x.id === input.id)
      if (!u) return
      if (input.displayName !== undefined) u.displayName = input.displayName
      if (input.roles) u.roles = [...new Set(input.roles)]
      if (input.staffId !== undefined) u.staffId = input.staffId?.trim() || null
      if (input.active !== undefined) u.active = input.active
      if (secret) Object.assign(u, secret, { failedAttempts: 0, lockedUntil: null })
    })
    if (input.active === false || secret) this.endSessionsOf(input.id)
    return toPublic(this.store.data.users.find((u) => u.id === input.id) as UserRecord)
  }

  async login(username: string, password: string) {
    const user = this.store.data.users.find((u) => u.username.toLowerCase() === username.trim().toLowerCase())
    if (!user || !user.active) {
      await verifyPassword(password, await this.decoy)
      throw new ApiError('unauthorized', 'wrong username or password')
    }
    const now = this.now()
    if (user.lockedUntil && user.lockedUntil > now) {
      const seconds = Math.ceil((user.lockedUntil - now) / 1000)
      throw new ApiError('locked', `too many failed attempts; try again in ${seconds} s`)
    }
    if (!(await verifyPassword(password, user))) {
      const failed = user.failedAttempts + 1
      const lock = lockDurationMs(failed)
      await this.store.update((d) => {
        const u = d.users.find((x) => x.id === user.id)
        if (!u) return
        u.failedAttempts = failed
        u.lockedUntil = lock > 0 ? now + lock : null
      })
      if (lock > 0) throw new ApiError('locked', `too many failed attempts; try again in ${Math.ceil(lock / 1000)} s`)
      throw new ApiError('unauthorized', 'wrong username or password')
    }
    if (user.failedAttempts > 0 || user.lockedUntil)
      await this.store.update((d) => {
        const u = d.users.find((x) => x.id === user.id)
        if (u) Object.assign(u, { failedAttempts: 0, lockedUntil: null })
      })
    return this.startSession(user.id)
  }

  async changePassword(userId: string, current: string, next: string): Promise<void> {
    const user = this.store.data.users.find((u) => u.id === userId)
    if (!user || !(await verifyPassword(current, user)))
      throw new ApiError('invalid-input', 'the current password is wrong', [{ path: 'current', message: 'wrong' }])
    const secret = await hashPassword(next)
    await this.store.update((d) => {
      const u = d.users.find((x) => x.id === userId)
      if (u) Object.assign(u, secret)
    })
  }

  logout(session: string): void {
    this.sessions.delete(session)
  }

  /** Returns the caller for a session token, or null when unknown, idle too long or deactivated. */
  resolveSession(token: string): CallerUser | null {
    const entry = this.sessions.get(token)
    if (!entry) return null
    const now = this.now()
    if (now - entry.lastActive > this.idleMinutes() * 60_000) {
      this.sessions.delete(token)
      return null
    }
    const user = this.store.data.users.find((u) => u.id === entry.userId)
    if (!user || !user.active) {
      this.sessions.delete(token)
      return null
    }
    entry.lastActive = now
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      roles: user.roles,
      staffId: user.staffId
    }
  }

  private startSession(userId: string) {
    const session = randomBytes(32).toString('base64url')
    this.sessions.set(session, { userId, lastActive: this.now() })
    const user = this.store.data.users.find((u) => u.id === userId) as UserRecord
    return { session, user: toPublic(user), idleMinutes: this.idleMinutes() }
  }

  private endSessionsOf(userId: string): void {
    for (const [token, s] of this.sessions) if (s.userId === userId) this.sessions.delete(token)
  }
}

function toPublic(u: UserRecord): UserPublic {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    roles: u.roles,
    staffId: u.staffId,
    active: u.active,
    createdAt: u.createdAt
  }
}
