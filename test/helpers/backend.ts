import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createBackend, type Backend } from '../../src/backend/backend'
import { startServer, type RunningServer } from '../../src/backend/http/server'

export const ROOT = resolve(import.meta.dirname, '..', '..')

export const quietLog = { info: () => {}, warn: () => {}, error: () => {} }

export interface TestBackend {
  backend: Backend
  dataDir: string
  /** Calls a channel as the given session would, over the same dispatch every transport uses. */
  call<T = unknown>(channel: string, input: unknown, session?: string | null): Promise<{ ok: boolean; data: T; code?: string; message?: string }>
  /** Closes the backend and opens a new one on the same data folder, as a restart of the app would. */
  restart(): Promise<void>
  close(): Promise<void>
}

function openBackend(dataDir: string): Promise<Backend> {
  return createBackend({
    dataDir,
    resourcesDir: join(ROOT, 'resources'),
    casesDir: join(ROOT, 'cases'),
    mode: 'browser',
    log: quietLog
  })
}

/** A backend over a fresh temp data folder, with the shipped resources and cases. */
export async function testBackend(): Promise<TestBackend> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cc-test-'))
  const tb: TestBackend = {
    backend: await openBackend(dataDir),
    dataDir,
    call: async (channel, input, session = null) => (await tb.backend.call({ channel, input, session })) as never,
    restart: async () => {
      await tb.backend.close()
      tb.backend = await openBackend(dataDir)
    },
    close: async () => {
      await tb.backend.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
  return tb
}

export async function withServer(tb: TestBackend): Promise<RunningServer> {
  const staticDir = join(tb.dataDir, '..', `static-${Date.now()}`)
  mkdirSync(join(staticDir, 'assets'), { recursive: true })
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>t</title>')
  writeFileSync(join(staticDir, 'assets', 'a.js'), 'console.log(1)')
  return startServer({ backend: tb.backend, staticDir })
}

export const ADMIN = { username: 'admin', displayName: 'Admin', password: 'admin-pass-123' }

/** Creates the administrator and returns its session. */
export async function setupAdmin(tb: TestBackend): Promise<string> {
  const r = await tb.call<{ session: string }>('auth.setup', ADMIN)
  if (!r.ok) throw new Error(r.message)
  return r.data.session
}

/** Creates an account with the given roles (as the admin) and signs it in. */
export async function signInAs(tb: TestBackend, adminSession: string, username: string, roles: string[], staffId: string | null = null): Promise<string> {
  const password = 'password-123'
  const c = await tb.call('accounts.create', { username, displayName: username, password, roles, staffId }, adminSession)
  if (!c.ok) throw new Error(c.message)
  const r = await tb.call<{ session: string }>('auth.login', { username, password })
  if (!r.ok) throw new Error(r.message)
  return r.data.session
}
