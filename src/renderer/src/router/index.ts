import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import type { Role } from '@core/domain/enums'
import { useAuthStore } from '../stores/auth'
import { shellRoutes } from './routes'

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean
    /** Roles that may open the page (the backend refuses the data anyway). */
    roles?: readonly Role[]
    /** Not listed in the navigation menu. */
    hidden?: boolean
    /** i18n key of the page title. */
    title?: string
    /** The menu entry to highlight on a detail page (its list page's route name). */
    menu?: string
  }
}

const routes: RouteRecordRaw[] = [
  { path: '/setup', name: 'setup', component: () => import('../views/auth/SetupPage.vue'), meta: { public: true } },
  { path: '/login', name: 'login', component: () => import('../views/auth/LoginPage.vue'), meta: { public: true } },
  {
    path: '/',
    component: () => import('../layouts/AppShell.vue'),
    children: [{ path: '', redirect: { name: 'home' } }, ...shellRoutes]
  },
  { path: '/:pathMatch(.*)*', redirect: { name: 'home' } }
]

export const router = createRouter({ history: createWebHashHistory(), routes })

router.beforeEach(async (to) => {
  const auth = useAuthStore()
  if (!auth.loaded) await auth.refresh()
  if (auth.needsSetup) return to.name === 'setup' ? true : { name: 'setup' }
  if (to.name === 'setup') return { name: auth.user ? 'home' : 'login' }
  if (to.meta.public) return auth.user && to.name === 'login' ? { name: 'home' } : true
  if (!auth.user) return { name: 'login', query: { redirect: to.fullPath } }
  const roles = to.matched.flatMap((r) => r.meta.roles ?? [])
  if (roles.length > 0 && !auth.hasRole(...roles)) return { name: 'home', query: { denied: to.fullPath } }
  return true
})
