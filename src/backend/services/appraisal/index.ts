import type { ComplaintRecord, PeriodRange, StaffKpi, StaffMember } from '@core/appraisal/types'
import type { BaseServices } from '../base'
import { openAppraisals, type Appraisals, type TrainingSource } from './service'

/**
 * The appraisal module's backend service. The read methods below are what other modules rely on
 * (special appraisals, incentives and training plans, analytics); keep their meaning.
 */
export interface AppraisalService {
  /** The roster, active and inactive. */
  roster(): Promise<StaffMember[]>
  /** The per-staff table for a period (every staff member with tickets or on the active roster), ranked. */
  periodTable(range: PeriodRange & { team?: string }): Promise<StaffKpi[]>
  /** Records received in the period (calendar days in the configured time zone), optionally one team's. */
  records(range: PeriodRange & { team?: string; staffId?: string }): Promise<ComplaintRecord[]>
  /** Records by ticket id; unknown ids are left out. */
  tickets(ids: readonly string[]): Promise<ComplaintRecord[]>
}

/**
 * Opens the records and the roster. `training` gives role-play assessment sessions for the training
 * score (services.roleplay); without it the training component is N/A and its weight is shared out.
 */
export async function openAppraisal(base: BaseServices, training: TrainingSource | null = null): Promise<Appraisals> {
  return openAppraisals(base, training)
}

export type { Appraisals, TrainingSource } from './service'
