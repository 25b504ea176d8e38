import { test, expect, type Page } from '@playwright/test'

// Run by `npm run test:corpus` against the imported Linkerd blog (CORPUS_BASE_URL).
test.skip(!process.env.CORPUS_BASE_URL, 'needs the corpus server of `npm run test:corpus`')

const titles = (page: Page) => page.locator('[data-component="search"] ol > li h2')

test('searching the Linkerd blog for "SMI" finds the SMI posts and the KubeCon roundup, from this origin only', async ({ page, baseURL }) => {
  const elsewhere: string[] = []
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:')) elsewhere.push(request.url())
  })
  await page.goto('/')
  await page.getByRole('searchbox', { name: 'Search' }).fill('SMI')
  await page.getByRole('searchbox', { name: 'Search' }).press('Enter')
  await expect(page.getByRole('status')).toContainText('results for “SMI”')
  const found = await titles(page).allTextContents()
  expect(found).toEqual(expect.arrayContaining(['Linkerd and SMI', 'Linkerd at KubeCon EU 2019: Benchmarks, SMI, VSCode, and more']))
  expect(elsewhere).toEqual([])
})

test("a speaker's name finds the posts with their talks", async ({ page }) => {
  await page.goto('/search/?q=Risha%20Mars')
  await expect(titles(page).first()).toBeVisible()
  expect(await titles(page).allTextContents()).toContain('Linkerd at KubeCon EU 2019: Benchmarks, SMI, VSCode, and more')
})

test('results filter by tag', async ({ page }) => {
  await page.goto('/search/?q=SMI')
  const tag = page.getByRole('combobox', { name: 'Tag' })
  const kubecon = (await tag.locator('option').allTextContents()).find((name) => name.toLowerCase() === 'kubecon')!
  await tag.selectOption(kubecon)
  await page.locator('[data-component="search"]').getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(/tag=/)
  await expect(page.getByRole('status')).toContainText('result')
  // The roundup is tagged Kubecon; "Linkerd and SMI" is not. (The project's own sample recap, tagged KubeCon, may be there too.)
  const found = await titles(page).allTextContents()
  expect(found).toContain('Linkerd at KubeCon EU 2019: Benchmarks, SMI, VSCode, and more')
  expect(found).not.toContain('Linkerd and SMI')
})
