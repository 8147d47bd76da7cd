import type { Role } from '../domain/enums'

/**
 * `public` needs no sign-in, `signed-in` any account, otherwise one of the roles. Row-level rules
 * (a trainee sees only their own sessions) live in the services.
 */
export type Access = 'public' | 'signed-in' | readonly Role[]

export const ADMIN = ['admin'] as const
export const TRAINERS = ['trainer', 'admin'] as const
export const MANAGERS = ['manager', 'admin'] as const
export const STAFF_LEADS = ['trainer', 'manager', 'admin'] as const
