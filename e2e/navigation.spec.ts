import { test, expect } from '@playwright/test'

test('home leads to a post, its tag, its author and back', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveTitle(/recap/)
  const lead = page.getByRole('region', { name: /KubeCon EU 2019/ })
  await lead.getByRole('link', { name: 'KubeCon EU 2019 in Barcelona: what we took home' }).click()
  await expect(page).toHaveURL(/\/2019\/05\/27\/kubecon-eu-2019-in-barcelona-what-we-took-home\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('KubeCon EU 2019 in Barcelona: what we took home')

  await page.getByRole('list', { name: 'Tags' }).getByRole('link', { name: 'Events' }).click()
  await expect(page).toHaveURL(/\/tags\/events\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Events')
  await expect(page.getByRole('link', { name: 'KubeCon EU 2019 in Barcelona: what we took home' })).toBeVisible()

  await page.getByRole('link', { name: 'Ada Park' }).first().click()
  await expect(page).toHaveURL(/\/authors\/ada\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ada Park')

  await page.goBack()
  await expect(page).toHaveURL(/\/tags\/events\/$/)
})

test('an unknown address answers 404 with a helpful page', async ({ page }) => {
  const response = await page.goto('/no/such/page/')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  await expect(page.getByRole('link', { name: 'Every post, newest first' })).toBeVisible()
})

test('drafts are not published', async ({ page, request }) => {
  const response = await request.get('/2019/07/02/speaker-notes-we-never-published/')
  expect(response.status()).toBe(404)
  await page.goto('/blog/')
  await expect(page.getByText('Speaker notes we never published')).toHaveCount(0)
})
