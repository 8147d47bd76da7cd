import { z } from 'zod'
import { CASE_STATUSES, LOCALES } from '@core/domain/enums'
import type { Collection, DataDir, Store, StoreSpec } from '../../storage'

/** Workflow state of one user-authored case; its text is the Markdown file in the user's case folder. */
export const caseMetaSchema = z.object({
  id: z.string(),
  locale: z.enum(LOCALES),
  version: z.number().int().min(1),
  authorId: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedById: z.string(),
  updatedByName: z.string(),
  submittedById: z.string().nullable(),
  submittedByName: z.string().nullable(),
  reviewComment: z.string().nullable()
})
export type CaseMeta = z.infer<typeof caseMetaSchema>
const metaFileSchema = z.object({ cases: z.record(z.string(), caseMetaSchema) })
export type CaseMetaFile = z.infer<typeof metaFileSchema>

/** One version of a case: the whole file as saved, so any version can be restored exactly. */
export const caseVersionSchema = z.object({
  n: z.number().int().min(1),
  at: z.string(),
  actorId: z.string(),
  actorName: z.string(),
  action: z.string(),
  status: z.enum(CASE_STATUSES),
  comment: z.string().nullable(),
  text: z.string()
})
export type CaseVersion = z.infer<typeof caseVersionSchema>
const historySchema = z.object({ versions: z.array(caseVersionSchema) })
export type CaseHistory = z.infer<typeof historySchema>

const META_SPEC: StoreSpec<CaseMetaFile> = { schema: metaFileSchema, version: 1, migrations: {}, defaults: () => ({ cases: {} }) }
const HISTORY_SPEC: StoreSpec<CaseHistory> = { schema: historySchema, version: 1, migrations: {}, defaults: () => ({ versions: [] }) }

/** History is one shard per case (`case-history/zh-cn--<id>.json`), so saving a case rewrites only its own history. */
export const historyKey = (id: string, locale: string): string => `${locale.toLowerCase()}--${id}`

export interface CaseStores {
  meta: Store<CaseMetaFile>
  history: Collection<CaseHistory>
}

export async function openCaseStores(data: DataDir): Promise<CaseStores> {
  return { meta: await data.store('case-meta', META_SPEC), history: data.collection('case-history', HISTORY_SPEC) }
}
