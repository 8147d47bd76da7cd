import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ApiReply } from '@core/api/reply'
import { openDataDir } from './storage'
import { dispatch, type Call } from './api/dispatch'
import { consoleLog, type Log } from './services/log'
import { createServices, type AppInfo, type BackendPaths, type Services } from './services/services'

export interface BackendOptions extends BackendPaths {
  mode: AppInfo['mode']
  log?: Log
}

export interface Backend {
  services: Services
  call(call: Omit<Call, 'transport'> & { transport?: Call['transport'] }): Promise<ApiReply<unknown>>
  close(): Promise<void>
}

export function appVersion(root: string): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version
  } catch {
    return '0.0.0'
  }
}

/** Opens the data folder (taking its lock) and wires the services behind the API table. */
export async function createBackend(opts: BackendOptions): Promise<Backend> {
  const log = opts.log ?? consoleLog()
  const data = await openDataDir(opts.dataDir, { appName: 'complaint-coach' })
  try {
    const app: AppInfo = { name: 'Complaint Coach', version: appVersion(join(opts.resourcesDir, '..')), mode: opts.mode }
    const services = await createServices(data, opts, app, log)
    for (const i of data.incidents)
      log.warn(`${i.file}: ${i.problem}; moved to ${i.movedTo ?? '-'}; restored from ${i.restoredFrom ?? 'nothing'}`)
    return {
      services,
      call: (c) => dispatch(services, { transport: 'http', ...c }),
      close: async () => {
        await data.release()
      }
    }
  } catch (e) {
    await data.release()
    throw e
  }
}
