import { z } from 'zod'

/** Bounded strings: every text field the renderer may send has a size limit. */
export const shortText = (max = 200) => z.string().trim().max(max)
export const longText = (max = 200_000) => z.string().max(max)
/** Ids that may become file names: no dots-only, no slashes, no path escape. */
export const slugId = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, -)')
export const opaqueId = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z0-9_-]+$/, 'must contain only letters, digits, _ and -')
export const empty = z.object({}).strict()
export const nothing = z.null()
