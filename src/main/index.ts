import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createBackend, type Backend } from '../backend/backend'
import { DataInUseError } from '../backend/storage'
import { denyPermissions, guardContents, isExternalAllowed } from './guards'
import { registerIpc } from './ipc'
import { registerPrint } from './print'
import { registerScheme, serveRenderer } from './protocol'
import { APP_ORIGIN, windowOptions } from './window-options'

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
const root = app.isPackaged ? process.resourcesPath : join(import.meta.dirname, '..', '..')
let backend: Backend | null = null
let mainWindow: BrowserWindow | null = null

registerScheme()
app.setName('complaint-coach')

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.whenReady().then(start, (e) => fatal(e))
}

async function start(): Promise<void> {
  denyPermissions(session.defaultSession)
  app.on('web-contents-created', (_e, contents) =>
    guardContents(contents, { devServerUrl, openExternal: (url) => isExternalAllowed(url) && shell.openExternal(url) })
  )
  try {
    backend = await createBackend({
      dataDir: app.getPath('userData'),
      resourcesDir: join(root, 'resources'),
      casesDir: join(root, 'cases'),
      mode: 'electron',
      autoBackup: true,
      sampleData: true
    })
  } catch (e) {
    if (e instanceof DataInUseError) {
      dialog.showErrorBox('Complaint Coach', e.message)
      app.quit()
      return
    }
    throw e
  }
  registerIpc(ipcMain, backend, devServerUrl)
  registerPrint(ipcMain, {
    devServerUrl,
    showSaveDialog: (owner, options) => (owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options)),
    windowOf: (contents) => BrowserWindow.fromWebContents(contents),
    writeFile: (path, data) => writeFile(path, data),
    documentsDir: () => app.getPath('documents')
  })
  serveRenderer(join(import.meta.dirname, '..', 'renderer'))
  mainWindow = new BrowserWindow(
    windowOptions(join(import.meta.dirname, '..', 'preload', 'index.cjs'), join(root, 'resources', 'icon.png'))
  )
  mainWindow.once('ready-to-show', () => mainWindow?.show())
  mainWindow.on('closed', () => (mainWindow = null))
  await mainWindow.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`)
}

function fatal(e: unknown): void {
  dialog.showErrorBox('Complaint Coach', e instanceof Error ? e.message : String(e))
  app.quit()
}

app.on('window-all-closed', () => app.quit())
app.on('will-quit', () => {
  void backend?.close()
})
