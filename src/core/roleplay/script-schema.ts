import { z } from 'zod'
import { CATEGORIES, CHANNELS, LOCALES, PRIORITIES, REMEDIES } from '../domain/enums'
import { STANDARD_IDS } from '../standards/standards'

// Enum messages name the allowed values so a trainer can fix the file without reading the docs.
function oneOf<T extends readonly [string, ...string[]]>(values: T, what = 'one of') {
  return z.enum(values, {
    error: (iss) =>
      iss.input === undefined
        ? 'is required'
        : `${JSON.stringify(iss.input)} is not ${what} ${values.join(', ')}`
  })
}

const standardId = oneOf(STANDARD_IDS, 'a standard id; use one of')
const nodeId = z.string().min(1, 'must not be empty')
const text = z.string().trim().min(1, 'must not be empty')
const optionalText = z.string().trim().min(1, 'must not be empty').optional()
const mood = z.number().min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100')

export const conditionSchema = z
  .strictObject({
    moodAtLeast: mood.optional(),
    moodBelow: mood.optional(),
    credited: standardId.optional(),
    violated: standardId.optional(),
    everCredited: standardId.optional(),
    everViolated: standardId.optional(),
    visited: nodeId.optional()
  })
export type Condition = z.infer<typeof conditionSchema>

export const branchSchema = z.strictObject({ if: conditionSchema.optional(), next: nodeId })
export type Branch = z.infer<typeof branchSchema>

const route = {
  next: nodeId.optional(),
  branches: z.array(branchSchema).min(1, 'needs at least one branch').optional()
}
export interface Route {
  next?: string
  branches?: Branch[]
}

const turnCommon = {
  prompt: optionalText,
  hint: optionalText,
  timeTargetSeconds: z.number().int('must be a whole number of seconds').min(1).max(3600).optional(),
  better: optionalText,
  ...route
}

export const optionSchema = z.strictObject({
  text,
  credits: z.array(standardId).default([]),
  violates: z.array(standardId).default([]),
  mood: z.number().min(-100).max(100).default(0),
  feedback: optionalText,
  if: conditionSchema.optional(),
  ...route
})
export type ChoiceOption = z.infer<typeof optionSchema>

export const choiceTurnSchema = z.strictObject({
  type: z.literal('choice'),
  ...turnCommon,
  options: z.array(optionSchema).min(2, 'needs 2 to 4 options').max(4, 'needs 2 to 4 options')
})

const patterns = z.array(text).min(1, 'needs at least one pattern')
export const rubricEntrySchema = z.strictObject({
  required: patterns.optional(),
  anyOf: patterns.optional(),
  forbidden: patterns.optional()
})
export type RubricEntry = z.infer<typeof rubricEntrySchema>

export const textTurnSchema = z.strictObject({
  type: z.literal('text'),
  ...turnCommon,
  rubric: z.partialRecord(standardId, rubricEntrySchema).default({}),
  moodOnCredit: z.number().min(-100).max(100).default(5),
  moodOnViolation: z.number().min(-100).max(100).default(-10)
})

export const ticketTurnSchema = z.strictObject({ type: z.literal('ticket'), ...turnCommon })

export const turnSchema = z.discriminatedUnion(
  'type',
  [choiceTurnSchema, textTurnSchema, ticketTurnSchema],
  { error: (iss) => (iss.code === 'invalid_union' ? 'type must be one of choice, text, ticket' : undefined) }
)
export type Turn = z.infer<typeof turnSchema>
export type ChoiceTurn = z.infer<typeof choiceTurnSchema>
export type TextTurn = z.infer<typeof textTurnSchema>
export type TicketTurn = z.infer<typeof ticketTurnSchema>

export const endingSchema = z.strictObject({
  outcome: oneOf(['good', 'neutral', 'bad'] as const),
  title: text,
  summary: optionalText
})
export type Ending = z.infer<typeof endingSchema>

export const nodeSchema = z.strictObject({ customer: text, turn: turnSchema.optional(), ending: endingSchema.optional() })
export type ScriptNode = z.infer<typeof nodeSchema>

export const scriptSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9 and -)'),
  locale: oneOf(LOCALES),
  title: text,
  channel: oneOf(CHANNELS),
  timeTargetSeconds: z.number().int('must be a whole number of seconds').min(1).max(3600).optional(),
  persona: z.strictObject({
    name: text,
    situation: optionalText,
    mood,
    wants: optionalText
  }),
  truth: z.strictObject({
    category: oneOf(CATEGORIES),
    priority: oneOf(PRIORITIES),
    channel: oneOf(CHANNELS),
    remedies: z.array(oneOf(REMEDIES)).min(1, 'list at least one acceptable remedy'),
    escalate: z.boolean().optional()
  }),
  synonyms: z.record(z.string().min(1), z.array(text)).default({}),
  start: nodeId,
  nodes: z.record(nodeId, nodeSchema).refine((n) => Object.keys(n).length > 0, 'needs at least one node')
})
export type Script = z.infer<typeof scriptSchema>
