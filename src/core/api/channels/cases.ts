import { z } from 'zod'
import { channel } from '../define'
import { longText, shortText, slugId } from '../common'
import { CASE_STATUSES, CATEGORIES, CHANNELS, LOCALES, PRIORITIES } from '../../domain/enums'
import { STANDARD_IDS } from '../../standards/standards'

const locale = z.enum(LOCALES)
const caseKey = z.object({ id: slugId, locale }).strict()
const list = <T extends z.ZodType>(item: T) => z.array(item).max(50).optional()

const partsOut = z.array(z.object({ text: z.string(), match: z.boolean() }))
const problemOut = z.object({ file: z.string(), line: z.number(), field: z.string(), message: z.string() })
export type CaseProblemOut = z.infer<typeof problemOut>

export const caseSummaryOut = z.object({
  id: z.string(),
  locale,
  title: z.string(),
  summary: z.string(),
  category: z.enum(CATEGORIES),
  channel: z.enum(CHANNELS),
  priority: z.enum(PRIORITIES),
  status: z.enum(CASE_STATUSES),
  tags: z.array(z.string()),
  standards: z.array(z.string()),
  source: z.enum(['shipped', 'user'])
})
export type CaseSummaryOut = z.infer<typeof caseSummaryOut>

export const caseHitOut = caseSummaryOut.extend({ titleParts: partsOut, snippetParts: partsOut })
export type CaseHitOut = z.infer<typeof caseHitOut>

const facetCounts = z.record(z.string(), z.number())
export const caseSearchOut = z.object({
  hits: z.array(caseHitOut),
  total: z.number(),
  facets: z.object({ category: facetCounts, channel: facetCounts, priority: facetCounts, standard: facetCounts, tag: facetCounts, status: facetCounts })
})
export type CaseSearchOut = z.infer<typeof caseSearchOut>

export const caseDetailOut = caseSummaryOut.extend({
  body: z.string(),
  lessons: z.array(z.string()),
  phrases: z.array(z.string()),
  /** Locales this case exists in. */
  locales: z.array(locale),
  related: z.array(caseSummaryOut),
  hasScenario: z.boolean(),
  /** For the authoring screens (trainers and admins); null for shipped cases. */
  meta: z
    .object({
      version: z.number(),
      authorName: z.string(),
      updatedAt: z.string(),
      updatedByName: z.string(),
      submittedByName: z.string().nullable(),
      reviewComment: z.string().nullable(),
      /** Whether the caller may approve it (four-eyes rule). */
      canApprove: z.boolean()
    })
    .nullable()
})
export type CaseDetailOut = z.infer<typeof caseDetailOut>

/** What the authoring form sends: the front matter fields and the Markdown body. */
export const caseDraftIn = z
  .object({
    id: slugId,
    locale,
    title: shortText(200).min(1),
    category: z.enum(CATEGORIES),
    channel: z.enum(CHANNELS),
    priority: z.enum(PRIORITIES),
    tags: z.array(shortText(40).min(1)).max(20),
    standards: z.array(z.enum(STANDARD_IDS)).max(STANDARD_IDS.length),
    summary: shortText(500),
    body: longText(100_000)
  })
  .strict()
export type CaseDraftIn = z.infer<typeof caseDraftIn>

export const caseVersionOut = z.object({
  n: z.number(),
  at: z.string(),
  actorName: z.string(),
  action: z.string(),
  status: z.enum(CASE_STATUSES),
  comment: z.string().nullable()
})
export type CaseVersionOut = z.infer<typeof caseVersionOut>

const importFile = z.object({ name: shortText(260).min(1), text: longText(200_000) }).strict()
export const caseImportOut = z.object({
  imported: z.array(z.object({ file: z.string(), id: z.string(), locale, updated: z.boolean() })),
  rejected: z.array(z.object({ file: z.string(), problems: z.array(z.string()) }))
})
export type CaseImportOut = z.infer<typeof caseImportOut>

/** The case library's channels. Reading is for everyone signed in (trainees see published cases only). */
export const casesChannels = {
  'cases.search': channel(
    z
      .object({
        query: shortText(200).default(''),
        locale: locale.default('zh-CN'),
        filters: z
          .object({
            category: list(z.enum(CATEGORIES)),
            channel: list(z.enum(CHANNELS)),
            priority: list(z.enum(PRIORITIES)),
            standard: list(z.enum(STANDARD_IDS)),
            tag: list(shortText(40)),
            status: list(z.enum(CASE_STATUSES))
          })
          .strict()
          .default({}),
        limit: z.number().int().min(1).max(200).default(20),
        offset: z.number().int().min(0).max(100_000).default(0)
      })
      .strict(),
    caseSearchOut
  ),
  'cases.get': channel(caseKey, caseDetailOut),
  'cases.create': channel(caseDraftIn, caseDetailOut),
  /** `baseVersion` is the version the editor started from: a save over someone else's newer save is refused. */
  'cases.update': channel(caseDraftIn.extend({ baseVersion: z.number().int().min(1) }).strict(), caseDetailOut),
  'cases.duplicate': channel(z.object({ id: slugId, locale, newId: slugId }).strict(), caseDetailOut),
  'cases.submit': channel(caseKey, caseDetailOut),
  'cases.approve': channel(caseKey.extend({ comment: shortText(1000).optional() }).strict(), caseDetailOut),
  'cases.return': channel(caseKey.extend({ comment: shortText(1000).min(1) }).strict(), caseDetailOut),
  'cases.archive': channel(caseKey, caseDetailOut),
  'cases.unarchive': channel(caseKey, caseDetailOut),
  'cases.reviewQueue': channel(z.object({}).strict(), z.array(caseSummaryOut.extend({ submittedByName: z.string().nullable(), updatedAt: z.string() }))),
  'cases.mine': channel(z.object({}).strict(), z.array(caseSummaryOut.extend({ updatedAt: z.string(), reviewComment: z.string().nullable() }))),
  'cases.history': channel(caseKey, z.array(caseVersionOut)),
  'cases.version': channel(caseKey.extend({ n: z.number().int().min(1) }).strict(), z.object({ n: z.number(), text: z.string() })),
  'cases.restoreVersion': channel(caseKey.extend({ n: z.number().int().min(1) }).strict(), caseDetailOut),
  /** Checks a case file's text as `validate` would (the editor also runs the same core parser live). */
  'cases.validate': channel(z.object({ fileName: shortText(260), text: longText(200_000) }).strict(), z.object({ errors: z.array(problemOut), warnings: z.array(problemOut) })),
  /** All-or-nothing per file: a file with any error is rejected whole and nothing of it is saved. */
  'cases.import': channel(z.object({ files: z.array(importFile).min(1).max(500) }).strict(), caseImportOut),
  'cases.export': channel(
    z.object({ keys: z.array(caseKey).min(1).max(2000), format: z.enum(['zip', 'markdown']) }).strict(),
    z.object({ fileName: z.string(), base64: z.string().optional(), text: z.string().optional() })
  )
}
