import { z } from 'zod'
import { channel } from '../define'
import { empty, shortText } from '../common'
import { CATEGORIES, CHANNELS, LOCALES, PRIORITIES } from '../../domain/enums'
import { RECORD_FIELDS } from '../../appraisal/rows'
import { ROOT_CAUSES } from '../../appraisal/types'
import { standardIdSchema } from '../../standards/standards'

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day YYYY-MM-DD')
const range = { from: day, to: day }
const staffId = shortText(64).min(1)
const team = shortText(100).optional()
const num = z.number().nullable()

const figures = {
  tickets: z.number(),
  timelinessRate: num,
  resolutionRate: num,
  satisfactionAvg: num,
  csat: num,
  avgResponseHours: num,
  avgCycleHours: num,
  trainingScore: num,
  composite: num,
  grade: z.enum(['A', 'B', 'C', 'D']).nullable()
}
const figuresOut = z.object(figures)
const trendOut = z.object({
  timelinessRate: num,
  resolutionRate: num,
  satisfactionAvg: num,
  csat: num,
  avgResponseHours: num,
  avgCycleHours: num,
  trainingScore: num,
  composite: num
})
export const staffRowOut = z.object({ staffId: z.string(), staffName: z.string(), team: z.string(), ...figures, rank: num, trend: trendOut.nullable() })
export type StaffRowOut = z.infer<typeof staffRowOut>
const rangeOut = z.object(range)
export const periodOut = z.object({
  range: rangeOut,
  previous: rangeOut,
  staff: z.array(staffRowOut),
  teams: z.array(z.object({ team: z.string(), staff: z.number(), ...figures })),
  overall: figuresOut
})
export type PeriodOut = z.infer<typeof periodOut>

export const memberOut = z.object({ staffId: z.string(), name: z.string(), team: z.string(), hireDate: z.string().nullable(), active: z.boolean() })
export type MemberOut = z.infer<typeof memberOut>
const memberIn = z
  .object({ staffId, name: shortText(100).min(1), team: shortText(100), hireDate: day.nullable(), active: z.boolean() })
  .strict()

export const recordOut = z.object({
  ticketId: z.string(),
  staffId: z.string(),
  staffName: z.string(),
  channel: z.enum(CHANNELS),
  category: z.enum(CATEGORIES),
  priority: z.enum(PRIORITIES),
  receivedAt: z.string(),
  firstResponseAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  status: z.enum(['resolved', 'unresolved']),
  satisfaction: num,
  rootCause: z.enum(ROOT_CAUSES).nullable()
})
export type RecordOut = z.infer<typeof recordOut>
const standardMeanOut = z.object({ id: standardIdSchema, mean: num, count: z.number() })
const counts = z.record(z.string(), z.number())
export const staffDetailOut = z.object({
  member: memberOut.nullable(),
  row: staffRowOut.nullable(),
  history: z.array(z.object({ range: rangeOut, figures: figuresOut })),
  byCategory: counts,
  byChannel: counts,
  problems: z.array(recordOut.extend({ lateResponse: z.boolean(), lateResolution: z.boolean() })),
  problemsTotal: z.number(),
  roleplay: z.object({
    sessions: z.array(
      z.object({ sessionId: z.string(), caseId: z.string(), title: z.string(), locale: z.enum(LOCALES), mode: z.enum(['practice', 'assessment']), finishedAt: z.string(), overall: z.number(), passed: z.boolean() })
    ),
    sessionsTotal: z.number(),
    assessment: z.array(standardMeanOut),
    practice: z.array(standardMeanOut)
  })
})
export type StaffDetailOut = z.infer<typeof staffDetailOut>

/** The record form: the import's columns as text, checked by the same validation. */
const recordValues = z.object(Object.fromEntries(RECORD_FIELDS.map((f) => [f, shortText(200).optional()])) as Record<(typeof RECORD_FIELDS)[number], z.ZodOptional<z.ZodString>>).strict()
export const recordValuesOut = z.record(z.string(), z.string())

const badRow = z.object({ line: z.number(), ticketId: z.string(), reasons: z.array(z.string()) })
export type BadRowOut = z.infer<typeof badRow>
export const importOut = z.object({
  jobId: z.string(),
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']).nullable(),
  state: z.enum(['parsing', 'ready', 'committing', 'done', 'failed', 'cancelled']),
  fraction: z.number(),
  rows: z.number(),
  good: z.number(),
  bad: z.number(),
  fileErrors: z.array(z.string()),
  ignoredColumns: z.array(z.string()),
  /** The first bad rows (all of them up to 2,000) with line and reasons. */
  badRows: z.array(badRow),
  /** The first good rows, for the preview table. */
  preview: z.array(z.object({ line: z.number(), record: recordOut })),
  result: z.object({ inserted: z.number(), updated: z.number(), staffAdded: z.number() }).nullable(),
  error: z.string().nullable()
})
export type ImportOut = z.infer<typeof importOut>
const job = z.object({ jobId: z.uuid() }).strict()

/** ~45 MB of file in base64; the HTTP server takes 64 MB bodies. */
export const MAX_IMPORT_BASE64 = 60_000_000

/** The appraisal module's channels (input and output schemas). */
export const appraisalChannels = {
  'appraisal.overview': channel(empty, z.object({ latestMonth: z.string().nullable(), teams: z.array(z.string()), timeZone: z.string() })),
  'appraisal.period': channel(z.object({ ...range, team }).strict(), periodOut),
  /** One staff member's page; trainees may open only their own. */
  'appraisal.staff': channel(z.object({ ...range, staffId }).strict(), staffDetailOut),
  'appraisal.export': channel(
    z.object({ ...range, team, format: z.enum(['csv', 'xlsx']), locale: z.enum(LOCALES) }).strict(),
    z.object({ fileName: z.string(), base64: z.string().optional(), text: z.string().optional() })
  ),
  /** One staff member's report (the staff page as a file); same row rule as `appraisal.staff`. */
  'appraisal.staff.export': channel(
    z.object({ ...range, staffId, format: z.enum(['csv', 'xlsx']), locale: z.enum(LOCALES) }).strict(),
    z.object({ fileName: z.string(), base64: z.string().optional(), text: z.string().optional() })
  ),
  'appraisal.roster.list': channel(empty, z.array(memberOut)),
  'appraisal.roster.save': channel(memberIn, memberOut),
  'appraisal.roster.import': channel(
    z.object({ text: z.string().min(1).max(2_000_000) }).strict(),
    z.object({ saved: z.number(), problems: z.array(z.object({ line: z.number(), message: z.string() })) })
  ),
  'appraisal.record.get': channel(z.object({ ticketId: shortText(64).min(1) }).strict(), recordValuesOut),
  'appraisal.record.save': channel(z.object({ values: recordValues, mode: z.enum(['create', 'update']) }).strict(), recordOut),
  'appraisal.import.start': channel(z.object({ fileName: shortText(260).min(1), base64: z.string().min(1).max(MAX_IMPORT_BASE64) }).strict(), importOut),
  'appraisal.import.progress': channel(job, importOut),
  'appraisal.import.commit': channel(job, importOut),
  'appraisal.import.cancel': channel(job, importOut)
}
