import { z } from 'zod'
import { CATEGORIES, CHANNELS, LOCALES, PRIORITIES, type Locale } from '../domain/enums'
import type { ComplaintRecord, StaffKpi } from '../appraisal/types'
import { maskPersonalText } from '../privacy/mask'
import { cycleHours, responseHours } from './figures'
import { WORDS, pct } from './labels'
import { change } from './stats'
import { localDateTime } from './time'
import type { Overview } from './trends'
import { changeSchema, figuresSchema, flagSchema, headlineSchema, periodSchema, PERIOD_UNITS, trendPointSchema } from './types'

export const exampleTicketSchema = z.object({
  ticketId: z.string(),
  channel: z.enum(CHANNELS),
  priority: z.enum(PRIORITIES),
  /** Local `YYYY-MM-DD HH:mm` in the configured time zone. */
  received: z.string(),
  status: z.enum(['resolved', 'unresolved']),
  satisfaction: z.number().nullable(),
  responseHours: z.number().nullable(),
  cycleHours: z.number().nullable()
})
export type ExampleTicket = z.infer<typeof exampleTicketSchema>

export const staffRowSchema = z.object({
  staffName: z.string(),
  team: z.string(),
  tickets: z.number(),
  composite: z.number().nullable(),
  grade: z.enum(['A', 'B', 'C', 'D']).nullable(),
  rank: z.number().nullable(),
  timelinessRate: z.number().nullable(),
  resolutionRate: z.number().nullable(),
  satisfactionAvg: z.number().nullable()
})
export type StaffRow = z.infer<typeof staffRowSchema>

/** The content of a periodic report; a saved report keeps this snapshot, so reopening it shows what was reported. */
export const reportContentSchema = z.object({
  title: z.string().max(200),
  locale: z.enum(LOCALES),
  unit: z.enum(PERIOD_UNITS),
  period: periodSchema,
  team: z.string().nullable(),
  generatedAt: z.string(),
  headline: headlineSchema,
  current: figuresSchema,
  trend: z.array(trendPointSchema),
  flagged: z.array(flagSchema),
  topTypes: z.array(z.object({ category: z.enum(CATEGORIES), tickets: z.number(), share: z.number(), change: changeSchema, examples: z.array(exampleTicketSchema) })),
  staff: z.object({ top: z.array(staffRowSchema), attention: z.array(staffRowSchema) }),
  /** Markdown the manager edits before export. */
  suggestions: z.string().max(50_000)
})
export type ReportContent = z.infer<typeof reportContentSchema>

export const TOP_TYPES = 5
export const EXAMPLES_PER_TYPE = 3

/**
 * The tickets that best show what went wrong in a category: unresolved first, then the lowest rating,
 * then the slowest first response; ticket id breaks ties so the choice is stable.
 */
export function pickExamples(rs: readonly ComplaintRecord[], n: number): ComplaintRecord[] {
  const key = (r: ComplaintRecord): [number, number, number] => [
    r.status === 'unresolved' ? 0 : 1,
    r.satisfaction ?? 6,
    -(responseHours(r) ?? Number.MAX_SAFE_INTEGER)
  ]
  return [...rs]
    .sort((a, b) => {
      const ka = key(a)
      const kb = key(b)
      for (let i = 0; i < 3; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i]
      return a.ticketId.localeCompare(b.ticketId)
    })
    .slice(0, n)
}

/**
 * Ticket facts for a report. The id is kept as it is so a trainer can draft a case from it; the API masks
 * it for callers who see masked data, and the Markdown export always masks it (a report leaves the app).
 */
export function exampleOf(r: ComplaintRecord, timeZone: string): ExampleTicket {
  return {
    ticketId: r.ticketId,
    channel: r.channel,
    priority: r.priority,
    received: localDateTime(r.receivedAt, timeZone),
    status: r.status,
    satisfaction: r.satisfaction,
    responseHours: responseHours(r),
    cycleHours: cycleHours(r)
  }
}

const staffRow = (k: StaffKpi): StaffRow => ({
  staffName: k.staffName,
  team: k.team,
  tickets: k.tickets,
  composite: k.composite,
  grade: k.grade,
  rank: k.rank,
  timelinessRate: k.timelinessRate,
  resolutionRate: k.resolutionRate,
  satisfactionAvg: k.satisfactionAvg
})

/** The top `topN` by rank, and those graded D (lowest composite first, at most 5) who need support. */
export function staffHighlights(table: readonly StaffKpi[], topN: number): ReportContent['staff'] {
  const ranked = table.filter((k) => k.rank !== null && k.tickets > 0).sort((a, b) => (a.rank as number) - (b.rank as number))
  const top = ranked.slice(0, topN)
  const attention = ranked
    .filter((k) => k.grade === 'D' && !top.includes(k))
    .sort((a, b) => (a.composite ?? 0) - (b.composite ?? 0))
    .slice(0, 5)
  return { top: top.map(staffRow), attention: attention.map(staffRow) }
}

/** A first draft of the suggestions, from the flags and the weakest figures; the manager rewrites it. */
export function draftSuggestions(o: Overview, locale: Locale): string {
  const w = WORDS[locale]
  const zh = locale === 'zh-CN'
  const lines: string[] = []
  for (const f of o.flagged)
    lines.push(zh ? `- ${w.category[f.category]}投诉由 ${f.previous} 件增至 ${f.current} 件：查明原因并安排专项改进。` : `- ${w.category[f.category]} complaints rose from ${f.previous} to ${f.current}: find the cause and plan a fix.`)
  for (const s of o.current.slaByPriority)
    if (s.responseMet !== null && s.responseMet < 0.9)
      lines.push(zh ? `- ${w.priority[s.key]}投诉及时响应率仅 ${pct(s.responseMet)}：复盘排班与升级流程。` : `- Only ${pct(s.responseMet)} of ${w.priority[s.key].toLowerCase()} complaints were answered within the SLA: review rota and escalation.`)
  if (lines.length === 0) lines.push(zh ? '- （在此填写改进建议）' : '- (write the improvement suggestions here)')
  return lines.join('\n')
}

export interface ReportInput {
  overview: Overview
  records: readonly ComplaintRecord[]
  staffTable: readonly StaffKpi[]
  unit: ReportContent['unit']
  team: string | null
  locale: Locale
  timeZone: string
  topN: number
  now: string
}

/** The report with every example ticket id masked (phone numbers, e-mail addresses, ID numbers inside ids). */
export function maskReportTickets<T extends ReportContent>(r: T): T {
  return { ...r, topTypes: r.topTypes.map((t) => ({ ...t, examples: t.examples.map((e) => ({ ...e, ticketId: maskPersonalText(e.ticketId) })) })) }
}

/** Builds the periodic report from the overview of its period and that period's records. */
export function buildReport(i: ReportInput): ReportContent {
  const o = i.overview
  const period = o.periods[o.periods.length - 1]
  const total = o.current.total
  const topTypes = CATEGORIES.filter((c) => o.current.byCategory[c] > 0)
    .sort((a, b) => o.current.byCategory[b] - o.current.byCategory[a] || CATEGORIES.indexOf(a) - CATEGORIES.indexOf(b))
    .slice(0, TOP_TYPES)
    .map((category) => ({
      category,
      tickets: o.current.byCategory[category],
      share: o.current.byCategory[category] / total,
      change: change(o.current.byCategory[category], o.previous ? o.previous.byCategory[category] : null),
      examples: pickExamples(
        i.records.filter((r) => r.category === category),
        EXAMPLES_PER_TYPE
      ).map((r) => exampleOf(r, i.timeZone))
    }))
  const team = i.team ? ` · ${i.team}` : ''
  const when = i.unit === 'week' ? `${period.from} – ${period.to}` : period.label
  return {
    title: i.locale === 'zh-CN' ? `投诉分析报告 ${when}${team}` : `Complaint report ${when}${team}`,
    locale: i.locale,
    unit: i.unit,
    period,
    team: i.team,
    generatedAt: i.now,
    headline: o.headline,
    current: o.current,
    trend: o.trend,
    flagged: o.flagged,
    topTypes,
    staff: staffHighlights(i.staffTable, i.topN),
    suggestions: draftSuggestions(o, i.locale)
  }
}
