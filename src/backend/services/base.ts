import type { DataDir } from '../storage'
import type { AuditService } from './audit'
import type { AuthService } from './auth'
import type { Log } from './log'
import type { SettingsService } from './settings'
import type { StandardsService } from './standards'

export interface BackendPaths {
  /** The user-data folder this backend owns. */
  dataDir: string
  /** Shipped resources: standards, sample data. */
  resourcesDir: string
  /** The shipped case library (read-only). */
  casesDir: string
}

export interface AppInfo {
  name: string
  version: string
  mode: 'electron' | 'browser'
}

export interface Lifecycle {
  /** Builds every service again on the data folder as it now is (after an admin restore). */
  reopen(): Promise<void>
}

/** What every module's service may build on. */
export interface BaseServices {
  paths: BackendPaths
  app: AppInfo
  log: Log
  data: DataDir
  settings: SettingsService
  standards: StandardsService
  auth: AuthService
  audit: AuditService
  lifecycle: Lifecycle
}
