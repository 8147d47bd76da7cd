import { z } from 'zod'
import { reportContentSchema } from '@core/analytics/report'
import { periodSchema, PERIOD_UNITS } from '@core/analytics/types'
import { LOCALES } from '@core/domain/enums'
import type { Collection, DataDir, Store, StoreSpec } from '../../storage'

const metaSchema = z.object({
  id: z.string(),
  version: z.number().int().min(1),
  createdAt: z.string(),
  createdById: z.string(),
  createdByName: z.string(),
  updatedAt: z.string(),
  updatedById: z.string(),
  updatedByName: z.string()
})
/** What the list shows, kept in one small index file so listing does not open every report. */
export const reportIndexEntrySchema = metaSchema.extend({
  title: z.string(),
  period: periodSchema,
  unit: z.enum(PERIOD_UNITS),
  team: z.string().nullable(),
  locale: z.enum(LOCALES)
})
export type ReportIndexEntry = z.infer<typeof reportIndexEntrySchema>
const indexSchema = z.object({ reports: z.array(reportIndexEntrySchema) })
type ReportIndex = z.infer<typeof indexSchema>

/** One saved report (a snapshot of the figures as reported, with the edited suggestions). */
const reportFileSchema = z.object({ report: reportContentSchema.nullable() })
type ReportFile = z.infer<typeof reportFileSchema>

const INDEX_SPEC: StoreSpec<ReportIndex> = { schema: indexSchema, version: 1, migrations: {}, defaults: () => ({ reports: [] }) }
const REPORT_SPEC: StoreSpec<ReportFile> = { schema: reportFileSchema, version: 1, migrations: {}, defaults: () => ({ report: null }) }

export interface ReportStores {
  index: Store<ReportIndex>
  /** `analytics-reports/<id>.json`, one shard per report. */
  reports: Collection<ReportFile>
}

/** Opened at start-up so archive validation knows the schemas. */
export async function openReportStores(data: DataDir): Promise<ReportStores> {
  return { index: await data.store('analytics-report-index', INDEX_SPEC), reports: data.collection('analytics-reports', REPORT_SPEC) }
}
