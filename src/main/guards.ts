import type { IpcMainInvokeEvent, Session, WebContents } from 'electron'
import { APP_HOST, APP_SCHEME } from './window-options'

/** Links the app may hand to the system browser: http(s) only, never file:, javascript: etc. */
export function isExternalAllowed(url: string): boolean {
  try {
    const u = new URL(url)
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.length > 0 && !u.username && !u.password
  } catch {
    return false
  }
}

/** True when a URL belongs to the app itself (the custom protocol, or the dev server in development). */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  try {
    const u = new URL(url)
    // URL.origin is "null" for custom schemes outside Electron, so compare scheme and host.
    if (u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST) return true
    return !!devServerUrl && u.origin === new URL(devServerUrl).origin
  } catch {
    return false
  }
}

export interface GuardDeps {
  openExternal(url: string): void
  devServerUrl?: string
}

/** Denies navigation away from the app, every new window and every webview. */
export function guardContents(contents: WebContents, deps: GuardDeps): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, deps.devServerUrl)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, deps.devServerUrl)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalAllowed(url)) deps.openExternal(url)
    return { action: 'deny' }
  })
}

/** No camera, microphone, notifications, geolocation… the app needs none of them. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

/** IPC is answered only for frames loaded from the app itself. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, devServerUrl?: string): boolean {
  const frame = event.senderFrame
  return !!frame && isAppUrl(frame.url, devServerUrl)
}
