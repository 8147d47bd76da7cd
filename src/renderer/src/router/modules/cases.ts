import type { RouteRecordRaw } from 'vue-router'

const TRAINERS = ['trainer', 'admin'] as const

/** The case library's pages: the list, the reader, authoring and review (trainers). */
export const casesRoutes: RouteRecordRaw[] = [
  { path: 'cases', name: 'cases', component: () => import('../../views/cases/CaseLibraryPage.vue'), meta: { title: 'nav.cases' } },
  {
    path: 'cases/new',
    name: 'case-new',
    component: () => import('../../views/cases/CaseEditorPage.vue'),
    meta: { title: 'cases.editor.titleNew', roles: TRAINERS, hidden: true, menu: 'cases' }
  },
  {
    path: 'cases/review',
    name: 'case-review',
    component: () => import('../../views/cases/CaseReviewPage.vue'),
    meta: { title: 'cases.review', roles: TRAINERS, hidden: true, menu: 'cases' }
  },
  {
    path: 'cases/:id/edit',
    name: 'case-edit',
    component: () => import('../../views/cases/CaseEditorPage.vue'),
    meta: { title: 'cases.editor.titleEdit', roles: TRAINERS, hidden: true, menu: 'cases' }
  },
  { path: 'cases/:id', name: 'case-read', component: () => import('../../views/cases/CaseReaderPage.vue'), meta: { title: 'nav.cases', hidden: true, menu: 'cases' } }
]
