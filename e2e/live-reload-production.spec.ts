import { test, expect } from '@playwright/test'

// Live reload is for `next dev` only: a production page carries none of its code, and its event
// stream does not exist.
test('production pages ship no live reload code and no event stream', async ({ page, request }) => {
  const scripts: string[] = []
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push(await response.text())
  })
  await page.goto('/2019/06/14/how-we-write-a-meetup-recap-in-an-evening/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How we write a meetup recap in an evening')
  await page.waitForLoadState('networkidle')
  expect(scripts.length).toBeGreaterThan(0)
  for (const script of [await page.content(), ...scripts]) expect(script).not.toContain('recap-dev/content-events')
  expect(await page.locator('html[data-live-reload]').count()).toBe(0)
  expect((await request.get('/api/recap-dev/content-events/')).status()).toBe(404)
})
