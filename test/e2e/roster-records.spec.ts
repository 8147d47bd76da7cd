import type { Locator, Page } from '@playwright/test'
import { test, expect, signIn, shot, choose, ADMIN } from './fixtures'

// The e2e server is shared by every spec file of the worker: everything here uses its own staff ids
// (CS95x, CS96x), ticket ids (TKRR-…) and a month no other spec touches (June 2026).
const STAFF = { id: 'CS951', name: '罗晓燕', team: '静安寺店', hireDate: '2025-04-07' }
const JUNE = "location.hash = '#/appraisal?from=2026-06-01&to=2026-06-30'"
const TICKET = 'TKRR-0601'

const rosterRow = (page: Page, staffId: string): Locator => page.getByTestId('roster-table').locator('tr', { has: page.locator('td[data-col-key="staffId"]', { hasText: staffId }) })
const rankingRow = (page: Page, staffId: string): Locator => page.getByTestId('ranking-table').locator('tr', { has: page.getByTestId(`staff-link-${staffId}`) })

async function fillRecord(page: Page, v: Record<string, string>): Promise<void> {
  for (const [f, value] of Object.entries(v)) await page.getByTestId(`record-${f}`).locator('input').fill(value)
}

test('a manager keeps the roster and enters, refuses and corrects one complaint record', async ({ page, app }) => {
  // About a minute alone; two or more on a 2-core machine that other test runs share.
  test.setTimeout(240_000)
  await signIn(page, app)
  const session = (await app.api<{ session: string }>('auth.login', { username: ADMIN.username, password: ADMIN.password })).data?.session

  // --- Roster ---
  await page.getByTestId('nav-appraisal').click()
  await page.getByRole('link', { name: '名册' }).click()
  const table = page.getByTestId('roster-table')
  await expect(table).toBeVisible()
  const before = (await app.api<unknown[]>('appraisal.roster.list', {}, session)).data ?? []
  if (before.length === 0) await expect(table.locator('.n-data-table-empty')).toBeVisible()
  else await expect(table.locator('td[data-col-key="staffId"]')).toHaveCount(before.length)
  await expect(rosterRow(page, STAFF.id)).toHaveCount(0)
  await shot(page, 'roster-before-zh')

  // Add a staff member: the name is required, and the hire date picker takes only real dates.
  await page.getByTestId('roster-add').click()
  const dialog = page.getByTestId('roster-dialog')
  await expect(dialog).toContainText('添加员工')
  await dialog.getByTestId('roster-staffId').locator('input').fill(STAFF.id)
  await dialog.getByTestId('roster-team').locator('input').fill(STAFF.team)
  await dialog.getByTestId('roster-save').click()
  await expect(dialog.getByTestId('roster-name-item')).toContainText('请填写姓名')
  await expect(dialog.locator('.n-form-item-feedback')).toHaveCSS('opacity', '1') // faded in, for the screenshot
  await shot(page, 'roster-missing-name-zh')
  await expect(dialog).toBeVisible()
  await dialog.getByTestId('roster-name').locator('input').fill(STAFF.name)
  const hire = dialog.getByTestId('roster-hireDate').locator('input')
  await hire.fill('2025-02-30')
  await hire.press('Enter')
  await dialog.getByTestId('roster-name').locator('input').click()
  await expect(hire).toHaveValue('') // the picker does not take 30 February
  // ...and the API behind it refuses one too (naming the field), should another client send it.
  const badDay = await app.api('appraisal.roster.save', { staffId: 'CS959', name: '测试', team: '', hireDate: '2025-02-30', active: true }, session)
  expect(badDay.code).toBe('invalid-input')
  expect(badDay.message).toContain('hire_date')
  await hire.fill(STAFF.hireDate)
  await hire.press('Enter')
  await dialog.getByTestId('roster-name').locator('input').click()
  await dialog.getByTestId('roster-save').click()
  await expect(dialog).toHaveCount(0)
  const row = rosterRow(page, STAFF.id)
  await expect(row).toContainText(STAFF.name)
  await expect(row).toContainText(STAFF.team)
  await expect(row).toContainText(STAFF.hireDate)
  await expect(row).toContainText('在职')

  // Edit: another store, and the member has left.
  await page.getByTestId(`roster-edit-${STAFF.id}`).click()
  await expect(dialog).toContainText('编辑员工')
  await expect(dialog.getByTestId('roster-staffId').locator('input')).toBeDisabled()
  await expect(dialog.getByTestId('roster-hireDate').locator('input')).toHaveValue(STAFF.hireDate)
  await dialog.getByTestId('roster-team').locator('input').fill('陆家嘴店')
  await dialog.getByTestId('roster-active').click()
  await dialog.getByTestId('roster-save').click()
  await expect(dialog).toHaveCount(0)
  await expect(row).toContainText('陆家嘴店')
  await expect(row).toContainText('离职')
  // ...and back to active in the first store, for the records below.
  await page.getByTestId(`roster-edit-${STAFF.id}`).click()
  await dialog.getByTestId('roster-team').locator('input').fill(STAFF.team)
  await dialog.getByTestId('roster-active').click()
  await dialog.getByTestId('roster-save').click()
  await expect(dialog).toHaveCount(0)
  await expect(row).toContainText(STAFF.team)
  await expect(row).toContainText('在职')

  // Import: a file with a bad row is refused as a whole, with the line and reason.
  const bad = '\uFEFF工号,姓名,门店,入职日期,在职\nCS961,钱多多,静安寺店,2024-01-15,是\nCS962,,静安寺店,2024-13-01,是\n'
  await page.getByTestId('roster-file').setInputFiles({ name: 'roster-bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) })
  await expect(page.getByTestId('roster-problems')).toContainText('3')
  await shot(page, 'roster-import-problems-zh')
  await expect(rosterRow(page, 'CS961')).toHaveCount(0)
  const good = '\uFEFF工号,姓名,门店,入职日期,在职\nCS961,钱多多,静安寺店,2024-01-15,是\nCS962,孔令辉,静安寺店,2023-11-02,是\nCS963,郑秀文,静安寺店,2022-05-20,否\n'
  await page.getByTestId('roster-file').setInputFiles({ name: 'roster-good.csv', mimeType: 'text/csv', buffer: Buffer.from(good) })
  await expect(page.locator('.n-message', { hasText: '已导入 3 名员工' })).toBeVisible()
  await expect(page.getByTestId('roster-problems')).toHaveCount(0)
  await expect(rosterRow(page, 'CS963')).toContainText('离职')
  await expect(table.locator('td[data-col-key="staffId"]')).toHaveCount(before.length + 4)
  await shot(page, 'roster-zh')

  await choose(page, 'locale-switch', 'English')
  await expect(table).toContainText('Hire date')
  await expect(rosterRow(page, STAFF.id)).toContainText('Active')
  await shot(page, 'roster-en')
  await page.getByTestId('roster-add').click()
  await dialog.getByTestId('roster-save').click()
  await expect(dialog.getByTestId('roster-name-item')).toContainText('Name is required')
  await expect(dialog).toContainText('Staff ID is required')
  await expect(dialog.locator('.n-form-item-feedback').first()).toHaveCSS('opacity', '1')
  await shot(page, 'roster-form-en')
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await choose(page, 'locale-switch', '简体中文')

  // --- Record form ---
  await page.evaluate(JUNE)
  await expect(page.getByTestId('ranking-empty')).toBeVisible()
  await page.getByTestId('open-record').click()
  const form = page.getByTestId('record-dialog')
  await fillRecord(page, {
    ticket_id: TICKET,
    staff_id: 'CS959',
    staff_name: STAFF.name,
    received_at: '2026-06-10 09:30',
    first_response_at: '2026-06-10 09:40',
    resolved_at: '2026-06-09 18:00'
  })
  await choose(page, 'record-channel', '客服热线')
  await choose(page, 'record-category', '物流配送')
  await choose(page, 'record-priority', '一般')
  await choose(page, 'record-status', '已解决')
  await choose(page, 'record-satisfaction', '4')
  await page.getByTestId('record-save').click()
  const msg = page.locator('.n-message', { hasText: 'resolved_at' })
  await expect(msg).toContainText('解决时间（resolved_at）早于受理时间（received_at）')
  await expect(msg).toContainText('工号 CS959 不在员工名册中')
  await expect(page.getByTestId('record-item-resolved_at')).toContainText('解决时间（resolved_at）早于受理时间（received_at）')
  await expect(page.getByTestId('record-item-staff_id')).toContainText('工号 CS959 不在员工名册中')
  await expect(page.getByTestId('record-item-received_at').locator('.n-form-item-feedback-wrapper')).toHaveText('')
  await shot(page, 'record-refused-zh')
  expect((await app.api('appraisal.record.get', { ticketId: TICKET }, session)).code).toBe('not-found')

  await fillRecord(page, { staff_id: STAFF.id, resolved_at: '2026-06-10 15:00' })
  await page.getByTestId('record-save').click()
  await expect(page.locator('.n-message', { hasText: `工单 ${TICKET} 已保存` })).toBeVisible()
  await expect(form).toHaveCount(0)
  const ranked = rankingRow(page, STAFF.id)
  await expect(ranked.locator('td[data-col-key="tickets"]')).toHaveText('1')
  await expect(ranked.locator('td[data-col-key="satisfactionAvg"]')).toContainText('4')
  // Active staff without tickets are listed unranked; June has this one ticket only.
  await expect(ranked.locator('td[data-col-key="rank"]')).toHaveText('1')
  await expect(page.getByTestId('ranking-table').locator('td[data-col-key="rank"]', { hasText: /^\d+$/ })).toHaveCount(1)
  await expect(page.getByTestId('period-summary')).toContainText('1 张工单')
  const cycle = await ranked.locator('td[data-col-key="avgCycleHours"]').innerText()
  expect(cycle).toContain('5.5')
  await shot(page, 'record-ranked-zh')

  // Correct it: load by ticket id (update mode), the customer was in fact very satisfied.
  await page.getByTestId('open-record').click()
  await page.getByTestId('record-find').locator('input').fill(TICKET)
  await page.getByTestId('record-load').click()
  await expect(page.getByTestId('record-ticket_id').locator('input')).toBeDisabled()
  await expect(page.getByTestId('record-ticket_id').locator('input')).toHaveValue(TICKET)
  await expect(page.getByTestId('record-received_at').locator('input')).toHaveValue('2026-06-10 09:30:00')
  await shot(page, 'record-update-zh')
  await choose(page, 'record-satisfaction', '5')
  await fillRecord(page, { resolved_at: '2026-06-10 11:30' })
  await page.getByTestId('record-save').click()
  await expect(form).toHaveCount(0)
  await expect(ranked.locator('td[data-col-key="satisfactionAvg"]')).toContainText('5')
  await expect(ranked.locator('td[data-col-key="avgCycleHours"]')).toContainText('2.0')
  await expect(ranked.locator('td[data-col-key="tickets"]')).toHaveText('1')

  // A second record with the same ticket id is refused; nothing changes.
  await page.getByTestId('open-record').click()
  await fillRecord(page, { ticket_id: TICKET, staff_id: STAFF.id, staff_name: STAFF.name, received_at: '2026-06-11 10:00', resolved_at: '2026-06-11 11:00' })
  await choose(page, 'record-channel', '在线客服')
  await choose(page, 'record-category', '价格')
  await choose(page, 'record-priority', '紧急')
  await choose(page, 'record-status', '已解决')
  await page.getByTestId('record-save').click()
  await expect(page.locator('.n-message', { hasText: `工单号 ${TICKET} 已存在` })).toBeVisible()
  await expect(page.getByTestId('record-item-ticket_id')).toContainText(`工单号 ${TICKET} 已存在；要更正它，请先按工单号载入`)
  await shot(page, 'record-duplicate-zh')
  await page.keyboard.press('Escape')
  await expect(form).toHaveCount(0)
  await expect(ranked.locator('td[data-col-key="tickets"]')).toHaveText('1')
  await expect(ranked.locator('td[data-col-key="avgCycleHours"]')).toContainText('2.0')

  await choose(page, 'locale-switch', 'English')
  await expect(page.getByTestId('ranking-table')).toContainText('Timeliness')
  await shot(page, 'record-ranked-en')
  await page.getByTestId('open-record').click()
  await page.getByTestId('record-find').locator('input').fill(TICKET)
  await page.getByTestId('record-find').locator('input').press('Enter')
  await expect(page.getByTestId('record-ticket_id').locator('input')).toHaveValue(TICKET)
  await expect(form).toContainText('Enter / correct a record')
  await shot(page, 'record-update-en')
  await page.keyboard.press('Escape')
  await expect(form).toHaveCount(0)
  await choose(page, 'locale-switch', '简体中文')
})
