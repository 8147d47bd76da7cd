import { z } from 'zod'
import { CHANNELS } from '../domain/enums'

const hours = z.number().positive().max(24 * 365)

/** Whether the runtime knows the IANA zone (every appraisal period is cut in it). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}
const sla = z.object({ responseHours: hours, resolutionHours: hours })

const sections = {
  locale: z.enum(['zh-CN', 'en']),
  theme: z.enum(['light', 'dark', 'auto']),
  timeZone: z.string().min(1).max(64).refine(isTimeZone, 'not a known time zone (e.g. Asia/Shanghai)'),
  sla: z.object({ urgent: sla, normal: sla, low: sla }),
  appraisal: z.object({
    weights: z.object({
      timeliness: z.number().min(0).max(1),
      resolution: z.number().min(0).max(1),
      satisfaction: z.number().min(0).max(1),
      training: z.number().min(0).max(1)
    }),
    grades: z
      .object({ A: z.number().min(0).max(100), B: z.number().min(0).max(100), C: z.number().min(0).max(100) })
      .refine((g) => g.A > g.B && g.B > g.C, 'grade bands must fall: A > B > C'),
    recognitionTopN: z.number().int().min(0).max(100),
    /** Who is on the incentives recognition list: every grade A, or the top N by rank (ties included). */
    recognitionBy: z.enum(['grade-a', 'top-n']).default('grade-a')
  }),
  roleplay: z.object({
    passMark: z.number().min(0).max(100),
    /** Per-standard weight overrides; a standard absent here keeps the rubric weight. */
    weights: z.record(z.string(), z.number().min(0).max(10)),
    timeTargetSeconds: z.record(z.enum(CHANNELS), z.number().int().min(5).max(3600))
  }),
  security: z.object({ idleMinutes: z.number().int().min(1).max(24 * 60), maskPersonalData: z.boolean() }),
  storage: z.object({
    keepBackups: z.number().int().min(1).max(100),
    dailyBackups: z.number().int().min(0).max(365),
    /** Hours between automatic whole-folder archives; 0 turns them off. */
    archiveEveryHours: z.number().int().min(0).max(24 * 30).default(24)
  })
}

export const DEFAULT_SETTINGS: { [K in keyof typeof sections]: z.infer<(typeof sections)[K]> } = {
  locale: 'zh-CN',
  theme: 'auto',
  timeZone: 'Asia/Shanghai',
  sla: {
    urgent: { responseHours: 2, resolutionHours: 24 },
    normal: { responseHours: 24, resolutionHours: 72 },
    low: { responseHours: 24, resolutionHours: 168 }
  },
  appraisal: {
    weights: { timeliness: 0.3, resolution: 0.3, satisfaction: 0.3, training: 0.1 },
    grades: { A: 90, B: 80, C: 70 },
    recognitionTopN: 3,
    recognitionBy: 'grade-a'
  },
  roleplay: {
    passMark: 80,
    weights: {},
    timeTargetSeconds: { phone: 30, 'in-store': 30, 'online-chat': 60, app: 90, 'social-media': 120, 'web-form': 300, email: 300 }
  },
  security: { idleMinutes: 30, maskPersonalData: true },
  storage: { keepBackups: 5, dailyBackups: 7, archiveEveryHours: 24 }
}

/** Every figure DESIGN.md calls "a setting"; a section missing from a stored file gets its default. */
export const settingsSchema = z.object({
  locale: sections.locale.default(DEFAULT_SETTINGS.locale),
  theme: sections.theme.default(DEFAULT_SETTINGS.theme),
  timeZone: sections.timeZone.default(DEFAULT_SETTINGS.timeZone),
  sla: sections.sla.default(DEFAULT_SETTINGS.sla),
  appraisal: sections.appraisal.default(DEFAULT_SETTINGS.appraisal),
  roleplay: sections.roleplay.default(DEFAULT_SETTINGS.roleplay),
  security: sections.security.default(DEFAULT_SETTINGS.security),
  storage: sections.storage.default(DEFAULT_SETTINGS.storage)
})

/** A change to some sections: no defaults, so what is not sent is left as it is. */
export const settingsPatchSchema = z.object(sections).partial().strict()
export type Settings = z.infer<typeof settingsSchema>
export type SettingsInput = z.input<typeof settingsSchema>

export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings
}
