import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { UserPublic } from '@core/api/channels/auth'
import type { Role } from '@core/domain/enums'
import { request, setSession } from '../api/client'

/** Who is signed in; the backend is what enforces permissions, this only shapes the UI. */
export const useAuthStore = defineStore('auth', () => {
  const user = ref<UserPublic | null>(null)
  const needsSetup = ref(false)
  const idleMinutes = ref(30)
  const loaded = ref(false)
  const roles = computed<Role[]>(() => user.value?.roles ?? [])

  function hasRole(...wanted: Role[]) {
    return roles.value.some((r) => wanted.includes(r))
  }

  async function refresh() {
    const s = await request('auth.status', {})
    needsSetup.value = s.needsSetup
    user.value = s.user
    if (!s.user) setSession(null)
    loaded.value = true
  }

  function signedIn(r: { session: string; user: UserPublic; idleMinutes: number }) {
    setSession(r.session)
    user.value = r.user
    idleMinutes.value = r.idleMinutes
    needsSetup.value = false
  }

  async function setup(input: { username: string; displayName: string; password: string }) {
    signedIn(await request('auth.setup', input))
  }

  async function login(username: string, password: string) {
    signedIn(await request('auth.login', { username, password }))
  }

  async function logout() {
    try {
      await request('auth.logout', {})
    } finally {
      forget()
    }
  }

  /** The backend dropped the session (idle time-out): forget it locally. */
  function forget() {
    setSession(null)
    user.value = null
  }

  return { user, needsSetup, idleMinutes, loaded, roles, hasRole, refresh, setup, login, logout, forget }
})
