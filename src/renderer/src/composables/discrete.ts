import { createDiscreteApi, darkTheme } from 'naive-ui'
import { computed } from 'vue'
import { useAppStore } from '../stores/app'

function create() {
  const app = useAppStore()
  return createDiscreteApi(['message', 'dialog', 'notification'], {
    configProviderProps: computed(() => ({ theme: app.dark ? darkTheme : null }))
  })
}

let api: ReturnType<typeof create> | null = null

/** naive-ui messages and dialogs for code outside components (stores, router guards). */
export function discrete() {
  api ??= create()
  return api
}
