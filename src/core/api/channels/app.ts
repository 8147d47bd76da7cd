import { z } from 'zod'
import { channel } from '../define'
import { empty } from '../common'
import { settingsPatchSchema, settingsSchema } from '../../settings/settings'
import { rubricSchema } from '../../standards/standards'

export const uiPrefsSchema = z.object({
  locale: z.enum(['zh-CN', 'en']),
  theme: z.enum(['light', 'dark', 'auto'])
})
export type UiPrefs = z.infer<typeof uiPrefsSchema>

export const storageIncidentSchema = z.object({
  file: z.string(),
  problem: z.string(),
  movedTo: z.string().nullable(),
  restoredFrom: z.string().nullable(),
  at: z.string()
})

export const appChannels = {
  'app.info': channel(
    empty,
    z.object({
      name: z.string(),
      version: z.string(),
      mode: z.enum(['electron', 'browser']),
      dataDir: z.string(),
      incidents: z.array(storageIncidentSchema)
    })
  ),
  /** Language and theme belong to the device, so they work on the sign-in screen too. */
  'ui.prefs.get': channel(empty, uiPrefsSchema),
  'ui.prefs.set': channel(uiPrefsSchema.partial().strict(), uiPrefsSchema),
  'settings.get': channel(empty, settingsSchema),
  'settings.update': channel(settingsPatchSchema, settingsSchema),
  /** The service standards in force (every module scores against them). */
  'standards.get': channel(empty, rubricSchema),
  /** Trainers edit names, descriptions, weights and the pass mark; `reset` goes back to the shipped rubric. */
  'standards.update': channel(z.object({ rubric: rubricSchema.nullable() }).strict(), rubricSchema)
}
