import type { BrowserWindowConstructorOptions } from 'electron'

export const APP_SCHEME = 'app'
export const APP_HOST = 'complaint-coach'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/** The window's secure defaults; kept in one pure function so a unit test can pin every flag. */
export function windowOptions(preloadPath: string, iconPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    title: '客诉教练 Complaint Coach',
    icon: iconPath,
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // Middle-click opens links in a new window without going through setWindowOpenHandler.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false
    }
  }
}

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
