import { test as base, expect, type Page } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createBackend, type Backend } from '../../src/backend/backend'
import { startServer, type RunningServer } from '../../src/backend/http/server'

const root = resolve(import.meta.dirname, '..', '..')

export interface AppServer {
  server: RunningServer
  backend: Backend
  dataDir: string
  /** Calls the API as the browser would (with the access token). */
  api<T = unknown>(channel: string, input: unknown, session?: string | null): Promise<{ ok: boolean; data?: T; code?: string; message?: string }>
}

export const ADMIN = { username: 'admin', displayName: '系统管理员', password: 'admin-pass-123' }

/** A fresh data folder and server per test file, so tests never see each other's data. */
export const test = base.extend<object, { app: AppServer }>({
  app: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'cc-e2e-'))
      const backend = await createBackend({
        dataDir,
        resourcesDir: join(root, 'resources'),
        casesDir: join(root, 'cases'),
        mode: 'browser',
        log: { info: () => {}, warn: () => {}, error: (m, e) => console.error(m, e) }
      })
      const server = await startServer({ backend, staticDir: join(root, 'out', 'renderer') })
      const api: AppServer['api'] = async (channel, input, session = null) => {
        const res = await fetch(`${server.url}/api/${channel}`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Authorization: `Bearer ${server.token}`,
            ...(session ? { 'X-CC-Session': session } : {})
          },
          body: JSON.stringify(input)
        })
        return (await res.json()) as { ok: boolean; data?: never; code?: string; message?: string }
      }
      await use({ server, backend, dataDir, api })
      await server.close()
      await backend.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
    { scope: 'worker' }
  ]
})

export { expect }

/**
 * Creates the administrator through the first-start page if needed, then signs in. `timeout` lets a
 * spec that runs on a loaded machine wait longer for each step.
 */
export async function signIn(page: Page, app: AppServer, user = ADMIN, { timeout }: { timeout?: number } = {}): Promise<void> {
  await page.goto(app.server.openUrl)
  const setup = page.getByTestId('setup-form')
  const login = page.getByTestId('login-form')
  await expect(setup.or(login)).toBeVisible({ timeout })
  if (await setup.isVisible()) {
    await setup.locator('input[name=username]').fill(user.username)
    await setup.locator('input[name=displayName]').fill(user.displayName)
    await setup.locator('input[name=password]').fill(user.password)
    await setup.locator('input[name=again]').fill(user.password)
    await setup.locator('button[type=submit]').click()
  } else {
    await login.locator('input[name=username]').fill(user.username)
    await login.locator('input[name=password]').fill(user.password)
    await login.locator('button[type=submit]').click()
  }
  await expect(page.getByTestId('current-user')).toHaveText(user.displayName, { timeout })
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(root, 'test-results', 'screenshots', `${name}.png`), fullPage: true })
}

/** Picks an option of a naive-ui select (its options are not exposed as ARIA options). */
export async function choose(page: Page, testId: string, label: string): Promise<void> {
  await page.getByTestId(testId).first().click()
  await page.locator('.n-base-select-option', { hasText: label }).first().click()
}
