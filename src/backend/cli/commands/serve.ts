import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createBackend } from '../../backend'
import { startServer } from '../../http/server'
import { defaultDataDir, defaultPaths } from '../../paths'
import { DataInUseError } from '../../storage'

export const usage = 'serve [--port 5174] [--data DIR]   serve the app to a browser on 127.0.0.1'

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string' }, data: { type: 'string' }, quiet: { type: 'boolean' } }
  })
  const port = values.port ? Number(values.port) : 5174
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port: "${values.port}" is not a port number`)
    return 2
  }
  const paths = defaultPaths()
  if (!existsSync(resolve(paths.staticDir, 'index.html'))) {
    console.error(`The app is not built yet (${paths.staticDir} is missing). Run "npm run build" first.`)
    return 1
  }
  const dataDir = resolve(values.data ?? defaultDataDir())
  let backend
  try {
    backend = await createBackend({ ...paths, dataDir, mode: 'browser', autoBackup: true, sampleData: true })
  } catch (e) {
    if (e instanceof DataInUseError) {
      console.error(e.message)
      return 1
    }
    throw e
  }
  const running = await startServer({ backend, staticDir: paths.staticDir, port })
  console.log(`Complaint Coach is running in browser mode. Data: ${dataDir}`)
  console.log(`Open ${running.openUrl}`)
  const stop = async () => {
    await running.close()
    await backend.close()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  return new Promise<number>(() => {})
}
