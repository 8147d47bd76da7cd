import type { RouteRecordRaw } from 'vue-router'

/** Complaint analytics and periodic reports (trainers and managers; the backend refuses the data to others anyway). */
export const analyticsRoutes: RouteRecordRaw[] = [
  {
    path: 'analytics',
    name: 'analytics',
    component: () => import('../../views/analytics/AnalyticsPage.vue'),
    meta: { title: 'nav.analytics', roles: ['trainer', 'manager', 'admin'] }
  },
  {
    path: 'analytics/report',
    name: 'analytics-report',
    component: () => import('../../views/analytics/ReportPage.vue'),
    meta: { title: 'analytics.nav.report', roles: ['trainer', 'manager', 'admin'] }
  }
]
