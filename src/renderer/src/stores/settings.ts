import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Settings } from '@core/settings/settings'
import { request } from '../api/client'

export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<Settings | null>(null)

  async function load(): Promise<Settings> {
    settings.value = await request('settings.get', {})
    return settings.value
  }

  async function update(patch: Partial<Settings>): Promise<Settings> {
    settings.value = await request('settings.update', patch)
    return settings.value
  }

  return { settings, load, update }
})
