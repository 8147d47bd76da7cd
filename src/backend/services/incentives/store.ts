import { z } from 'zod'
import { CATEGORIES, LOCALES } from '@core/domain/enums'
import { STANDARD_RESULTS } from '@core/incentives/special'
import { STANDARD_IDS } from '@core/standards/standards'
import type { DataDir, Store, StoreSpec } from '../../storage'

const standard = z.enum(STANDARD_IDS)
const judgement = z.object({ standard, result: z.enum(STANDARD_RESULTS), comment: z.string() })
const score = z.object({
  overall: z.number(),
  overallBeforeAutoFail: z.number().nullable(),
  passed: z.boolean(),
  passMark: z.number(),
  autoFail: z.array(standard),
  standards: z.array(z.object({ id: standard, score: z.number().nullable() }))
})
const scored = z.object({ judgements: z.array(judgement), score })

const dispute = z.object({
  comment: z.string(),
  claims: z.array(z.object({ standard, result: z.enum(STANDARD_RESULTS) })),
  at: z.string(),
  byId: z.string(),
  byName: z.string(),
  status: z.enum(['open', 'accepted', 'adjusted', 'rejected']),
  before: scored,
  reply: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  resolvedById: z.string().nullable(),
  resolvedByName: z.string().nullable(),
  after: scored.nullable()
})
export type StoredDispute = z.infer<typeof dispute>

const special = z.object({
  id: z.string(),
  staffId: z.string(),
  staffName: z.string(),
  ticketIds: z.array(z.string()),
  title: z.string(),
  description: z.string(),
  category: z.enum(CATEGORIES).nullable(),
  judgements: z.array(judgement),
  score,
  version: z.number().int().min(1),
  createdAt: z.string(),
  createdById: z.string(),
  createdByName: z.string(),
  updatedAt: z.string(),
  updatedById: z.string(),
  updatedByName: z.string(),
  dispute: dispute.nullable()
})
export type StoredSpecial = z.infer<typeof special>
const specialFile = z.object({ appraisals: z.array(special) })
export type SpecialFile = z.infer<typeof specialFile>

const assignment = z.object({
  id: z.string(),
  userId: z.string(),
  userName: z.string(),
  kind: z.enum(['case', 'scenario']),
  caseId: z.string(),
  locale: z.enum(LOCALES),
  title: z.string(),
  note: z.string(),
  dueDate: z.string().nullable(),
  assignedAt: z.string(),
  assignedById: z.string(),
  assignedByName: z.string(),
  status: z.enum(['open', 'done', 'cancelled']),
  doneAt: z.string().nullable(),
  doneHow: z.enum(['read', 'session', 'manual']).nullable(),
  sessionId: z.string().nullable()
})
export type StoredAssignment = z.infer<typeof assignment>
const assignmentFile = z.object({ assignments: z.array(assignment) })
export type AssignmentFile = z.infer<typeof assignmentFile>

const SPECIAL_SPEC: StoreSpec<SpecialFile> = { schema: specialFile, version: 1, migrations: {}, defaults: () => ({ appraisals: [] }) }
const TRAINING_SPEC: StoreSpec<AssignmentFile> = { schema: assignmentFile, version: 1, migrations: {}, defaults: () => ({ assignments: [] }) }

export interface IncentiveStores {
  special: Store<SpecialFile>
  training: Store<AssignmentFile>
}

/**
 * Two small single-file stores: special appraisals are a few per staff member per year and
 * assignments a few per trainee per month, so one file each stays far below the sizes where a
 * write gets slow (docs/storage.md, "Scale").
 */
export async function openIncentiveStores(data: DataDir): Promise<IncentiveStores> {
  return { special: await data.store('special-appraisals', SPECIAL_SPEC), training: await data.store('training-assignments', TRAINING_SPEC) }
}
