import { z } from 'zod'
import { channel } from '../define'
import { empty, longText, opaqueId, shortText } from '../common'
import { LOCALES } from '../../domain/enums'
import { DAY } from '../../analytics/time'
import { reportContentSchema } from '../../analytics/report'
import { figuresSchema, flagSchema, headlineSchema, periodSchema, PERIOD_UNITS, trendPointSchema } from '../../analytics/types'

/** Which periods: the month or week containing `at`, and the `count` periods ending with it for the trend. */
const periodIn = z
  .object({
    unit: z.enum(PERIOD_UNITS).default('month'),
    at: z.string().regex(DAY, 'must be a date YYYY-MM-DD'),
    count: z.number().int().min(2).max(12).default(6),
    team: shortText(80).min(1).optional()
  })
  .strict()

export const overviewOut = z.object({
  timeZone: z.string(),
  periods: z.array(periodSchema),
  current: figuresSchema,
  previous: figuresSchema.nullable(),
  trend: z.array(trendPointSchema),
  headline: headlineSchema,
  flagged: z.array(flagSchema),
  /** The sharp-rise rule in force, so the screen can state it. */
  rule: z.object({ minRise: z.number(), minIncrease: z.number() })
})
export type OverviewOut = z.infer<typeof overviewOut>

const reportMeta = z.object({
  id: z.string(),
  version: z.number(),
  createdAt: z.string(),
  createdByName: z.string(),
  updatedAt: z.string(),
  updatedByName: z.string()
})
/** A report as generated (`saved` null) or as saved. */
export const reportOut = reportContentSchema.extend({ saved: reportMeta.nullable() })
export type ReportOut = z.infer<typeof reportOut>
export const reportSummaryOut = reportMeta.extend({ title: z.string(), period: periodSchema, unit: z.enum(PERIOD_UNITS), team: z.string().nullable(), locale: z.enum(LOCALES) })
export type ReportSummaryOut = z.infer<typeof reportSummaryOut>

const reportId = opaqueId
const title = shortText(200).min(1)
const suggestions = longText(50_000)

/** Complaint analytics, the periodic report and drafting cases from tickets. */
export const analyticsChannels = {
  /** Stores / teams of the roster, for the team picker. */
  'analytics.teams': channel(empty, z.array(z.string())),
  'analytics.overview': channel(periodIn, overviewOut),
  /** Builds the report of the period (not saved). */
  'analytics.report.generate': channel(periodIn.extend({ locale: z.enum(LOCALES).default('zh-CN') }).strict(), reportOut),
  /** Generates the report of the period again on the server and saves it with the manager's title and suggestions. */
  'analytics.report.save': channel(
    periodIn.extend({ locale: z.enum(LOCALES).default('zh-CN'), title: title.optional(), suggestions }).strict(),
    reportOut
  ),
  'analytics.report.list': channel(empty, z.array(reportSummaryOut)),
  'analytics.report.get': channel(z.object({ id: reportId }).strict(), reportOut),
  /** `baseVersion`: a save over someone else's newer save is refused. */
  'analytics.report.update': channel(z.object({ id: reportId, baseVersion: z.number().int().min(1), title, suggestions }).strict(), reportOut),
  /** A DRAFT case in the library from one or several tickets; it then goes through the case review. */
  'analytics.draftCase.fromTickets': channel(
    z.object({ ticketIds: z.array(shortText(80).min(1)).min(1).max(20), locale: z.enum(LOCALES).default('zh-CN') }).strict(),
    z.object({ id: z.string(), locale: z.enum(LOCALES), title: z.string(), status: z.string(), tickets: z.number() })
  )
}
