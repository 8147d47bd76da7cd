import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository / install root when running from source (src/backend → ../..). */
export function sourceRoot(): string {
  return resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..')
}

/** The same folder Electron's `userData` points to, so browser mode and the desktop share data. */
export function defaultDataDir(): string {
  const name = 'complaint-coach'
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), name)
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', name)
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), name)
}

export function defaultPaths(root = sourceRoot()) {
  return {
    resourcesDir: join(root, 'resources'),
    casesDir: join(root, 'cases'),
    staticDir: join(root, 'out', 'renderer')
  }
}
