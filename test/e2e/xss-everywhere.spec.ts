import type { Page } from '@playwright/test'
import { test, expect, signIn, shot } from './fixtures'
import { adminSession, person } from './people'

// User text reaches many screens besides the case reader: names in the header and the account list,
// audit entries, case titles and tags in lists and the review queue. Each must show it as text.
const NAME = '<img src=x onerror="window.__xss=1">李<svg onload=x>'
const TITLE = '<script>window.__xss=3</script>标题<a href="javascript:window.__xss=4">链接</a>'
const INJECTED = 'script:not([src]):not([type]), img[src="x"], svg[onload], [onerror], [onload], a[href^="javascript"]'

async function inert(page: Page, where: string): Promise<void> {
  await page.waitForLoadState('networkidle')
  expect(await page.locator(`#app ${INJECTED}`).count(), `injected elements on ${where}`).toBe(0)
  expect(await page.evaluate('window.__xss'), `script ran on ${where}`).toBeUndefined()
}

test('names, titles, tags and audit entries with XSS vectors render as text everywhere', async ({ page, app }) => {
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  await signIn(page, app)
  const admin = await adminSession(app)
  const author = await person(app, admin, 'xss.name', NAME, ['trainer'])
  const draft = {
    id: 'e2e-xss-everywhere', locale: 'zh-CN', title: TITLE, category: 'other', channel: 'web-form', priority: 'low',
    tags: ['<img src=x onerror=alert(1)>'], standards: ['language'], summary: '<b onmouseover="window.__xss=5">摘要</b>',
    body: '## 背景\n\n背景。\n\n## 经过\n\n经过。\n\n## 处理\n\n处理。\n\n## 教训\n\n- 一\n- 二\n- 三\n'
  }
  const created = await app.api<{ version: number }>('cases.create', draft, author.session)
  expect(created.ok).toBe(true)
  const updated = await app.api('cases.update', { ...draft, summary: '改过的摘要 <i onclick="x">', baseVersion: created.data?.version ?? 1 }, author.session)
  expect(updated.ok).toBe(true)
  expect((await app.api('cases.submit', { id: draft.id, locale: 'zh-CN' }, author.session)).ok).toBe(true)

  await page.getByTestId('nav-admin').click()
  await expect(page.getByText(NAME).first()).toBeVisible()
  await inert(page, 'the account list')

  await page.locator('.n-tabs-tab', { hasText: '审计日志' }).click()
  const row = page.getByTestId('audit-table').locator('tr', { hasText: 'case.update' }).first()
  await expect(row).toBeVisible()
  await row.locator('.n-data-table-expand-trigger').click()
  // The case edit is logged with what the summary was before and after.
  await expect(page.getByTestId('audit-table')).toContainText('改过的摘要')
  await expect(page.getByTestId('audit-table')).toContainText('window.__xss=5')
  await inert(page, 'the audit log')
  await shot(page, 'xss-audit-zh')

  await page.goto(`${app.server.url}/#/cases/review`)
  await expect(page.getByText('标题').first()).toBeVisible()
  await inert(page, 'the review queue')

  await page.getByTestId('nav-cases').click()
  await page.getByTestId('case-search').locator('input').fill('标题')
  await expect(page.getByTestId('case-hit-e2e-xss-everywhere')).toContainText('<script>window.__xss=3</script>')
  await inert(page, 'the library list')

  await page.getByTestId('case-hit-e2e-xss-everywhere').locator('a').first().click()
  await expect(page.getByTestId('case-title')).toContainText('<script>')
  await page.getByTestId('case-title').hover()
  await inert(page, 'the case reader')
  await shot(page, 'xss-reader-zh')
  expect(dialogs).toEqual([])
})
