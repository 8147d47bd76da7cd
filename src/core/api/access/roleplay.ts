import type { Access } from '../access-types'

/** Who may call each of the roleplay module's channels. */
export const roleplayAccess = {} satisfies Record<string, Access>
