import { ADMIN, type Access } from '../access-types'

/** Who may call each of the admin module's channels. */
export const adminAccess = {
  'audit.list': ADMIN,
  'audit.export': ADMIN,
  'backup.list': ADMIN,
  'backup.runNow': ADMIN,
  'backup.export': ADMIN,
  'backup.restore': ADMIN
} satisfies Record<string, Access>
