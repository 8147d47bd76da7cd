import type { CaseDoc } from '@core/cases'
import type { Locale } from '@core/domain/enums'
import type { BaseServices } from '../base'
import { readCaseFolder } from './files'
import { CaseLibrary } from './library'
import { CaseLibraryService, userCaseFolder } from './service'
import { openCaseStores } from './store'

/**
 * The cases module's backend service. The two read methods below are what other modules rely on
 * (role-play recommends cases, appraisal builds training plans, analytics drafts cases); keep them.
 */
export interface CasesService {
  /** Every published case, shipped and user-authored, in every locale. */
  listPublished(): CaseDoc[]
  /** One published case by id in the locale asked for, else its zh-CN version. */
  findPublished(id: string, locale: Locale): CaseDoc | undefined
}

export { CaseLibraryService } from './service'

/**
 * Loads the shipped library (`casesDir`, never written) and the user's case folder
 * (`<dataDir>/cases/<locale>/<id>.md`) into one in-memory library with its search indexes.
 */
export async function openCases(base: BaseServices): Promise<CaseLibraryService> {
  const stores = await openCaseStores(base.data)
  const shipped = await readCaseFolder(base.paths.casesDir, 'shipped', 'cases', base.log)
  const shippedIds = new Set(shipped.map((e) => e.doc.id))
  const user = (await readCaseFolder(userCaseFolder(base.paths.dataDir), 'user', 'user-cases', base.log)).filter((e) => {
    // A user file may not shadow a shipped case (a later app version may ship that id).
    if (!shippedIds.has(e.doc.id)) return true
    base.log.warn(`user case "${e.doc.id}" is hidden: a shipped case now uses that id`)
    return false
  })
  return new CaseLibraryService(base, new CaseLibrary([...shipped, ...user]), stores)
}
