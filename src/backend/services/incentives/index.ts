import type { AppraisalService } from '../appraisal'
import type { BaseServices } from '../base'
import type { CasesService } from '../cases'
import type { RoleplayService } from '../roleplay'
import { periodIncentives, type PeriodIncentives } from './period'
import { SpecialAppraisals } from './special'
import { openIncentiveStores } from './store'
import { TrainingAssignments } from './training'
import type { PeriodRange } from '@core/appraisal/types'
import type { Locale } from '@core/domain/enums'

export { seesAllAppraisals, specialOut } from './special'

/** Special appraisals, disputes, incentives and training assignments (the second half of issue 5). */
export interface IncentivesService {
  special: SpecialAppraisals
  training: TrainingAssignments
  period(range: PeriodRange & { team?: string }, locale: Locale): Promise<PeriodIncentives>
}

export async function openIncentives(
  base: BaseServices,
  deps: { appraisal: AppraisalService; cases: CasesService; roleplay: RoleplayService }
): Promise<IncentivesService> {
  const stores = await openIncentiveStores(base.data)
  const special = new SpecialAppraisals(base, stores, deps.appraisal)
  const training = new TrainingAssignments(base, stores, deps.cases, deps.roleplay)
  return { special, training, period: (range, locale) => periodIncentives(base, { ...deps, special }, range, locale) }
}
