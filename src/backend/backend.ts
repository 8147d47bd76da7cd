import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ApiReply } from '@core/api/reply'
import { openDataDir } from './storage'
import { dispatch, type Call } from './api/dispatch'
import { startBackupSchedule, type BackupSchedule } from './backup-schedule'
import { loadSampleData } from './services/appraisal/sample'
import { consoleLog, type Log } from './services/log'
import { createServices, type AppInfo, type BackendPaths, type Services } from './services/services'

export interface BackendOptions extends BackendPaths {
  mode: AppInfo['mode']
  log?: Log
  /** Write automatic whole-folder archives (settings.storage.archiveEveryHours). The app turns it on; tests do not. */
  autoBackup?: boolean
  /** Load resources/sample/ into an empty data folder (first start). The app turns it on; tests do not. */
  sampleData?: boolean
}

export interface Backend {
  /** The services in force; replaced after an admin restores an archive. */
  readonly services: Services
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
  let schedule: BackupSchedule | null = null
  try {
    const app: AppInfo = { name: 'Complaint Coach', version: appVersion(join(opts.resourcesDir, '..')), mode: opts.mode }
    // After a restore the files under every service changed: services (and their caches, indexes and
    // sign-in sessions) are built again on the restored data rather than patched.
    const lifecycle = {
      reopen: async () => {
        services = await createServices(data, opts, app, log, lifecycle)
      }
    }
    let services = await createServices(data, opts, app, log, lifecycle)
    if (opts.sampleData) await loadSampleData(services.appraisal, opts.resourcesDir, log)
    for (const i of data.incidents)
      log.warn(`${i.file}: ${i.problem}; moved to ${i.movedTo ?? '-'}; restored from ${i.restoredFrom ?? 'nothing'}`)
    if (opts.autoBackup) schedule = startBackupSchedule(data, () => services.settings.settings.storage.archiveEveryHours, log)
    return {
      get services() {
        return services
      },
      call: (c) => dispatch(services, { transport: 'http', ...c }),
      close: async () => {
        await schedule?.stop()
        await data.release()
      }
    }
  } catch (e) {
    await schedule?.stop()
    await data.release()
    throw e
  }
}
