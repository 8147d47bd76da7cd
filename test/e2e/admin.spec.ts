import { readFileSync } from 'node:fs'
import { test, expect, signIn, shot, ADMIN } from './fixtures'

test('an administrator changes a setting, and it is kept', async ({ page, app }) => {
  await signIn(page, app)
  await page.getByTestId('nav-settings').click()
  const passMark = page.getByTestId('settings-passmark').locator('input')
  await passMark.fill('85')
  await passMark.blur()
  await page.getByTestId('settings-save').click()
  await expect(page.getByText('设置已保存')).toBeVisible()
  await shot(page, 'admin-settings-zh')
  await page.reload()
  await expect(page.getByTestId('settings-passmark').locator('input')).toHaveValue('85')
})

test('an administrator backs up, exports, and restores the data after a mistake', async ({ page, app }) => {
  await signIn(page, app)
  await page.getByTestId('nav-admin').click()
  await page.locator('.n-tabs-tab', { hasText: '备份与恢复' }).click()
  await page.getByTestId('backup-now').click()
  await expect(page.getByTestId('backup-table').locator('tbody tr')).toHaveCount(1)

  const download = page.waitForEvent('download')
  await page.getByTestId('backup-export').click()
  const file = await (await download).path()
  expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK')
  await shot(page, 'admin-backup-zh')

  // A mistake after the backup: an account that should not exist.
  const session = (await app.api<{ session: string }>('auth.login', { username: ADMIN.username, password: ADMIN.password })).data?.session
  await app.api('accounts.create', { username: 'mistake', displayName: '误建账号', password: 'mistake-pass-1', roles: ['trainee'] }, session)

  await page.getByTestId('backup-file').setInputFiles(file)
  await page.getByRole('button', { name: '恢复', exact: true }).click()
  await expect(page.getByTestId('login-form')).toBeVisible()
  await signIn(page, app)
  await page.getByTestId('nav-admin').click()
  await expect(page.getByText('系统管理员').first()).toBeVisible()
  await expect(page.getByText('误建账号')).toHaveCount(0)
})
