import { ADMIN, type Access } from '../access-types'

/** Who may call each of the admin module's channels. */
export const adminAccess = {
  'audit.list': ADMIN,
  'audit.export': ADMIN
} satisfies Record<string, Access>
