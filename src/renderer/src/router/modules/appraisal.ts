import type { RouteRecordRaw } from 'vue-router'

/** The appraisal pages: managers run them; a staff page is open to its own staff member too (the backend checks). */
export const appraisalRoutes: RouteRecordRaw[] = [
  {
    path: 'appraisal',
    name: 'appraisal',
    component: () => import('../../views/appraisal/AppraisalPage.vue'),
    meta: { title: 'nav.appraisal', roles: ['manager', 'admin'] }
  },
  {
    path: 'appraisal/roster',
    name: 'appraisal-roster',
    component: () => import('../../views/appraisal/RosterPage.vue'),
    meta: { title: 'nav.appraisal', roles: ['manager', 'admin'], hidden: true }
  },
  {
    path: 'appraisal/staff/:staffId',
    name: 'appraisal-staff',
    component: () => import('../../views/appraisal/StaffPage.vue'),
    meta: { title: 'nav.appraisal', hidden: true }
  }
]
