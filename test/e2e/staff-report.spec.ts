import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect as baseExpect, signIn, shot, choose, type AppServer } from './fixtures'
import { adminSession, person } from './people'

// One staff member's page as a manager uses it: KPIs, role-play results per standard (radar), the
// special appraisals on their record, and the staff report as CSV and XLSX.
const expect = baseExpect.configure({ timeout: 30_000 })
test.setTimeout(240_000)

const ROOT = resolve(import.meta.dirname, '..', '..')
const MILK = readFileSync(join(ROOT, 'test/unit/roleplay/scripts/safety-expired-milk.yaml'), 'utf8')
const GOOD_TEXT = '请您留一下联系电话和购物小票，我马上请店长过来，先给您办理退款，两小时内给您回电确认孩子情况。'
const GOOD_TICKET = { category: 'safety', priority: 'urgent', channel: 'in-store', contactCaptured: true, promisedHours: 2, remedy: 'refund', escalate: true }
const STAFF = 'CS912'

/** Plays the test script's passing path through the API, as the trainee's own client would. */
async function play(app: AppServer, session: string, mode: 'practice' | 'assessment', firstOption: number): Promise<void> {
  const start = await app.api<{ id: string }>('roleplay.session.start', { id: 'safety-expired-milk', locale: 'zh-CN', mode }, session)
  if (!start.ok || !start.data) throw new Error(`start: ${start.message}`)
  for (const reply of [{ type: 'choice', option: firstOption }, { type: 'text', text: GOOD_TEXT }, { type: 'ticket', form: GOOD_TICKET }]) {
    const r = await app.api('roleplay.session.reply', { sessionId: start.data.id, reply }, session)
    if (!r.ok) throw new Error(`reply: ${r.message}`)
  }
}

function thisMonth(): { from: string; to: string; day: string } {
  // The page works in Asia/Shanghai; sessions finish "now", so the period is the current month there.
  const now = new Date(Date.now() + 8 * 3_600_000)
  const ym = now.toISOString().slice(0, 7)
  const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0)).getUTCDate()
  return { from: `${ym}-01`, to: `${ym}-${String(last).padStart(2, '0')}`, day: `${ym}-01` }
}

async function download(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const wait = page.waitForEvent('download')
  await page.getByTestId(testId).click()
  const d = await wait
  return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') }
}

test('a manager reads a staff member’s role-play results, records a special appraisal from their page and exports their report', async ({ page, app }) => {
  await signIn(page, app, undefined, { timeout: 30_000 })
  const admin = await adminSession(app)
  const trainer = await person(app, admin, 'coach912', '钱教练', ['trainer'])
  const trainee = await person(app, admin, 'zhou912', '周晓', ['trainee'], STAFF)
  await app.api('appraisal.roster.save', { staffId: STAFF, name: '周晓', team: '城北店', hireDate: '2025-04-01', active: true }, admin)
  const { from, to, day } = thisMonth()
  const record = (n: number, resolved: boolean) => ({
    ticket_id: `TK912-${n}`, staff_id: STAFF, staff_name: '周晓', channel: 'phone', category: 'delivery', priority: 'normal',
    received_at: `${day} 0${n}:00`, first_response_at: `${day} 0${n}:30`, resolved_at: resolved ? `${day} 0${n + 1}:00` : '',
    status: resolved ? 'resolved' : 'unresolved', satisfaction: resolved ? '5' : ''
  })
  for (const [n, ok] of [[1, true], [2, true], [3, false]] as const) {
    const r = await app.api('appraisal.record.save', { values: record(n, ok), mode: 'create' }, admin)
    expect(r.ok, r.message).toBe(true)
  }
  const saved = await app.api('roleplay.scripts.save', { id: 'safety-expired-milk', locale: 'zh-CN', text: MILK }, trainer.session)
  expect(saved.ok, saved.message).toBe(true)
  await play(app, trainee.session, 'assessment', 0)
  await play(app, trainee.session, 'practice', 0)

  await page.evaluate(`location.hash = '#/appraisal/staff/${STAFF}?from=${from}&to=${to}'`)
  await expect(page.getByTestId('staff-name')).toContainText('周晓')
  const rp = page.getByTestId('staff-roleplay')
  await expect(rp.getByTestId('standards-radar').locator('canvas')).toBeVisible()
  await expect(rp.getByTestId('staff-sessions').locator('tbody tr')).toHaveCount(2)
  await expect(rp.getByTestId('staff-sessions')).toContainText('考核')
  await expect(rp.getByTestId('staff-sessions')).toContainText('练习')
  await expect(rp.getByTestId('standards-table')).toContainText('诚恳致歉')
  await expect(page.getByTestId('problem-tickets')).toContainText('TK912-3')
  await rp.scrollIntoViewIfNeeded()
  await shot(page, 'staff-roleplay-zh')

  // The report, as a file: the page's sections, in the page's language.
  const csv = await download(page, 'staff-export-csv')
  expect(csv.name).toBe(`staff-${STAFF}-${from}_${to}.csv`)
  const lines = csv.text.split('\r\n')
  expect(lines[0]).toBe('\uFEFF概览')
  expect(lines).toContain(`工号,${STAFF}`)
  expect(lines).toContain('工单数,3')
  expect(lines).toContain('演练结果（按服务标准）')
  expect(lines.some((l) => l.startsWith('TK912-3,'))).toBe(true)
  const xlsx = await download(page, 'staff-export-xlsx')
  expect(xlsx.name).toBe(`staff-${STAFF}-${from}_${to}.xlsx`)

  // A special appraisal started from the page has the person chosen already, and shows on their record.
  await expect(page.getByTestId('staff-specials')).toContainText('暂无专项考核记录')
  await page.getByTestId('staff-specials').getByRole('button', { name: '新建专项考核' }).click()
  await expect(page.getByTestId('special-staff-name').locator('input')).toHaveValue('周晓')
  await page.getByTestId('special-tickets').locator('input').fill('TK912-3')
  await page.getByTestId('special-title').locator('input').fill('配送投诉未闭环')
  await page.getByTestId('judge-acknowledge-met').click()
  await page.getByTestId('judge-follow-up-not-met').click()
  await page.getByTestId('special-save').click()
  await expect(page.getByTestId('special-detail')).toBeVisible()
  await page.goBack()
  await page.goBack()
  await expect(page.getByTestId('staff-specials')).toContainText('配送投诉未闭环')
  await shot(page, 'staff-page-zh')

  // The printed page: no menu or buttons, and the whole page flows onto paper (no scroll box cuts it).
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByTestId('nav-appraisal')).toBeHidden()
  await expect(page.getByTestId('staff-export-csv')).toBeHidden()
  await expect(rp.getByTestId('standards-radar')).toBeVisible()
  await shot(page, 'staff-print-zh')
  await page.emulateMedia({ media: 'screen' })

  await choose(page, 'locale-switch', 'English')
  await expect(rp).toContainText('Role-play results by service standard')
  await expect(rp.getByTestId('staff-sessions')).toContainText('Assessment')
  await shot(page, 'staff-page-en')
  const en = await download(page, 'staff-export-csv')
  expect(en.text).toContain('Role-play by service standard')
  await choose(page, 'locale-switch', '简体中文')
})

test('a trainee sees their own staff page, with an empty role-play card that says why', async ({ page, app }) => {
  await signIn(page, app, undefined, { timeout: 30_000 })
  const admin = await adminSession(app)
  const me = await person(app, admin, 'wu913', '吴敏', ['trainee'], 'CS913')
  await app.api('appraisal.roster.save', { staffId: 'CS913', name: '吴敏', team: '城北店', hireDate: null, active: true }, admin)
  await page.getByTestId('sign-out').click()
  await signIn(page, app, me, { timeout: 30_000 })
  const { from, to } = thisMonth()
  await page.evaluate(`location.hash = '#/appraisal/staff/CS913?from=${from}&to=${to}'`)
  await expect(page.getByTestId('staff-name')).toContainText('吴敏')
  await expect(page.getByTestId('roleplay-empty')).toContainText('本期没有完成的情景演练')
  // Someone else's page is refused by the backend, not only hidden.
  await page.evaluate(`location.hash = '#/appraisal/staff/CS912?from=${from}&to=${to}'`)
  await expect(page.locator('.n-message')).toContainText('没有权限')
  await expect(page.getByTestId('staff-roleplay')).toHaveCount(0)
})
