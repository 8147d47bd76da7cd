import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect, signIn, shot, choose, ADMIN, type AppServer } from './fixtures'

const root = resolve(import.meta.dirname, '..', '..')
const MILK = readFileSync(join(root, 'test/unit/roleplay/scripts/safety-expired-milk.yaml'), 'utf8')
const TRAINEE = { username: 'xiaoli', displayName: '李小丽', password: 'trainee-pass-1' }
const GOOD_TEXT = '请您留一下联系电话和购物小票，我马上请店长过来，先给您办理退款，两小时内给您回电确认孩子情况。'

/** The administrator (a trainer too) publishes the test script and creates a trainee, through the API. */
async function prepare(app: AppServer): Promise<void> {
  const login = await app.api<{ session: string }>('auth.login', { username: ADMIN.username, password: ADMIN.password })
  const session = login.data?.session
  const saved = await app.api<{ saved: boolean }>('roleplay.scripts.save', { id: 'safety-expired-milk', locale: 'zh-CN', text: MILK }, session)
  expect(saved.data?.saved).toBe(true)
  await app.api('accounts.create', { ...TRAINEE, roles: ['trainee'], staffId: 'S100' }, session)
}

async function startFromList(page: Page, mode: 'practice' | 'assessment'): Promise<void> {
  await page.getByTestId('nav-roleplay').click()
  await page.getByTestId(`start-${mode}-zh-CN-safety-expired-milk`).click()
  await expect(page.getByTestId('roleplay-play')).toBeVisible()
}

async function fillTicket(page: Page): Promise<void> {
  await expect(page.getByTestId('ticket-form')).toBeVisible()
  await choose(page, 'ticket-category', '食品/人身安全')
  await choose(page, 'ticket-priority', '紧急')
  await choose(page, 'ticket-channel', '门店/服务台')
  await page.getByTestId('ticket-hours').locator('input').fill('2')
  await page.getByTestId('ticket-hours').locator('input').press('Tab')
  await choose(page, 'ticket-remedy', '退款')
  await page.getByTestId('ticket-contact').click()
  await page.getByTestId('ticket-escalate').click()
  await page.getByTestId('ticket-submit').click()
}

test.describe.configure({ mode: 'serial' })
// Whole conversations on a shared 2-core machine: give each test more than the default minute.
test.setTimeout(480_000)

test('setup: the trainer script and a trainee', async ({ page, app }) => {
  await signIn(page, app)
  await prepare(app)
})

// One sign-in for the whole trainee journey: sign-in hashes a password, slow on a busy machine.
test('a trainee plays to a pass and to an auto-fail, rewinds in practice, and finds it all in the history', async ({ page, app }) => {
  await signIn(page, app, TRAINEE)
  await test.step('passes an assessment with number keys, Ctrl+Enter and the ticket form', () => passing(page))
  await test.step('fails an assessment outright on a critical standard', () => autoFail(page))
  await test.step('practice: hints, feedback, rewind', () => practice(page))
  await test.step('history, and the screens in English', () => history(page))
})

async function passing(page: Page): Promise<void> {
  await startFromList(page, 'assessment')
  await expect(page.getByTestId('turn-hint')).toHaveCount(0)
  await expect(page.getByTestId('mood-meter')).toHaveAttribute('data-mood', '25')
  await expect(page.getByTestId('customer-avatar')).toBeVisible()
  await expect(page.getByTestId('turn-timer')).toBeVisible()
  await shot(page, 'roleplay-play-start-zh')
  await page.keyboard.press('1')
  await expect(page.getByTestId('mood-meter')).toHaveAttribute('data-mood', '40')

  // An input method's composition must not send: Ctrl+Enter while composing does nothing.
  const box = page.getByTestId('reply-text').locator('textarea')
  await box.fill(GOOD_TEXT)
  await box.dispatchEvent('compositionstart')
  await box.press('Control+Enter')
  await expect(box).toHaveValue(GOOD_TEXT)
  await box.dispatchEvent('compositionend')
  await shot(page, 'roleplay-play-text-zh')
  await box.press('Control+Enter')

  await fillTicket(page)
  await expect(page.getByTestId('session-ending')).toBeVisible()
  await page.getByTestId('open-debrief').click()
  await expect(page.getByTestId('debrief-verdict')).toHaveText('通过')
  const overall = Number(await page.getByTestId('debrief-overall').getAttribute('data-overall'))
  expect(overall).toBeGreaterThanOrEqual(80)
  const bars = page.getByTestId('standard-bars')
  await expect(bars.locator('[data-standard=apologize]')).toHaveAttribute('data-score', '100')
  await expect(bars.locator('[data-standard=classify]')).toHaveAttribute('data-score', '100')
  await expect(page.getByTestId('debrief-lessons').locator('li').first()).toBeVisible()
  await shot(page, 'roleplay-debrief-pass-zh')
  const ticketTurn = page.getByTestId('debrief-turn-2')
  await ticketTurn.scrollIntoViewIfNeeded()
  await expect(ticketTurn.getByTestId('ticket-summary')).toContainText('紧急')
  await shot(page, 'roleplay-debrief-transcript-zh')
}

async function autoFail(page: Page): Promise<void> {
  await startFromList(page, 'assessment')
  await page.getByTestId('choice-2').click()
  await expect(page.getByTestId('transcript')).toContainText('叫你们店长出来')
  await page.getByTestId('choice-2').click()
  await expect(page.getByTestId('session-ending')).toBeVisible()
  await page.getByTestId('open-debrief').click()
  await expect(page.getByTestId('debrief-verdict')).toHaveText('未通过')
  await expect(page.getByTestId('debrief-overall')).toHaveAttribute('data-overall', '0')
  await expect(page.getByTestId('debrief-autofail')).toContainText('不推诿不争执')
  await expect(page.getByTestId('standard-bars').locator('[data-standard=no-blame]')).toHaveAttribute('data-score', '0')
  await expect(page.getByTestId('debrief-recommended').first()).toBeVisible()
  await shot(page, 'roleplay-debrief-fail-zh')
  await page.getByTestId('chart-radar').click()
  await expect(page.getByTestId('standard-radar').locator('svg')).toBeVisible()
  await shot(page, 'roleplay-debrief-radar-zh')
}

async function practice(page: Page): Promise<void> {
  await startFromList(page, 'practice')
  await expect(page.getByTestId('turn-hint')).toContainText('先道歉')
  await page.keyboard.press('2')
  await expect(page.getByTestId('last-feedback')).toContainText('不推诿不争执')
  await shot(page, 'roleplay-practice-feedback-zh')
  await page.getByTestId('rewind-0').click()
  await expect(page.getByTestId('mood-meter')).toHaveAttribute('data-mood', '25')
  await expect(page.getByTestId('transcript').locator('.line')).toHaveCount(1)
  await page.keyboard.press('1')
  await expect(page.getByTestId('last-feedback')).toContainText('诚恳致歉')
  await page.getByTestId('reply-text').locator('textarea').fill(GOOD_TEXT)
  await page.getByTestId('reply-send').click()
  await fillTicket(page)
  await expect(page.getByTestId('session-ending')).toBeVisible()
  await page.getByTestId('open-debrief').click()
  await expect(page.getByTestId('debrief-verdict')).toHaveText('通过')
}

async function history(page: Page): Promise<void> {
  await page.getByTestId('nav-roleplay').click()
  await shot(page, 'roleplay-list-zh')
  await page.getByTestId('roleplay-history').click()
  await expect(page.getByTestId('history-table').locator('tbody tr')).toHaveCount(3)
  await expect(page.getByTestId('history-score')).toHaveCount(3)
  await expect(page.getByTestId('score-trend').locator('circle')).toHaveCount(3)
  await shot(page, 'roleplay-history-zh')

  await choose(page, 'locale-switch', 'English')
  await expect(page.getByText('Progress')).toBeVisible()
  await shot(page, 'roleplay-history-en')
  await page.getByTestId('history-table').getByRole('button', { name: 'Open' }).first().click()
  await expect(page.getByTestId('debrief-verdict')).toHaveText(/Passed|Not passed/)
  await shot(page, 'roleplay-debrief-en')
  await page.getByTestId('nav-roleplay').click()
  await shot(page, 'roleplay-list-en')
  await page.getByTestId('start-practice-zh-CN-safety-expired-milk').click()
  await page.keyboard.press('1')
  await expect(page.getByTestId('last-feedback')).toBeVisible()
  await shot(page, 'roleplay-play-en')
  await choose(page, 'locale-switch', '简体中文')
}

test('a trainer sees every trainee’s sessions and replays one', async ({ page, app }) => {
  await signIn(page, app)
  await page.goto(`${app.server.url}/#/roleplay/history`)
  await expect(page.getByTestId('history-table').locator('tbody tr')).toHaveCount(3)
  await expect(page.getByTestId('history-table')).toContainText('李小丽')
  await page.getByTestId('history-table').getByRole('button').first().click()
  await expect(page.getByTestId('debrief')).toBeVisible()
  await shot(page, 'roleplay-trainer-replay-zh')

  // The trainer edits the script: a broken reference is caught with its line, a valid text is saved.
  await page.goto(`${app.server.url}/#/roleplay/scenario/zh-CN/safety-expired-milk`)
  await page.getByTestId('edit-script').click()
  const text = page.getByTestId('script-text').locator('textarea')
  await expect(text).toHaveValue(MILK)
  await text.fill(MILK.replace('next: details\n', 'next: detials\n'))
  await expect(page.getByTestId('script-errors')).toContainText('scenarios/zh-CN/safety-expired-milk.yaml:')
  await expect(page.getByTestId('script-save')).toBeDisabled()
  await shot(page, 'roleplay-script-editor-zh')
  await text.fill(MILK.replace('title: 过期牛奶：孩子已经喝了一口', 'title: 过期牛奶（修订）'))
  await expect(page.getByTestId('script-errors')).toHaveCount(0)
  await page.getByTestId('script-save').click()
  await expect(page.getByText('脚本已保存')).toBeVisible()
})
