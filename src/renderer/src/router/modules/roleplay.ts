import type { RouteRecordRaw } from 'vue-router'

/**
 * The role-play pages. `roleplay-scenario` (/roleplay/scenario/:locale/:id) is the "practise this case"
 * entry: it shows the scenario and lets the trainee pick practice or assessment.
 */
export const roleplayRoutes: RouteRecordRaw[] = [
  { path: 'roleplay', name: 'roleplay', component: () => import('../../views/roleplay/ScenarioListPage.vue'), meta: { title: 'nav.roleplay' } },
  {
    path: 'roleplay/scenario/:locale/:id',
    name: 'roleplay-scenario',
    component: () => import('../../views/roleplay/ScenarioPage.vue'),
    meta: { title: 'nav.roleplay', hidden: true }
  },
  {
    path: 'roleplay/session/:sessionId',
    name: 'roleplay-play',
    component: () => import('../../views/roleplay/PlayPage.vue'),
    meta: { title: 'nav.roleplay', hidden: true }
  },
  {
    path: 'roleplay/debrief/:sessionId',
    name: 'roleplay-debrief',
    component: () => import('../../views/roleplay/DebriefPage.vue'),
    meta: { title: 'roleplay.debrief.title', hidden: true }
  },
  {
    path: 'roleplay/script/:locale/:id',
    name: 'roleplay-script',
    component: () => import('../../views/roleplay/ScriptEditorPage.vue'),
    meta: { title: 'roleplay.script.title', hidden: true, roles: ['trainer', 'admin'] }
  },
  {
    path: 'roleplay/history',
    name: 'roleplay-history',
    component: () => import('../../views/roleplay/HistoryPage.vue'),
    meta: { title: 'roleplay.history.title', hidden: true }
  }
]
