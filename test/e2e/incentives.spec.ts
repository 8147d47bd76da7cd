import type { Page } from '@playwright/test'
import type { ComplaintRecord, StaffKpi } from '../../src/core/appraisal/types'
import { test, expect as baseExpect, shot, choose, signIn as fixtureSignIn, ADMIN, type AppServer } from './fixtures'

// The shared test machine is often heavily loaded (password hashing alone can take seconds): give
// every step more room than the default rather than fail on a slow moment.
const expect = baseExpect.configure({ timeout: 30_000 })
test.setTimeout(240_000)

/** As fixtures.signIn, with this file's longer waits. */
const signIn = (page: Page, app: AppServer, user = ADMIN) => fixtureSignIn(page, app, user, { timeout: 30_000 })

const PASSWORD = 'password-123'
const MANAGER = { username: 'manager1', displayName: '王主管', password: PASSWORD }
const TRAINER = { username: 'trainer1', displayName: '赵培训', password: PASSWORD }
const TRAINEE = { username: 'lilei', displayName: '李雷', password: PASSWORD }

/** The admin (if this worker's data folder is new) and the three accounts; already existing ones are kept. */
async function accounts(app: AppServer): Promise<void> {
  await app.api('auth.setup', ADMIN)
  const admin = (await app.api<{ session: string }>('auth.login', { username: ADMIN.username, password: ADMIN.password })).data?.session
  await app.api('accounts.create', { ...MANAGER, roles: ['manager'] }, admin)
  await app.api('accounts.create', { ...TRAINER, roles: ['trainer'] }, admin)
  await app.api('accounts.create', { ...TRAINEE, roles: ['trainee'], staffId: 'S001' }, admin)
}

async function switchTo(page: Page, app: AppServer, user: typeof MANAGER): Promise<void> {
  await page.getByTestId('sign-out').click()
  await expect(page.getByTestId('login-form')).toBeVisible()
  await signIn(page, app, user)
}

/**
 * The lists need a known table (one A, one D) and some of the D's records, whatever other spec files
 * imported into this worker's shared backend: stub the two appraisal reads for the test, and put them
 * back after it so the specs that run later see the real ones.
 */
let restore: (() => void) | null = null
test.afterEach(() => {
  restore?.()
  restore = null
})
function stubPeriodTable(app: AppServer): void {
  const kpi = (staffId: string, staffName: string, composite: number, rank: number, grade: StaffKpi['grade']): StaffKpi => ({
    staffId, staffName, team: '城南店', tickets: 42, timelinessRate: 0.8, resolutionRate: 0.8, satisfactionAvg: 3.8, csat: 0.7,
    avgResponseHours: 3, avgCycleHours: 30, trainingScore: null, composite, grade, rank
  })
  const rec = (ticketId: string, category: ComplaintRecord['category'], status: ComplaintRecord['status']): ComplaintRecord => ({
    ticketId, staffId: 'S001', staffName: '李雷', channel: 'in-store', category, priority: 'urgent', receivedAt: '2026-11-05T02:00:00Z',
    firstResponseAt: '2026-11-05T06:00:00Z', resolvedAt: null, status, satisfaction: null, rootCause: null
  })
  const appraisal = app.backend.services.appraisal
  const { periodTable, records } = appraisal
  restore = () => Object.assign(appraisal, { periodTable, records })
  appraisal.periodTable = async () => [kpi('S007', '韩梅梅', 93.5, 1, 'A'), kpi('S003', '林涛', 84.2, 2, 'B'), kpi('S001', '李雷', 62.4, 3, 'D')]
  appraisal.records = async (r) => (r.staffId === 'S001' ? [rec('T-1', 'safety', 'unresolved'), rec('T-2', 'after-sales', 'unresolved'), rec('T-3', 'pricing', 'resolved')] : [])
}

async function openFirstAppraisal(page: Page): Promise<void> {
  await page.getByTestId('nav-special').click()
  await page.getByTestId('special-link').first().click()
  await expect(page.getByTestId('special-detail')).toBeVisible()
}

test('a manager records a special appraisal, the trainee disputes it and the manager resolves it', async ({ page, app }) => {
  await accounts(app)
  await signIn(page, app, MANAGER)

  await page.getByTestId('nav-special').click()
  await expect(page.getByTestId('page-title')).toHaveText('专项考核')
  await page.getByTestId('special-new').click()
  // The staff list is long and virtual once the sample roster is in: type to filter.
  await page.getByTestId('special-staff').click()
  await page.keyboard.type('李雷')
  await page.locator('.n-base-select-option', { hasText: 'S001 · 李雷' }).first().click()
  await expect(page.getByTestId('special-staff-name').locator('input')).toHaveValue('李雷')
  await page.getByTestId('special-tickets').locator('input').fill('T-20261005-001, T-20261005-002')
  await page.getByTestId('special-title').locator('input').fill('过期牛奶投诉未及时升级')
  await page.getByTestId('special-description').locator('textarea').fill('顾客在门店购买的牛奶已过期，员工未通知店长，也未回访。')
  for (const s of ['acknowledge', 'listen', 'empathize']) await page.getByTestId(`judge-${s}-met`).click()
  for (const s of ['escalate', 'follow-up']) await page.getByTestId(`judge-${s}-not-met`).click()
  await page.getByTestId('judge-escalate-comment').locator('input').fill('未通知店长')
  await expect(page.getByTestId('score-overall')).toHaveText('60')
  await shot(page, 'incentives-special-form-zh')
  await page.getByTestId('special-save').click()
  await expect(page.getByTestId('special-detail')).toBeVisible()
  await expect(page.getByTestId('score-overall')).toHaveText('60')

  await switchTo(page, app, TRAINEE)
  await openFirstAppraisal(page)
  await page.getByTestId('dispute-open').click()
  await page.getByTestId('dispute-comment').locator('textarea').fill('我当时已电话通知店长，有通话记录可查。')
  await choose(page, 'claim-escalate', '应为达标')
  await page.getByTestId('dispute-send').click()
  await expect(page.getByTestId('dispute-status')).toHaveText('待处理')
  await expect(page.getByTestId('dispute-open')).toHaveCount(0)
  await shot(page, 'incentives-dispute-trainee-zh')

  await switchTo(page, app, MANAGER)
  await openFirstAppraisal(page)
  await page.getByTestId('resolve-open').click()
  await expect(page.getByTestId('resolve-dialog')).toBeVisible()
  await page.getByTestId('resolve-reply').locator('textarea').fill('已核实通话记录，予以更正。')
  await shot(page, 'incentives-resolve-dialog-zh')
  await page.getByTestId('resolve-send').click()
  await expect(page.getByTestId('dispute-status')).toHaveText('已采纳')
  // escalate now met: 4 met of 5 judged (weights 1) → 80
  await expect(page.getByTestId('special-detail').page().getByTestId('dispute-after')).toHaveText('80')
  await shot(page, 'incentives-special-resolved-zh')
})

test('a trainer assigns a case and the trainee reads it from the home page', async ({ page, app }) => {
  await accounts(app)
  await signIn(page, app, TRAINER)
  await page.getByTestId('nav-incentives').click()
  await expect(page.getByTestId('incentives-empty')).toBeVisible()
  await page.locator('.n-tabs-tab', { hasText: '培训分派' }).click()
  await page.getByTestId('assign-new').click()
  await choose(page, 'assign-trainee', '李雷')
  // The case list is long and virtual: type to filter, as a trainer would.
  await page.getByTestId('assign-case').click()
  await page.keyboard.type('牛奶')
  await page.locator('.n-base-select-option', { hasText: '牛奶' }).first().click()
  await page.getByTestId('assign-note').locator('input').fill('重点看升级与回访')
  await shot(page, 'incentives-assign-dialog-zh')
  await page.getByTestId('assign-send').click()
  await expect(page.getByTestId('assignments-table').locator('tbody tr')).toHaveCount(1)
  await expect(page.getByTestId('assignments-table')).toContainText('进行中')
  await shot(page, 'incentives-assignments-zh')

  stubPeriodTable(app)
  await page.locator('.n-tabs-tab', { hasText: '激励名单' }).click()
  await page.getByTestId('incentives-load').click()
  await expect(page.getByTestId('recognition')).toContainText('韩梅梅')
  await expect(page.getByTestId('improve-S001')).toContainText('李雷')
  await shot(page, 'incentives-lists-zh')

  await switchTo(page, app, TRAINEE)
  const widget = page.getByTestId('my-training')
  await expect(widget.getByTestId('my-training-item')).toHaveCount(1)
  await expect(widget).toContainText('牛奶')
  await shot(page, 'incentives-home-widget-zh')
  await widget.getByTestId('my-training-read').click()
  await expect(page.getByTestId('case-reader').getByTestId('markdown')).toBeVisible()
  await shot(page, 'incentives-case-reader-zh')
  await page.getByTestId('case-reader-done').click()
  await expect(widget.getByTestId('my-training-status')).toContainText('已完成')
})

test('the same pages in English', async ({ page, app }) => {
  await signIn(page, app, TRAINEE)
  await choose(page, 'locale-switch', 'English')
  await expect(page.getByTestId('my-training')).toContainText('My assigned training')
  await shot(page, 'incentives-home-widget-en')
  await openFirstAppraisal(page)
  await expect(page.getByTestId('dispute-status')).toHaveText('Accepted')
  await shot(page, 'incentives-special-resolved-en')
  await switchTo(page, app, MANAGER)
  await page.getByTestId('nav-special').click()
  await page.getByTestId('special-new').click()
  await shot(page, 'incentives-special-form-en')
  stubPeriodTable(app)
  await page.getByTestId('nav-incentives').click()
  await expect(page.getByTestId('improve-S001')).toContainText('Suggested training')
  await shot(page, 'incentives-lists-en')
  await page.getByTestId('improve-S001').getByTestId('improve-assign').click()
  await expect(page.getByTestId('assign-dialog')).toContainText('李雷')
  await shot(page, 'incentives-assign-suggested-en')
  await page.getByTestId('assign-send').click()
  await expect(page.getByText(/training item\(s\) assigned|already assigned/)).toBeVisible()
  await page.locator('.n-tabs-tab', { hasText: 'Assignments' }).click()
  await shot(page, 'incentives-assignments-en')
  await choose(page, 'locale-switch', '简体中文')
})
