import type { Access } from '../access-types'

/** Who may call each of the analytics module's channels. */
export const analyticsAccess = {} satisfies Record<string, Access>
