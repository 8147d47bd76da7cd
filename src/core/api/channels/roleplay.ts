import { z } from 'zod'
import { channel } from '../define'
import { longText, opaqueId, shortText, slugId } from '../common'
import { CATEGORIES, CHANNELS, LOCALES, PRIORITIES } from '../../domain/enums'
import { standardIdSchema } from '../../standards/standards'
import { scoreSummarySchema, ticketFormSchema } from '../../roleplay/export-file'

const locale = z.enum(LOCALES)
const mode = z.enum(['practice', 'assessment'])
const scenarioKey = z.object({ id: slugId, locale }).strict()
const sessionKey = z.object({ sessionId: opaqueId }).strict()
const problemOut = z.object({ file: z.string(), line: z.number(), field: z.string(), message: z.string() })

export const scenarioOut = z.object({
  id: z.string(),
  locale,
  title: z.string(),
  channel: z.enum(CHANNELS),
  category: z.enum(CATEGORIES),
  priority: z.enum(PRIORITIES),
  persona: z.object({ name: z.string(), situation: z.string().optional(), wants: z.string().optional(), mood: z.number() }),
  /** Trainee turns in the script (the longest conversation is shorter). */
  turns: z.number(),
  endings: z.number(),
  source: z.enum(['shipped', 'user']),
  /** The published case the scenario belongs to, when there is one. */
  caseTitle: z.string().nullable()
})
export type ScenarioOut = z.infer<typeof scenarioOut>

const item = z.object({ standard: standardIdSchema, note: z.string().optional(), critical: z.boolean().optional() })
export const debriefTurnOut = z.object({
  index: z.number(),
  nodeId: z.string(),
  customer: z.string(),
  reply: z.string(),
  replyType: z.enum(['choice', 'text', 'ticket']),
  /** The form as sent, for ticket turns (the screens label its fields in the interface language). */
  ticket: ticketFormSchema.optional(),
  earned: z.array(item),
  cost: z.array(item),
  moodBefore: z.number(),
  moodAfter: z.number(),
  slow: z.boolean(),
  elapsedMs: z.number(),
  timeTargetSeconds: z.number(),
  feedback: z.string().optional(),
  better: z.string().optional()
})
export type DebriefTurnOut = z.infer<typeof debriefTurnOut>

const endingOut = z.object({ nodeId: z.string(), outcome: z.enum(['good', 'neutral', 'bad']), title: z.string(), summary: z.string().optional() })

export const resultOut = scoreSummarySchema.extend({
  overallBeforeAutoFail: z.number().nullable(),
  standards: z.array(
    z.object({ id: standardIdSchema, score: z.number().nullable(), weight: z.number(), earned: z.number(), possible: z.number(), violations: z.number(), criticalViolation: z.boolean() })
  )
})
export type ResultOut = z.infer<typeof resultOut>

export const debriefOut = z.object({
  ending: endingOut.optional(),
  autoFail: z.array(z.object({ standard: standardIdSchema, turn: z.number(), note: z.string().optional() })),
  turns: z.array(debriefTurnOut),
  weakest: z.array(z.object({ standard: standardIdSchema, score: z.number() })),
  strengths: z.array(standardIdSchema),
  /** The case's lessons (Markdown list items). */
  lessons: z.array(z.string()),
  /** Published cases that exercise the weakest standards, best match first. */
  recommended: z.array(z.object({ id: z.string(), locale, title: z.string(), standards: z.array(standardIdSchema), hasScenario: z.boolean() }))
})
export type DebriefOut = z.infer<typeof debriefOut>

export const sessionOut = z.object({
  id: z.string(),
  userId: z.string(),
  userName: z.string(),
  scriptId: z.string(),
  locale,
  title: z.string(),
  channel: z.enum(CHANNELS),
  mode,
  status: z.enum(['active', 'finished', 'abandoned']),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  persona: z.object({ name: z.string(), situation: z.string().optional(), wants: z.string().optional() }),
  mood: z.number(),
  transcript: z.array(z.object({ speaker: z.enum(['customer', 'trainee']), nodeId: z.string(), text: z.string(), ticket: ticketFormSchema.optional() })),
  /** The turn waiting for the trainee; absent once the session is over. */
  turn: z
    .object({
      nodeId: z.string(),
      type: z.enum(['choice', 'text', 'ticket']),
      prompt: z.string().optional(),
      hint: z.string().optional(),
      options: z.array(z.object({ index: z.number(), text: z.string() })).optional(),
      timeTargetSeconds: z.number(),
      /** Milliseconds the backend has counted on this turn so far (the clock runs on the backend). */
      elapsedMs: z.number()
    })
    .optional(),
  ending: endingOut.optional(),
  canRewind: z.boolean(),
  /** Practice mode: what the last reply earned and cost, with the trainer's feedback. */
  lastTurn: debriefTurnOut.optional(),
  result: resultOut.optional(),
  debrief: debriefOut.optional()
})
export type SessionOut = z.infer<typeof sessionOut>

export const sessionSummaryOut = z.object({
  id: z.string(),
  userId: z.string(),
  userName: z.string(),
  scriptId: z.string(),
  locale,
  title: z.string(),
  mode,
  status: z.enum(['active', 'finished', 'abandoned']),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  overall: z.number().nullable(),
  passed: z.boolean().nullable(),
  outcome: z.enum(['good', 'neutral', 'bad']).nullable(),
  turns: z.number()
})
export type SessionSummaryOut = z.infer<typeof sessionSummaryOut>

export const replyIn = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('choice'), option: z.number().int().min(0).max(10) }),
  z.strictObject({ type: z.literal('text'), text: z.string().trim().min(1).max(2000) }),
  z.strictObject({ type: z.literal('ticket'), form: ticketFormSchema })
])

const scriptText = z.object({ id: slugId, locale, text: longText(100_000) }).strict()
const validation = z.object({ errors: z.array(problemOut), warnings: z.array(problemOut) })

/** Role-play channels. Sessions are row-filtered in the service: trainees reach only their own. */
export const roleplayChannels = {
  'roleplay.scenarios.list': channel(z.object({ locale: locale.optional() }).strict(), z.array(scenarioOut)),
  'roleplay.scenarios.get': channel(scenarioKey, scenarioOut),
  'roleplay.session.start': channel(scenarioKey.extend({ mode }).strict(), sessionOut),
  'roleplay.session.get': channel(sessionKey, sessionOut),
  'roleplay.session.reply': channel(sessionKey.extend({ reply: replyIn }).strict(), sessionOut),
  /** Practice only: back to before turn `turn` (0-based); that turn and every later one are dropped. */
  'roleplay.session.rewind': channel(sessionKey.extend({ turn: z.number().int().min(0).max(500) }).strict(), sessionOut),
  'roleplay.session.abandon': channel(sessionKey, sessionOut),
  /** Trainees: their own sessions. Trainers and managers: everyone's, or one trainee's with `userId`. */
  'roleplay.session.list': channel(
    z.object({ userId: shortText(80).optional(), limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    z.array(sessionSummaryOut)
  ),
  'roleplay.session.export': channel(sessionKey, z.object({ fileName: z.string(), json: z.string() })),
  'roleplay.scripts.get': channel(
    scenarioKey,
    z.object({ id: z.string(), locale, source: z.enum(['shipped', 'user', 'none']), text: z.string(), versions: z.number() })
  ),
  'roleplay.scripts.save': channel(scriptText, validation.extend({ saved: z.boolean() })),
  'roleplay.scripts.validate': channel(scriptText, validation)
}
