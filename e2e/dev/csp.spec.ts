import { test, expect } from '@playwright/test'
import { contentSecurityPolicy } from '../../lib/security-headers.mjs'
import { watchPage } from '../support/watch'

// `next dev` sends the same policy with what development needs on top (eval for React's dev
// tools, inline styles for the error overlay): the pages and live reload must work under it.
test('next dev pages run under the development CSP without a violation', async ({ page }) => {
  test.setTimeout(120_000)
  const watch = await watchPage(page)
  for (const path of ['/', '/2019/05/27/kubecon-eu-2019-in-barcelona-what-we-took-home/']) {
    const response = await page.goto(path)
    expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy({ isDevelopment: true }))
    expect(response?.headers()['strict-transport-security']).toBeUndefined()
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', /^(true|false)$/)
  }
  expect(await watch.violations()).toEqual([])
  expect(watch.console.filter((line) => /Content Security Policy|Refused to/.test(line))).toEqual([])
})
