import type { RouteRecordRaw } from 'vue-router'

/** The case library's pages. */
export const casesRoutes: RouteRecordRaw[] = [
  { path: 'cases', name: 'cases', component: () => import('../../views/cases/CaseLibraryPage.vue'), meta: { title: 'nav.cases' } }
]
