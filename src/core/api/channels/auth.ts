import { z } from 'zod'
import { channel } from '../define'
import { empty, nothing, shortText } from '../common'
import { ROLES } from '../../domain/enums'

export const roleSchema = z.enum(ROLES)
export const usernameSchema = z
  .string()
  .trim()
  .min(2)
  .max(40)
  .regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, _ . - only')
export const passwordSchema = z.string().min(8, 'at least 8 characters').max(200)

export const userPublicSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(roleSchema),
  staffId: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string()
})
export type UserPublic = z.infer<typeof userPublicSchema>

const signedIn = z.object({ session: z.string(), user: userPublicSchema, idleMinutes: z.number() })

export const authChannels = {
  'auth.status': channel(empty, z.object({ needsSetup: z.boolean(), user: userPublicSchema.nullable() })),
  /** First start only: creates the administrator with the password the user chose. */
  'auth.setup': channel(
    z.object({ username: usernameSchema, displayName: shortText(60).min(1), password: passwordSchema }).strict(),
    signedIn
  ),
  'auth.login': channel(z.object({ username: shortText(40).min(1), password: z.string().min(1).max(200) }).strict(), signedIn),
  'auth.logout': channel(empty, nothing),
  'auth.changePassword': channel(
    z.object({ current: z.string().min(1).max(200), next: passwordSchema }).strict(),
    nothing
  ),
  'accounts.list': channel(empty, z.array(userPublicSchema)),
  'accounts.create': channel(
    z
      .object({
        username: usernameSchema,
        displayName: shortText(60).min(1),
        password: passwordSchema,
        roles: z.array(roleSchema).min(1),
        staffId: shortText(40).nullable().optional()
      })
      .strict(),
    userPublicSchema
  ),
  'accounts.update': channel(
    z
      .object({
        id: z.string().min(1).max(80),
        displayName: shortText(60).min(1).optional(),
        roles: z.array(roleSchema).min(1).optional(),
        staffId: shortText(40).nullable().optional(),
        active: z.boolean().optional(),
        password: passwordSchema.optional()
      })
      .strict(),
    userPublicSchema
  )
}
