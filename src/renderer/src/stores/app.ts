import { defineStore } from 'pinia'
import { computed, ref, type Ref } from 'vue'
import type { OutputOf } from '@core/api/contract'
import type { UiPrefs } from '@core/api/channels/app'
import { request } from '../api/client'
import { i18n } from '../i18n'

type AppInfo = OutputOf<'app.info'>

/** Device-level state: language, theme, what the backend is. */
export const useAppStore = defineStore('app', () => {
  const prefs = ref<UiPrefs>({ locale: 'zh-CN', theme: 'auto' })
  const info = ref<AppInfo | null>(null)
  const systemDark = ref(typeof matchMedia !== 'undefined' && matchMedia('(prefers-color-scheme: dark)').matches)
  const dark = computed(() => (prefs.value.theme === 'auto' ? systemDark.value : prefs.value.theme === 'dark'))

  function applyLocale(locale: UiPrefs['locale']) {
    // legacy: false makes `locale` a ref; vue-i18n's types do not narrow that from the options.
    ;(i18n.global.locale as unknown as Ref<string>).value = locale
    document.documentElement.lang = locale
    document.title = String(i18n.global.t('app.fullName'))
  }

  async function load() {
    const [p, i] = await Promise.all([request('ui.prefs.get', {}), request('app.info', {})])
    prefs.value = p
    info.value = i
    applyLocale(p.locale)
    if (typeof matchMedia !== 'undefined')
      matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (e) => (systemDark.value = e.matches))
  }

  async function setPrefs(patch: Partial<UiPrefs>) {
    prefs.value = await request('ui.prefs.set', patch)
    applyLocale(prefs.value.locale)
  }

  return { prefs, info, dark, load, setPrefs }
})
