import type { Access } from '../access-types'

/** Who may call each of the appraisal module's channels. */
export const appraisalAccess = {} satisfies Record<string, Access>
