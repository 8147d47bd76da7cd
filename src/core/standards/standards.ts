import { z } from 'zod'
import { parse as parseYaml } from 'yaml'

export const STANDARD_IDS = [
  'acknowledge',
  'listen',
  'empathize',
  'apologize',
  'no-blame',
  'record',
  'classify',
  'commit-time',
  'resolve',
  'escalate',
  'follow-up',
  'privacy',
  'language'
] as const
export type StandardId = (typeof STANDARD_IDS)[number]
export const standardIdSchema = z.enum(STANDARD_IDS)

const localized = z.object({ 'zh-CN': z.string().min(1), en: z.string().min(1) })

export const standardSchema = z.object({
  id: standardIdSchema,
  name: localized,
  description: localized,
  weight: z.number().min(0).max(10),
  critical: z.boolean(),
  /** `classify` is critical only on safety complaints (DESIGN.md). */
  criticalForSafety: z.boolean().optional()
})
export type Standard = z.infer<typeof standardSchema>

export const rubricSchema = z
  .object({
    passMark: z.number().min(0).max(100),
    standards: z.array(standardSchema).min(1)
  })
  .superRefine((r, ctx) => {
    const seen = new Set<string>()
    r.standards.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['standards', i, 'id'], message: `duplicate standard id "${s.id}"` })
      seen.add(s.id)
    })
  })
export type Rubric = z.infer<typeof rubricSchema>

/** Parses the standards YAML (resources/standards/standards.yaml or a trainer's edit of it). */
export function parseRubric(text: string, fileName = 'standards.yaml'): Rubric {
  let raw: unknown
  try {
    raw = parseYaml(text)
  } catch (e) {
    throw new Error(`${fileName}: not valid YAML: ${(e as Error).message}`, { cause: e })
  }
  const r = rubricSchema.safeParse(raw)
  if (!r.success) {
    const issue = r.error.issues[0]
    throw new Error(`${fileName}: ${issue.path.join('.')}: ${issue.message}`)
  }
  return r.data
}

export function isStandardId(v: unknown): v is StandardId {
  return typeof v === 'string' && (STANDARD_IDS as readonly string[]).includes(v)
}
