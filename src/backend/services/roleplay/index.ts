import type { BaseServices } from '../base'

/** The roleplay module's backend service. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RoleplayService {}

export async function openRoleplay(_base: BaseServices): Promise<RoleplayService> {
  return {}
}
