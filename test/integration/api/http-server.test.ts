import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from '../../../src/backend/http/server'
import { setupAdmin, signInAs, testBackend, withServer, type TestBackend } from '../../helpers/backend'

let tb: TestBackend
let server: RunningServer

beforeAll(async () => {
  tb = await testBackend()
  server = await withServer(tb)
})
afterAll(async () => {
  await server.close()
  await tb.close()
})

function post(channel: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}`, ...headers },
    body: JSON.stringify(body)
  })
}

describe('browser-mode HTTP server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(server.openUrl).toContain(`?token=${server.token}`)
  })

  it('answers 401 without the per-start token, and with a wrong one', async () => {
    const none = await fetch(`${server.url}/api/app.info`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })
    expect(none.status).toBe(401)
    expect(await none.json()).toMatchObject({ ok: false, code: 'unauthorized' })
    const wrong = await post('app.info', {}, { Authorization: 'Bearer nope' })
    expect(wrong.status).toBe(401)
  })

  it('rejects bad input with invalid-input, naming the field', async () => {
    const res = await post('auth.login', { username: 42 })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { message: string }
    expect(body).toMatchObject({ ok: false, code: 'invalid-input' })
    expect(body.message).toContain('username')
    const extra = await (await post('ui.prefs.set', { locale: 'fr' })).json()
    expect(extra).toMatchObject({ ok: false, code: 'invalid-input' })
  })

  it('answers every call in the one reply shape', async () => {
    expect(await (await post('app.info', {})).json()).toMatchObject({ ok: true, data: { mode: 'browser' } })
    expect(await (await post('no.such.channel', {})).json()).toMatchObject({ ok: false, code: 'unknown-channel' })
    expect(await (await post('accounts.list', {})).json()).toMatchObject({ ok: false, code: 'unauthorized' })
  })

  it('refuses other origins and other host names', async () => {
    const cross = await post('app.info', {}, { Origin: 'http://evil.example' })
    expect(cross.status).toBe(403)
    expect(cross.headers.get('access-control-allow-origin')).toBeNull()
    // fetch may not set Host, so speak HTTP directly, as a DNS-rebinding page would reach us.
    const port = Number(new URL(server.url).port)
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path: '/api/app.info', method: 'POST', headers: { Host: `evil.example:${port}`, 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` } },
        (res) => {
          res.resume()
          resolve(res.statusCode)
        }
      )
      req.on('error', reject)
      req.end('{}')
    })
    expect(status).toBe(421)
  })

  it('sends security headers and never serves files outside the renderer folder', async () => {
    const page = await fetch(`${server.url}/`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/..%5cpackage.json']) {
      const res = await fetch(`${server.url}${path}`)
      expect(res.status, path).toBe(404)
    }
  })

  it('checks the same permissions as IPC: a trainee may not list accounts', async () => {
    const admin = await setupAdmin(tb)
    const trainee = await signInAs(tb, admin, 'trainee1', ['trainee'])
    const res = await (await post('accounts.list', {}, { 'X-CC-Session': trainee })).json()
    expect(res).toMatchObject({ ok: false, code: 'forbidden' })
    const ok = (await (await post('accounts.list', {}, { 'X-CC-Session': admin })).json()) as { ok: boolean }
    expect(ok.ok).toBe(true)
  })
})
