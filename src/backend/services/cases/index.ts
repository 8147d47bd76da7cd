import type { BaseServices } from '../base'

/** The cases module's backend service. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CasesService {}

export async function openCases(_base: BaseServices): Promise<CasesService> {
  return {}
}
