import type { BaseServices } from '../base'

/** The appraisal module's backend service. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AppraisalService {}

export async function openAppraisal(_base: BaseServices): Promise<AppraisalService> {
  return {}
}
