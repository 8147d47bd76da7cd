import type { DataDir } from '../storage'
import { AuditService } from './audit'
import { AuthService } from './auth'
import type { AppInfo, BackendPaths, BaseServices, Lifecycle } from './base'
import type { Log } from './log'
import { SettingsService } from './settings'
import { StandardsService } from './standards'
import { openAnalytics, type AnalyticsService } from './analytics'
import { openAppraisal, type Appraisals } from './appraisal'
import { openCases, type CaseLibraryService } from './cases'
import { openRoleplay, type RoleplayService } from './roleplay'

export type { AppInfo, BackendPaths } from './base'

/** Every service the API handlers may use, created once per backend. */
export interface Services extends BaseServices {
  cases: CaseLibraryService
  roleplay: RoleplayService
  appraisal: Appraisals
  analytics: AnalyticsService
}

export async function createServices(data: DataDir, paths: BackendPaths, app: AppInfo, log: Log, lifecycle: Lifecycle): Promise<Services> {
  const settings = await SettingsService.open(data)
  data.backup.configure(settings.settings.storage)
  const auth = await AuthService.open(data, () => settings.settings.security.idleMinutes)
  const audit = await AuditService.open(data)
  const standards = await StandardsService.open(data, paths.resourcesDir)
  const base: BaseServices = { paths, app, log, data, settings, standards, auth, audit, lifecycle }
  const cases = await openCases(base)
  const roleplay = await openRoleplay(base)
  const appraisal = await openAppraisal(base, roleplay)
  const analytics = await openAnalytics(base)
  return { ...base, cases, roleplay, appraisal, analytics }
}
