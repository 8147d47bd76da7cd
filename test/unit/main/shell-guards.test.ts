import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))

import { guardContents, denyPermissions, isAppUrl, isExternalAllowed, isTrustedSender } from '../../../src/main/guards'
import { APP_ORIGIN, CSP, windowOptions } from '../../../src/main/window-options'

type Listener = (event: { preventDefault(): void }, url: string) => void

function fakeContents() {
  const listeners = new Map<string, Listener>()
  let openHandler: ((d: { url: string }) => { action: string }) | null = null
  return {
    on: vi.fn((name: string, l: Listener) => listeners.set(name, l)),
    setWindowOpenHandler: vi.fn((h: (d: { url: string }) => { action: string }) => (openHandler = h)),
    fire(name: string, url = '') {
      const event = { preventDefault: vi.fn() }
      listeners.get(name)?.(event, url)
      return event.preventDefault.mock.calls.length > 0
    },
    open(url: string) {
      return openHandler?.({ url })
    }
  }
}

describe('window options', () => {
  it('keep every secure default on', () => {
    const prefs = windowOptions('/p/index.cjs', '/icon.png').webPreferences ?? {}
    expect(prefs).toMatchObject({
      preload: '/p/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      disableBlinkFeatures: 'Auxclick'
    })
  })

  it('have a CSP that allows only the app itself to run scripts', () => {
    expect(CSP).toContain("script-src 'self'")
    expect(CSP).toContain("object-src 'none'")
    expect(CSP).toContain("frame-ancestors 'none'")
    expect(CSP).not.toContain('unsafe-eval')
  })
})

describe('navigation and new windows', () => {
  it('allow navigation inside the app only', () => {
    const c = fakeContents()
    guardContents(c as never, { openExternal: vi.fn() })
    expect(c.fire('will-navigate', `${APP_ORIGIN}/index.html#/cases`)).toBe(false)
    expect(c.fire('will-navigate', 'https://evil.example/')).toBe(true)
    expect(c.fire('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(c.fire('will-redirect', 'http://127.0.0.1:9999/')).toBe(true)
    expect(c.fire('will-attach-webview')).toBe(true)
  })

  it('deny every new window and hand only http(s) links to the system browser', () => {
    const openExternal = vi.fn()
    const c = fakeContents()
    guardContents(c as never, { openExternal })
    expect(c.open('https://example.com/policy')).toEqual({ action: 'deny' })
    expect(openExternal).toHaveBeenCalledWith('https://example.com/policy')
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share', 'https://user:pw@example.com']) {
      expect(c.open(bad)).toEqual({ action: 'deny' })
    }
    expect(openExternal).toHaveBeenCalledTimes(1)
  })

  it('accept the dev server origin only when it is configured', () => {
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true)
    expect(isAppUrl('http://localhost:5173/')).toBe(false)
    expect(isExternalAllowed('mailto:a@b.c')).toBe(false)
  })
})

describe('permissions and IPC senders', () => {
  it('deny every permission request and check', () => {
    type RequestHandler = (wc: unknown, p: string, cb: (ok: boolean) => void) => void
    const handlers: { request?: RequestHandler; check?: () => boolean } = {}
    denyPermissions({
      setPermissionRequestHandler: (h: RequestHandler) => (handlers.request = h),
      setPermissionCheckHandler: (h: () => boolean) => (handlers.check = h)
    } as never)
    const cb = vi.fn()
    handlers.request?.(null, 'media', cb)
    expect(cb).toHaveBeenCalledWith(false)
    expect(handlers.check?.()).toBe(false)
  })

  it('answer IPC only from frames of the app', () => {
    expect(isTrustedSender({ senderFrame: { url: `${APP_ORIGIN}/index.html` } } as never)).toBe(true)
    expect(isTrustedSender({ senderFrame: { url: 'https://evil.example/' } } as never)).toBe(false)
    expect(isTrustedSender({ senderFrame: null } as never)).toBe(false)
  })
})
