import type { Role } from '../domain/enums'
import type { ChannelName } from './contract'
import { ADMIN, TRAINERS, type Access } from './access-types'
import { adminAccess } from './access/admin'
import { analyticsAccess } from './access/analytics'
import { appraisalAccess } from './access/appraisal'
import { casesAccess } from './access/cases'
import { roleplayAccess } from './access/roleplay'
import { incentivesAccess } from './access/incentives'

export type { Access } from './access-types'

/**
 * The permission table: who may call each channel. Each module keeps its rows in access/<module>.ts;
 * this is where they meet. A channel missing here does not compile, and the permission-matrix test
 * fails.
 */
export const permissions: Record<ChannelName, Access> = {
  'app.info': 'public',
  'ui.prefs.get': 'public',
  'ui.prefs.set': 'public',
  'settings.get': 'signed-in',
  'settings.update': ADMIN,
  'standards.get': 'signed-in',
  'standards.update': TRAINERS,
  'auth.status': 'public',
  'auth.setup': 'public',
  'auth.login': 'public',
  'auth.logout': 'signed-in',
  'auth.changePassword': 'signed-in',
  'accounts.list': ADMIN,
  'accounts.create': ADMIN,
  'accounts.update': ADMIN,
  ...casesAccess,
  ...roleplayAccess,
  ...appraisalAccess,
  ...incentivesAccess,
  ...analyticsAccess,
  ...adminAccess
}

export function allows(access: Access, roles: readonly Role[] | null): boolean {
  if (access === 'public') return true
  if (roles === null) return false
  if (access === 'signed-in') return true
  return roles.some((r) => access.includes(r))
}
