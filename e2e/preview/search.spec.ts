import { test, expect } from '@playwright/test'

test('a preview build indexes its drafts, marked as drafts, and counts them in their series', async ({ page }) => {
  await page.goto('/search/?q=SECRET-DRAFT-MARKER-7f3a')
  const result = page.locator('[data-component="search"] ol > li')
  await expect(result.getByRole('heading', { level: 2 })).toHaveText('Speaker notes we never publishedDraft')
  await expect(result.getByText('Draft', { exact: true })).toBeVisible()
  await expect(result.locator('time')).toHaveText('July 2, 2019')
  await page.goto('/2019/07/02/speaker-notes-we-never-published/')
  await expect(page.getByText('Part 3 of 3 in How we publish')).toBeVisible()
})
