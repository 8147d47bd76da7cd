import { z } from 'zod'
import { CATEGORIES, CHANNELS, LOCALES, PRIORITIES, REMEDIES } from '../domain/enums'
import { standardIdSchema } from '../standards/standards'
import type { SessionState, TurnRecord, TurnReply } from './session-types'
import type { Transcript } from './scoring'

// Schemas of the session data the backend stores and exports. They mirror session-types.ts; the
// `satisfies` checks below keep the two in step.

export const ticketFormSchema = z.strictObject({
  category: z.enum(CATEGORIES),
  priority: z.enum(PRIORITIES),
  channel: z.enum(CHANNELS),
  contactCaptured: z.boolean(),
  promisedHours: z.number().min(0).max(24 * 365),
  remedy: z.enum(REMEDIES),
  escalate: z.boolean()
})

export const turnReplySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('choice'), option: z.number().int().min(0).max(10) }),
  z.strictObject({ type: z.literal('text'), text: z.string().max(4000) }),
  z.strictObject({ type: z.literal('ticket'), form: ticketFormSchema })
])

export const markSchema = z.object({
  standard: standardIdSchema,
  kind: z.enum(['credit', 'violation']),
  critical: z.boolean().optional(),
  note: z.string().optional()
})

const evidenceSchema = z.object({ standard: standardIdSchema, kind: z.enum(['credit', 'violation']), text: z.string(), cue: z.string() })

export const turnRecordSchema = z.object({
  nodeId: z.string(),
  reply: turnReplySchema,
  elapsedMs: z.number().min(0),
  timeTargetSeconds: z.number(),
  slow: z.boolean(),
  moodBefore: z.number(),
  moodAfter: z.number(),
  marks: z.array(markSchema),
  evidence: z.array(evidenceSchema).optional(),
  feedback: z.string().optional(),
  better: z.string().optional(),
  next: z.string()
})

export const sessionStateSchema = z.object({
  version: z.literal(1),
  scriptId: z.string(),
  mode: z.enum(['practice', 'assessment']),
  defaultTimeTargetSeconds: z.number(),
  mood: z.number(),
  nodeId: z.string(),
  visited: z.array(z.string()),
  turns: z.array(turnRecordSchema),
  ending: z
    .object({ nodeId: z.string(), outcome: z.enum(['good', 'neutral', 'bad']), title: z.string(), summary: z.string().optional() })
    .optional()
})

export const recordedTurnSchema = z.object({ nodeId: z.string().min(1).max(200), reply: turnReplySchema, elapsedMs: z.number().min(0).max(86_400_000) })

export const scoreSummarySchema = z.object({
  overall: z.number(),
  passed: z.boolean(),
  passMark: z.number(),
  standards: z.array(z.object({ id: standardIdSchema, score: z.number().nullable() })),
  autoFail: z.array(z.object({ standard: standardIdSchema, note: z.string().optional() }))
})
export type ScoreSummary = z.infer<typeof scoreSummarySchema>

export const EXPORT_FORMAT = 'complaint-coach/roleplay-session'

/**
 * A session exported for re-scoring (`complaint-coach score --scenario FILE --transcript FILE`).
 * `transcript` is what the engine replays; `recorded` is the score as it stood when the session was
 * played (with the standards of that day), kept for comparison.
 */
export const sessionExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  session: z.object({
    id: z.string(),
    userName: z.string(),
    staffId: z.string().nullable(),
    scriptId: z.string(),
    locale: z.enum(LOCALES),
    /** sha256 of the script text the session was played on. */
    scriptHash: z.string(),
    status: z.enum(['active', 'finished', 'abandoned']),
    startedAt: z.string(),
    finishedAt: z.string().nullable()
  }),
  transcript: z.object({ mode: z.enum(['practice', 'assessment']), turns: z.array(recordedTurnSchema).max(500) }),
  recorded: scoreSummarySchema.nullable()
})
export type SessionExport = z.infer<typeof sessionExportSchema>

/** The part of a state that a re-score replays. */
export function transcriptOf(state: SessionState): Transcript & { turns: Transcript['turns'][number][] } {
  return { mode: state.mode, turns: state.turns.map((t) => ({ nodeId: t.nodeId, reply: t.reply, elapsedMs: t.elapsedMs })) }
}

// Compile-time checks that the schemas produce the engine's own types.
type Assignable<A, B extends A> = B
export type _ReplyCheck = Assignable<TurnReply, z.infer<typeof turnReplySchema>>
export type _TurnCheck = Assignable<TurnRecord, z.infer<typeof turnRecordSchema>>
export type _StateCheck = Assignable<SessionState, z.infer<typeof sessionStateSchema>>
