import type { RouteRecordRaw } from 'vue-router'

/** The role-play pages. */
export const roleplayRoutes: RouteRecordRaw[] = [
  { path: 'roleplay', name: 'roleplay', component: () => import('../../views/roleplay/RoleplayPage.vue'), meta: { title: 'nav.roleplay' } }
]
