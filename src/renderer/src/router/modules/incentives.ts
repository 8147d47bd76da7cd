import type { RouteRecordRaw } from 'vue-router'

/**
 * Special appraisals (everyone: trainees see and dispute their own; managers record them) and the
 * incentives page (trainers and managers: lists, suggested training, assignments).
 */
export const incentivesRoutes: RouteRecordRaw[] = [
  { path: 'special', name: 'special', component: () => import('../../views/incentives/SpecialListPage.vue'), meta: { title: 'incentives.nav.special' } },
  {
    path: 'special/new',
    name: 'special-new',
    component: () => import('../../views/incentives/SpecialFormPage.vue'),
    meta: { title: 'incentives.special.create', roles: ['manager', 'admin'], hidden: true }
  },
  {
    path: 'special/:id',
    name: 'special-detail',
    component: () => import('../../views/incentives/SpecialDetailPage.vue'),
    meta: { title: 'incentives.nav.special', hidden: true }
  },
  {
    path: 'special/:id/edit',
    name: 'special-edit',
    component: () => import('../../views/incentives/SpecialFormPage.vue'),
    meta: { title: 'incentives.special.edit', roles: ['manager', 'admin'], hidden: true }
  },
  {
    path: 'incentives',
    name: 'incentives',
    component: () => import('../../views/incentives/IncentivesPage.vue'),
    meta: { title: 'incentives.nav.incentives', roles: ['trainer', 'manager', 'admin'] }
  }
]
