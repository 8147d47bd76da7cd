import type { Access } from '../access-types'

/** Who may call each of the cases module's channels. */
export const casesAccess = {} satisfies Record<string, Access>
