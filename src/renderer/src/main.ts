import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { i18n } from './i18n'
import { router } from './router'
import { useAppStore } from './stores/app'
import { hasAccessToken } from './api/client'
import TokenMissing from './views/auth/TokenMissing.vue'

async function boot() {
  if (!hasAccessToken()) {
    createApp(TokenMissing).use(i18n).mount('#app')
    return
  }
  const app = createApp(App).use(createPinia()).use(i18n)
  await useAppStore().load()
  app.use(router).mount('#app')
}

void boot()
