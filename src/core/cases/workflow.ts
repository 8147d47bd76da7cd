import type { CaseStatus } from '../domain/enums'

/** What a trainer or admin can do to a user-authored case; shipped cases take none of these. */
export const CASE_ACTIONS = ['create', 'update', 'submit', 'approve', 'return', 'archive', 'unarchive', 'restore', 'import'] as const
export type CaseAction = (typeof CASE_ACTIONS)[number]

/** The status each action starts from and leads to (draft → in-review → published → archived). */
const TRANSITIONS: Record<CaseAction, { from: readonly CaseStatus[] | 'any'; to: CaseStatus }> = {
  create: { from: 'any', to: 'draft' },
  import: { from: 'any', to: 'draft' },
  // An edit is new content nobody has reviewed yet, so even a published case goes back to draft.
  update: { from: 'any', to: 'draft' },
  restore: { from: 'any', to: 'draft' },
  submit: { from: ['draft'], to: 'in-review' },
  approve: { from: ['in-review'], to: 'published' },
  return: { from: ['in-review'], to: 'draft' },
  archive: { from: ['published'], to: 'archived' },
  unarchive: { from: ['archived'], to: 'published' }
}

export type TransitionResult = { ok: true; to: CaseStatus } | { ok: false; reason: string }

/** The status after `action`, or why it is not allowed from `current`. */
export function transition(action: CaseAction, current: CaseStatus | null): TransitionResult {
  const t = TRANSITIONS[action]
  if (t.from !== 'any' && (current === null || !t.from.includes(current)))
    return { ok: false, reason: `cannot ${action} a case that is ${current ?? 'new'}; it must be ${t.from.join(' or ')}` }
  return { ok: true, to: t.to }
}

/**
 * Four-eyes review: whoever submitted the case or wrote its current text may not approve it, admins
 * included — a second person has to read it.
 */
export function mayApprove(actorId: string, meta: { submittedById: string | null; updatedById: string }): boolean {
  return actorId !== meta.submittedById && actorId !== meta.updatedById
}
