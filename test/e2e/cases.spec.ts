import { join } from 'node:path'
import { test, expect, signIn, shot, choose } from './fixtures'
import { adminSession, person } from './people'

const FILES = join(import.meta.dirname, 'files')

test('search finds cases in Chinese and in English, with filters and highlights', async ({ page, app }) => {
  await signIn(page, app)
  await page.getByTestId('nav-cases').click()
  await page.getByTestId('case-search').locator('input').fill('过期')
  const first = page.locator('[data-testid^="case-hit-"]').first()
  await expect(first).toHaveAttribute('data-testid', 'case-hit-safety-expired-milk')
  await expect(first.locator('mark').first()).toContainText('过期')
  await page.getByTestId('facet-category-safety').click()
  await expect(page.getByTestId('case-total')).toContainText(/共 \d+ 个案例/)
  await shot(page, 'cases-library-zh')

  await choose(page, 'locale-switch', 'English')
  await page.getByTestId('case-clear-filters').click()
  await page.getByTestId('case-search').locator('input').fill('refund beyond authority')
  await expect(page.locator('[data-testid^="case-hit-"]').first()).toHaveAttribute('data-testid', 'case-hit-after-sales-refund-beyond-authority')
  await page.getByTestId('case-search').locator('input').press('Enter')
  await expect(page.getByTestId('case-title')).toContainText(/refund/i)
  await expect(page.getByTestId('case-related').locator('a').first()).toBeVisible()
  await shot(page, 'cases-reader-en')
  await choose(page, 'locale-switch', '简体中文')
})

test('a trainer writes a case, another approves it, and a trainee can read it', async ({ page, app }) => {
  await signIn(page, app)
  const admin = await adminSession(app)
  const writer = await person(app, admin, 'zhang.trainer', '张培训', ['trainer'])
  const reviewer = await person(app, admin, 'li.trainer', '李培训', ['trainer'])
  const trainee = await person(app, admin, 'wang.trainee', '王学员', ['trainee'])

  await page.getByTestId('sign-out').click()
  await signIn(page, app, writer)
  await page.getByTestId('nav-cases').click()
  await page.getByTestId('case-new').click()
  await page.getByTestId('case-field-id').locator('input').fill('e2e-fitting-room-wait')
  await page.getByTestId('case-field-title').locator('input').fill('试衣间排队四十分钟无人引导')
  await page.getByTestId('case-field-summary').locator('input').fill('周末试衣间排长队，顾客在服务台投诉')
  await expect(page.getByTestId('case-problems')).toContainText('教训')
  const body = page.getByTestId('case-field-body').locator('textarea')
  await body.fill(
    '## 背景\n\n周末商场服装店客流高峰。\n\n## 经过\n\n顾客排队四十分钟，店员只顾理货。\n\n## 处理\n\n店长致歉并开放备用试衣间。\n\n## 教训\n\n- 高峰期安排专人引导\n- 排队超过十分钟主动致歉\n- 当天复盘排班\n'
  )
  await expect(page.getByTestId('case-problems')).not.toContainText('教训')
  await shot(page, 'cases-editor-zh')
  await page.getByTestId('case-save').click()
  await expect(page.getByText('已保存为第 1 版')).toBeVisible()
  await page.getByRole('button', { name: '返回' }).click()
  await page.getByTestId('case-submit').click()
  await expect(page.getByTestId('status-in-review')).toBeVisible()
  await expect(page.getByTestId('case-approve')).toBeDisabled()

  await page.getByTestId('sign-out').click()
  await signIn(page, app, reviewer)
  await page.goto(`${app.server.url}/#/cases/review`)
  await shot(page, 'cases-review-zh')
  await page.getByTestId('review-open-e2e-fitting-room-wait').click()
  await page.getByTestId('case-approve').click()
  await page.getByTestId('case-ask-text').locator('textarea').fill('可以发布')
  await page.getByTestId('case-ask-ok').click()
  await expect(page.getByTestId('status-published')).toBeVisible()

  await page.getByTestId('sign-out').click()
  await signIn(page, app, trainee)
  await page.getByTestId('nav-cases').click()
  await page.getByTestId('case-search').locator('input').fill('试衣间')
  await page.getByTestId('case-hit-e2e-fitting-room-wait').locator('a').click()
  await expect(page.getByTestId('case-title')).toHaveText('试衣间排队四十分钟无人引导')
  await expect(page.getByTestId('case-actions')).toHaveCount(0)
  expect(trainee.session).toBeTruthy()
})

test('importing a folder saves the good case and reports the bad file with its line', async ({ page, app }) => {
  await signIn(page, app)
  const admin = await adminSession(app)
  const trainer = await person(app, admin, 'import.trainer', '导入培训师', ['trainer'])
  await page.getByTestId('sign-out').click()
  await signIn(page, app, trainer)
  await page.getByTestId('nav-cases').click()
  await page.getByTestId('case-import').click()
  await page.getByTestId('case-import-folder').setInputFiles(join(FILES, 'import-folder'))
  await expect(page.getByTestId('import-ok')).toContainText('e2e-good-import')
  await expect(page.getByTestId('import-rejected')).toContainText('e2e-bad-import.md:5 category: "quality" is not one of')
  await shot(page, 'cases-import-report-zh')
  await page.getByRole('button', { name: '关闭' }).click()
  await page.getByTestId('facet-status-draft').click()
  await expect(page.getByTestId('case-hit-e2e-good-import')).toBeVisible()
  await expect(page.getByTestId('case-hit-e2e-bad-import')).toHaveCount(0)
})

test('a case full of script tags, event handlers and javascript: links renders as inert text', async ({ page, app }) => {
  await signIn(page, app)
  const admin = await adminSession(app)
  const a = await person(app, admin, 'xss.author', 'XSS 作者', ['trainer'])
  const b = await person(app, admin, 'xss.reviewer', 'XSS 审核', ['trainer'])
  const body = [
    '## 背景', '', '<script>window.__xss = 1; alert(1)</script>', '', '<img src=x onerror="window.__xss = 2">', '',
    '## 经过', '', '[点我](javascript:window.__xss=3) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', '',
    '<svg onload="window.__xss=4"><circle r="5"/></svg> <a href="jav&#x09;ascript:alert(1)">编码</a>', '',
    '## 处理', '', '<iframe src="https://example.com"></iframe> [官网](https://example.com)', '',
    '## 教训', '', '- <b onmouseover="window.__xss=5">不要信任输入</b>', '- 第二条', '- 第三条', ''
  ].join('\n')
  const draft = { id: 'e2e-xss-vectors', locale: 'zh-CN', title: '<img src=x onerror=alert(1)>标题', category: 'other', channel: 'web-form', priority: 'low', tags: ['<script>'], standards: ['language'], summary: '<script>alert(1)</script>', body }
  expect((await app.api('cases.create', draft, a.session)).ok).toBe(true)
  await app.api('cases.submit', { id: draft.id, locale: 'zh-CN' }, a.session)
  expect((await app.api('cases.approve', { id: draft.id, locale: 'zh-CN' }, b.session)).ok).toBe(true)

  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  await page.goto(`${app.server.url}/#/cases/e2e-xss-vectors`)
  await expect(page.getByTestId('case-title')).toHaveText('<img src=x onerror=alert(1)>标题')
  const md = page.getByTestId('markdown')
  await expect(md).toContainText('<script>window.__xss = 1; alert(1)</script>')
  await expect(md.locator('script, img, svg, iframe, [onerror], [onload], [onmouseover]')).toHaveCount(0)
  const hrefs = await md.locator('a').evaluateAll((els) => els.map((e) => e.getAttribute('href')))
  expect(hrefs.filter((h) => h && !/^https:\/\/example\.com\/?$/.test(h))).toEqual([])
  // The vectors are text now, so hovering and clicking over them must run nothing.
  await md.hover()
  await md.getByText('不要信任输入').click()
  expect(await page.evaluate('window.__xss')).toBeUndefined()
  expect(dialogs).toEqual([])
  await shot(page, 'cases-xss-inert')
})
