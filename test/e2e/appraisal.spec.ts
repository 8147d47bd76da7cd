import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { test, expect, signIn, shot, choose, ADMIN } from './fixtures'

const SAMPLE = resolve(import.meta.dirname, '..', '..', 'resources', 'sample')

test('a manager imports records, reads the bad-row report, ranks the period, opens a staff page and exports', async ({ page, app }) => {
  // A long journey (two imports, two languages): on a busy 2-core machine it needs more than the default minute.
  test.setTimeout(240_000)
  await signIn(page, app)
  const session = (await app.api<{ session: string }>('auth.login', { username: ADMIN.username, password: ADMIN.password })).data?.session
  const roster = await app.api<{ saved: number }>('appraisal.roster.import', { text: readFileSync(join(SAMPLE, 'roster.csv'), 'utf8') }, session)
  expect(roster.data?.saved).toBe(12)

  // September (through the API) so the ranking has a previous period to show trends against.
  const sep = await app.api<{ jobId: string }>('appraisal.import.start', { fileName: 'records-2026-09.csv', base64: readFileSync(join(SAMPLE, 'records-2026-09.csv')).toString('base64') }, session)
  await expect.poll(async () => (await app.api<{ state: string }>('appraisal.import.progress', { jobId: sep.data?.jobId }, session)).data?.state).toBe('ready')
  await app.api('appraisal.import.commit', { jobId: sep.data?.jobId }, session)
  await expect.poll(async () => (await app.api<{ state: string }>('appraisal.import.progress', { jobId: sep.data?.jobId }, session)).data?.state).toBe('done')

  await page.getByTestId('nav-appraisal').click()
  // The dashboard opens on the newest month with data (September); October is picked below.
  await expect(page.getByTestId('ranking-table').locator('td[data-col-key="rank"]')).toHaveCount(12)
  // A month without records says so (the e2e server is shared by the spec files, so another spec
  // may already have imported October).
  await page.evaluate("location.hash = '#/appraisal?from=2026-08-01&to=2026-08-31'")
  await expect(page.getByTestId('ranking-empty')).toBeVisible()
  await page.evaluate("location.hash = '#/appraisal?from=2026-10-01&to=2026-10-31'")

  // The sample month: every row good.
  await page.getByTestId('open-import').click()
  await page.getByTestId('import-file').setInputFiles(join(SAMPLE, 'records-2026-10.csv'))
  await expect(page.getByTestId('import-summary')).toContainText('0 行有问题')
  await page.getByTestId('import-good').click()
  await expect(page.getByTestId('import-dialog')).toHaveCount(0)
  await expect(page.getByTestId('ranking-table').locator('td[data-col-key="rank"]')).toHaveCount(12)

  // The file with bad rows: each one reported with its line and reason; the good rows are imported.
  await page.getByTestId('open-import').click()
  await page.getByTestId('import-file').setInputFiles(join(SAMPLE, 'records-bad-rows.csv'))
  const bad = page.getByTestId('bad-rows')
  await expect(bad.locator('td[data-col-key="line"]')).toHaveCount(5) // first page of 7
  await expect(page.getByTestId('import-summary')).toContainText('7 行有问题')
  // In the user's language: the backend's reasons are said in Chinese here.
  await expect(bad).toContainText('无法识别的优先级（priority）“asap”')
  await expect(bad).toContainText('满意度 7 不是 1–5 的整数')
  await expect(bad).toContainText('工单号 TKB0001 重复（首次出现在第 2 行）')
  await bad.locator('.n-pagination-item', { hasText: '2' }).click()
  await expect(bad).toContainText('工号 CS099 不在员工名册中')
  await bad.locator('.n-pagination-item', { hasText: '1' }).click()
  await expect(page.getByTestId('import-summary')).toContainText('4 行可导入，7 行有问题')
  await shot(page, 'appraisal-import-bad-rows-zh')
  await page.getByTestId('import-good').click()
  await expect(page.getByTestId('import-dialog')).toHaveCount(0)

  await expect(page.getByTestId('period-summary')).toContainText('2026-09-01')
  await expect(page.getByTestId('ranking-table').locator('td[data-col-key="rank"]').first()).toContainText('1')
  await shot(page, 'appraisal-ranking-zh')

  // Export the period table as CSV.
  const download = page.waitForEvent('download')
  await page.getByTestId('export-csv').click()
  const file = await (await download).path()
  const csv = readFileSync(file, 'utf8')
  expect(csv.split('\r\n')[0]).toBe('\uFEFF工号,姓名,门店/班组,工单数,及时率,解决率,满意度,CSAT,平均响应(小时),平均处理周期(小时),培训得分,综合得分,等级,排名')
  expect(csv.split('\r\n').filter((l) => l.startsWith('CS0'))).toHaveLength(12)

  // One staff member's page: KPI trends (chart loaded on demand), distributions, late or unresolved tickets.
  await page.getByTestId('staff-link-CS004').click()
  await expect(page.getByTestId('staff-name')).toContainText('刘洋')
  await expect(page.getByTestId('trend-chart').locator('canvas')).toBeVisible()
  await expect(page.getByTestId('problem-tickets')).toBeVisible()
  await expect(page.getByTestId('staff-grade')).toContainText('D')
  await shot(page, 'appraisal-staff-zh')
  await page.getByTestId('problem-tickets').scrollIntoViewIfNeeded()
  await shot(page, 'appraisal-staff-problems-zh')

  await choose(page, 'locale-switch', 'English')
  await expect(page.getByTestId('staff-page')).toContainText('Late or unresolved tickets')
  await shot(page, 'appraisal-staff-en')
  await page.goBack()
  await expect(page.getByTestId('ranking-table')).toContainText('Timeliness')
  await shot(page, 'appraisal-ranking-en')
  await page.getByTestId('open-import').click()
  await page.getByTestId('import-file').setInputFiles(join(SAMPLE, 'records-bad-rows.csv'))
  await expect(page.getByTestId('import-summary')).toContainText('11 rows: 4 can be imported, 7 have problems')
  await expect(page.getByTestId('bad-rows')).toContainText('satisfaction 7 is not an integer 1–5')
  await shot(page, 'appraisal-import-bad-rows-en')
  await page.getByTestId('import-nothing').click()
  await choose(page, 'locale-switch', '简体中文')
})
