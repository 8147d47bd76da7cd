import { z } from 'zod'
import { CATEGORIES, CHANNELS, PRIORITIES } from '../domain/enums'
import { ROOT_CAUSES } from '../appraisal/types'

// The shapes analytics computes, saves and sends. They are zod schemas so the API contract, the saved
// report store and the core functions share one definition.

/** A fraction 0–1 (or a mean, or hours); null when there is nothing to compute it over. */
const figure = z.number().nullable()

export const periodSchema = z.object({ from: z.string(), to: z.string(), label: z.string() })
export type Period = z.infer<typeof periodSchema>
export const PERIOD_UNITS = ['month', 'week'] as const
export type PeriodUnit = (typeof PERIOD_UNITS)[number]

export const groupStatsSchema = z.object({
  key: z.string(),
  tickets: z.number(),
  resolutionRate: figure,
  timelinessRate: figure,
  satisfactionAvg: figure,
  csat: figure
})
export type GroupStats = z.infer<typeof groupStatsSchema>

export const spreadSchema = z.object({ n: z.number(), median: figure, p90: figure })
export type Spread = z.infer<typeof spreadSchema>

const counts = <T extends readonly [string, ...string[]]>(keys: T) => z.record(z.enum(keys), z.number())

export const figuresSchema = z.object({
  total: z.number(),
  byCategory: counts(CATEGORIES),
  byChannel: counts(CHANNELS),
  byPriority: counts(PRIORITIES),
  /** Category × channel counts, for the heat map. */
  categoryChannel: z.record(z.enum(CATEGORIES), counts(CHANNELS)),
  resolutionRate: figure,
  timelinessRate: figure,
  satisfactionAvg: figure,
  csat: figure,
  perCategory: z.array(groupStatsSchema),
  perChannel: z.array(groupStatsSchema),
  /** Per priority: first response within its SLA, and resolved within its resolution SLA (unresolved = missed). */
  slaByPriority: z.array(z.object({ key: z.enum(PRIORITIES), tickets: z.number(), responseMet: figure, resolutionMet: figure })),
  responseHours: spreadSchema,
  cycleHours: spreadSchema,
  urgent: z.object({ tickets: z.number(), share: figure, responseMet: figure, responseHours: spreadSchema }),
  /** Rows only for causes that occur; `unknown` counts records without a root cause. */
  rootCauses: z.array(groupStatsSchema.extend({ key: z.enum([...ROOT_CAUSES, 'unknown']), share: z.number() })),
  /** Whether any record in the period carries a root cause. */
  rootCausesPresent: z.boolean()
})
export type Figures = z.infer<typeof figuresSchema>

export const changeSchema = z.object({ value: figure, previous: figure, delta: figure, pct: figure })
export type Change = z.infer<typeof changeSchema>

export const HEADLINE_METRICS = [
  'total',
  'resolutionRate',
  'timelinessRate',
  'satisfactionAvg',
  'csat',
  'medianResponseHours',
  'medianCycleHours',
  'urgentShare'
] as const
export type HeadlineMetric = (typeof HEADLINE_METRICS)[number]
export const headlineSchema = z.array(changeSchema.extend({ metric: z.enum(HEADLINE_METRICS) }))
export type Headline = z.infer<typeof headlineSchema>

export const trendPointSchema = periodSchema.extend({
  total: z.number(),
  resolutionRate: figure,
  timelinessRate: figure,
  satisfactionAvg: figure,
  medianResponseHours: figure,
  byCategory: counts(CATEGORIES),
  byChannel: counts(CHANNELS),
  /** Against the period before (null for the first point). */
  change: z.object({ total: changeSchema, resolutionRate: changeSchema, timelinessRate: changeSchema, satisfactionAvg: changeSchema }).nullable()
})
export type TrendPoint = z.infer<typeof trendPointSchema>

export const flagSchema = z.object({ category: z.enum(CATEGORIES), previous: z.number(), current: z.number(), increase: z.number(), pct: figure })
export type Flag = z.infer<typeof flagSchema>
