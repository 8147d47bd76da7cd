import type { CallerUser } from '../api/types'
import type { SettingsService } from './settings'

/**
 * Whether customer personal data is masked for this caller: trainees (and anyone holding no staff-lead
 * role) see 138****5678 when settings.security.maskPersonalData is on; trainers, managers and admins
 * see what was written, since they author cases and handle the real tickets.
 */
export function masksPersonalData(settings: SettingsService, user: CallerUser | null): boolean {
  if (!settings.settings.security.maskPersonalData) return false
  return !user?.roles.some((r) => r === 'trainer' || r === 'manager' || r === 'admin')
}
