import type { RouteRecordRaw } from 'vue-router'

/** The appraisal pages (managers). */
export const appraisalRoutes: RouteRecordRaw[] = [
  {
    path: 'appraisal',
    name: 'appraisal',
    component: () => import('../../views/appraisal/AppraisalPage.vue'),
    meta: { title: 'nav.appraisal', roles: ['manager', 'admin'] }
  }
]
