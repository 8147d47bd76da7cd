import { z } from 'zod'
import { channel } from '../define'
import { empty, longText, opaqueId, shortText, slugId } from '../common'
import { CATEGORIES, LOCALES, PRIORITIES } from '../../domain/enums'
import { STANDARD_IDS } from '../../standards/standards'
import { STANDARD_RESULTS } from '../../incentives/special'

const standard = z.enum(STANDARD_IDS)
const result = z.enum(STANDARD_RESULTS)
const locale = z.enum(LOCALES)
/** A calendar day YYYY-MM-DD that exists (2026-02-30 is refused). */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((d) => new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a real calendar date')

const judgementIn = z.object({ standard, result, comment: shortText(1000).default('') }).strict()
const judgementOut = z.object({ standard, result, comment: z.string() })
export type JudgementOut = z.infer<typeof judgementOut>

export const specialScoreOut = z.object({
  overall: z.number(),
  overallBeforeAutoFail: z.number().nullable(),
  passed: z.boolean(),
  passMark: z.number(),
  autoFail: z.array(standard),
  standards: z.array(z.object({ id: standard, score: z.number().nullable() }))
})
const scored = z.object({ judgements: z.array(judgementOut), score: specialScoreOut })

export const DISPUTE_STATUSES = ['open', 'accepted', 'adjusted', 'rejected'] as const
const claim = z.object({ standard, result: z.enum(['met', 'na']) }).strict()

export const disputeOut = z.object({
  comment: z.string(),
  claims: z.array(z.object({ standard, result })),
  at: z.string(),
  byId: z.string(),
  byName: z.string(),
  status: z.enum(DISPUTE_STATUSES),
  /** The judgements and score that were disputed. */
  before: scored,
  reply: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  resolvedByName: z.string().nullable(),
  /** The judgements and score after an accepted or adjusted dispute (null while open or when rejected). */
  after: scored.nullable()
})
export type DisputeOut = z.infer<typeof disputeOut>

export const specialOut = z.object({
  id: z.string(),
  staffId: z.string(),
  staffName: z.string(),
  ticketIds: z.array(z.string()),
  title: z.string(),
  description: z.string(),
  category: z.enum(CATEGORIES).nullable(),
  judgements: z.array(judgementOut),
  score: specialScoreOut,
  version: z.number(),
  createdAt: z.string(),
  createdByName: z.string(),
  updatedAt: z.string(),
  updatedByName: z.string(),
  dispute: disputeOut.nullable()
})
export type SpecialOut = z.infer<typeof specialOut>

const ticketOut = z.object({
  ticketId: z.string(),
  staffId: z.string(),
  category: z.enum(CATEGORIES),
  priority: z.enum(PRIORITIES),
  receivedAt: z.string(),
  status: z.enum(['resolved', 'unresolved']),
  satisfaction: z.number().nullable()
})

const specialDraft = z
  .object({
    staffId: shortText(40).min(1),
    staffName: shortText(60).default(''),
    ticketIds: z.array(shortText(64).min(1)).min(1).max(50),
    title: shortText(200).min(1),
    description: longText(10_000).default(''),
    /** A safety incident makes `classify` critical, as on a role-play ticket form. */
    category: z.enum(CATEGORIES).nullable().default(null),
    judgements: z.array(judgementIn).min(1).max(STANDARD_IDS.length * 2)
  })
  .strict()
export type SpecialDraftIn = z.output<typeof specialDraft>

export const staffKpiOut = z.object({
  staffId: z.string(),
  staffName: z.string(),
  team: z.string(),
  tickets: z.number(),
  timelinessRate: z.number().nullable(),
  resolutionRate: z.number().nullable(),
  satisfactionAvg: z.number().nullable(),
  csat: z.number().nullable(),
  avgResponseHours: z.number().nullable(),
  avgCycleHours: z.number().nullable(),
  trainingScore: z.number().nullable(),
  composite: z.number().nullable(),
  grade: z.enum(['A', 'B', 'C', 'D']).nullable(),
  rank: z.number().nullable()
})

export const suggestionOut = z.object({
  caseId: z.string(),
  locale,
  title: z.string(),
  category: z.enum(CATEGORIES),
  standards: z.array(standard),
  categoryMatch: z.boolean(),
  scenario: z.boolean(),
  score: z.number()
})
export type SuggestionOut = z.infer<typeof suggestionOut>

export const improvementOut = z.object({
  kpi: staffKpiOut,
  /** The trainee account linked to this staff id (assignments go to it); null when none. */
  account: z.object({ userId: z.string(), displayName: z.string() }).nullable(),
  weakStandards: z.array(z.object({ id: standard, mean: z.number(), count: z.number() })),
  weakCategories: z.array(z.object({ category: z.enum(CATEGORIES), tickets: z.number(), problems: z.number(), rate: z.number() })),
  suggestions: z.array(suggestionOut)
})
export type ImprovementOut = z.infer<typeof improvementOut>

export const ASSIGNMENT_KINDS = ['case', 'scenario'] as const
export const assignmentOut = z.object({
  id: z.string(),
  userId: z.string(),
  userName: z.string(),
  kind: z.enum(ASSIGNMENT_KINDS),
  caseId: z.string(),
  locale,
  title: z.string(),
  note: z.string(),
  dueDate: z.string().nullable(),
  assignedAt: z.string(),
  assignedByName: z.string(),
  status: z.enum(['open', 'done', 'cancelled']),
  doneAt: z.string().nullable(),
  /** read: the trainee read the case and confirmed; session: a finished role-play session of it; manual: marked by hand. */
  doneHow: z.enum(['read', 'session', 'manual']).nullable(),
  overdue: z.boolean()
})
export type AssignmentOut = z.infer<typeof assignmentOut>

const id = z.object({ id: opaqueId }).strict()

/** Special appraisals (专项考核), their disputes, incentives (激励) and training assignments. */
export const incentivesChannels = {
  /** Managers: every appraisal (optionally one staff member's); everyone else: their own (by staff id). */
  'special.list': channel(z.object({ staffId: shortText(40).optional() }).strict(), z.array(specialOut)),
  'special.get': channel(id, specialOut.extend({ tickets: z.array(ticketOut) })),
  'special.create': channel(specialDraft, specialOut),
  'special.update': channel(specialDraft.extend({ id: opaqueId, baseVersion: z.number().int().min(1) }).strict(), specialOut),
  /** The staff member disputes their own appraisal: a comment and the standards they believe were met / N/A. */
  'special.dispute': channel(
    z.object({ id: opaqueId, comment: shortText(2000).min(1), claims: z.array(claim).min(1).max(STANDARD_IDS.length) }).strict(),
    specialOut
  ),
  /** accept: the claims are applied; adjust: the manager's judgements replace them; reject: unchanged. */
  'special.resolveDispute': channel(
    z
      .object({
        id: opaqueId,
        decision: z.enum(['accept', 'adjust', 'reject']),
        reply: shortText(2000).min(1),
        judgements: z.array(judgementIn).min(1).max(STANDARD_IDS.length * 2).optional()
      })
      .strict(),
    specialOut
  ),
  'incentives.period': channel(
    z.object({ from: isoDay, to: isoDay, team: shortText(60).optional(), locale: locale.default('zh-CN') }).strict(),
    z.object({
      recognitionBy: z.enum(['grade-a', 'top-n']),
      topN: z.number(),
      recognition: z.array(staffKpiOut),
      improvement: z.array(improvementOut)
    })
  ),
  /** Whom special appraisals and assignments can be for: the roster and the trainee accounts. */
  'incentives.people': channel(
    empty,
    z.object({
      roster: z.array(z.object({ staffId: z.string(), name: z.string(), team: z.string(), active: z.boolean() })),
      trainees: z.array(z.object({ userId: z.string(), displayName: z.string(), staffId: z.string().nullable() }))
    })
  ),
  'training.assign': channel(
    z
      .object({
        userId: opaqueId,
        items: z.array(z.object({ kind: z.enum(ASSIGNMENT_KINDS), caseId: slugId, locale }).strict()).min(1).max(20),
        dueDate: isoDay.nullable().default(null),
        note: shortText(500).default('')
      })
      .strict(),
    z.array(assignmentOut)
  ),
  'training.list': channel(
    z.object({ userId: opaqueId.optional(), status: z.enum(['open', 'done', 'cancelled']).optional() }).strict(),
    z.array(assignmentOut)
  ),
  /** The caller's own assignments (open first). */
  'training.mine': channel(empty, z.array(assignmentOut)),
  'training.complete': channel(id, assignmentOut),
  'training.cancel': channel(id, assignmentOut)
}
