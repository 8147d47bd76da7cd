import type { RouteRecordRaw } from 'vue-router'
import { analyticsRoutes } from './modules/analytics'
import { appraisalRoutes } from './modules/appraisal'
import { casesRoutes } from './modules/cases'
import { incentivesRoutes } from './modules/incentives'
import { roleplayRoutes } from './modules/roleplay'

/**
 * Pages inside the navigation frame, in menu order; each module keeps its routes in modules/<name>.ts.
 * Routes with `meta.hidden` (detail pages) are not listed in the menu.
 */
export const shellRoutes: RouteRecordRaw[] = [
  { path: 'home', name: 'home', component: () => import('../views/home/HomePage.vue'), meta: { title: 'nav.home' } },
  ...casesRoutes,
  ...roleplayRoutes,
  ...appraisalRoutes,
  ...incentivesRoutes,
  ...analyticsRoutes,
  {
    path: 'admin',
    name: 'admin',
    component: () => import('../views/admin/AdminPage.vue'),
    meta: { title: 'nav.admin', roles: ['admin'] }
  },
  { path: 'settings', name: 'settings', component: () => import('../views/settings/SettingsPage.vue'), meta: { title: 'nav.settings' } }
]
