import { test, expect, signIn, shot, choose } from './fixtures'

test('first start creates the admin, switches language and visits every module', async ({ page, app }) => {
  await signIn(page, app)
  await expect(page.getByTestId('page-title')).toHaveText('首页')
  await shot(page, 'shell-home-zh')

  const modules: [string, string, string][] = [
    ['cases', '案例库', 'Case library'],
    ['roleplay', '情景演练', 'Role-play'],
    ['appraisal', '绩效考核', 'Appraisal'],
    ['settings', '设置', 'Settings']
  ]
  for (const [key, zh] of modules) {
    await page.getByTestId(`nav-${key}`).click()
    await expect(page.getByTestId('page-title')).toHaveText(zh)
  }

  await choose(page, 'locale-switch', 'English')
  await expect(page.getByTestId('page-title')).toHaveText('Settings')
  for (const [key, , en] of modules) {
    await page.getByTestId(`nav-${key}`).click()
    await expect(page.getByTestId('page-title')).toHaveText(en)
  }
  await shot(page, 'shell-settings-en')

  // The language is a device preference kept by the backend: it survives a reload.
  await page.reload()
  await expect(page.getByTestId('page-title')).toHaveText('Settings')

  await choose(page, 'locale-switch', '简体中文')
  await expect(page.getByTestId('page-title')).toHaveText('设置')
  await expect(page.getByTestId('data-dir')).toHaveText(app.dataDir)
})

test('a page without the access token explains how to open the app', async ({ page, app }) => {
  await page.goto(app.server.url)
  await expect(page.getByTestId('token-missing')).toBeVisible()
})

test('signing out returns to the sign-in page and the session no longer works', async ({ page, app }) => {
  await signIn(page, app)
  await page.getByTestId('sign-out').click()
  await expect(page.getByTestId('login-form')).toBeVisible()
  await page.goto(app.server.url + '/#/settings')
  await expect(page.getByTestId('login-form')).toBeVisible()
})
