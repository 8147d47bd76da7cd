import { z } from 'zod'
import { uiPrefsSchema, type UiPrefs } from '@core/api/channels/app'
import { settingsSchema, type Settings } from '@core/settings/settings'
import type { DataDir, Store } from '../storage'

/** Application settings (admins) and the device's UI preferences (anyone at this computer). */
export class SettingsService {
  private constructor(
    private settingsStore: Store<Settings>,
    private prefsStore: Store<UiPrefs>
  ) {}

  static async open(dir: DataDir): Promise<SettingsService> {
    const settingsStore = await dir.store<Settings>('settings', {
      schema: settingsSchema as unknown as z.ZodType<Settings>,
      version: 1,
      migrations: {},
      defaults: () => settingsSchema.parse({})
    })
    const prefsStore = await dir.store<UiPrefs>('ui-prefs', {
      schema: uiPrefsSchema,
      version: 1,
      migrations: {},
      defaults: () => ({ locale: 'zh-CN', theme: 'auto' })
    })
    return new SettingsService(settingsStore, prefsStore)
  }

  get settings(): Settings {
    return this.settingsStore.data
  }

  async updateSettings(patch: Partial<Settings>): Promise<Settings> {
    const next = settingsSchema.parse({ ...this.settingsStore.data, ...patch })
    await this.settingsStore.update(() => next)
    return this.settingsStore.data
  }

  get prefs(): UiPrefs {
    return this.prefsStore.data
  }

  async updatePrefs(patch: Partial<UiPrefs>): Promise<UiPrefs> {
    const next = uiPrefsSchema.parse({ ...this.prefsStore.data, ...patch })
    await this.prefsStore.update(() => next)
    return this.prefsStore.data
  }
}
