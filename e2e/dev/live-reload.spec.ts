import { test, expect } from '@playwright/test'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

// The dev server reads a copy of content/ made when it starts (playwright.config.ts, DEV_CONTENT_DIR).
const CONTENT_DIR = 'tmp/e2e-dev-content'
const POST = join(CONTENT_DIR, 'posts', 'writing-a-meetup-recap.mdx')
const AUTHORS = join(CONTENT_DIR, 'authors.yml')
const URL = '/2019/06/14/how-we-write-a-meetup-recap-in-an-evening/'
const OPENING = 'A recap is worth writing'

test('saving a post or authors.yml refreshes the open page; a content error shows in the overlay and clears', async ({ page }) => {
  // A first `next dev` compile of the page and of the event stream takes a while on two cores.
  test.setTimeout(240_000)
  const post = readFileSync(POST, 'utf8')
  const authors = readFileSync(AUTHORS, 'utf8')
  try {
    await page.goto(URL)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How we write a meetup recap in an evening')
    await expect(page.locator('html[data-live-reload="connected"]')).toHaveCount(1, { timeout: 120_000 })
    // Survives router.refresh(), not a reload: proof that nobody reloaded the page.
    await page.evaluate(() => ((window as Window & { notReloaded?: boolean }).notReloaded = true))
    const notReloaded = () => page.evaluate(() => (window as Window & { notReloaded?: boolean }).notReloaded === true)

    writeFileSync(POST, post.replace(OPENING, `Saved a moment ago. ${OPENING}`))
    await expect(page.getByText('Saved a moment ago.')).toBeVisible({ timeout: 15_000 })
    expect(await notReloaded()).toBe(true)

    writeFileSync(AUTHORS, authors.replace('name: Ada Park', 'name: Ada Park-Renamed'))
    await expect(page.getByRole('link', { name: 'Ada Park-Renamed' }).first()).toBeVisible({ timeout: 15_000 })
    expect(await notReloaded()).toBe(true)

    // The same line `npm run check` prints, in Next's error overlay.
    writeFileSync(POST, post.replace(OPENING, `A [broken link](/2019/01/01/nope/). ${OPENING}`))
    const lineNumber = post.split('\n').findIndex((text) => text.startsWith(OPENING)) + 1
    const line = `${POST}:${lineNumber}:3: error: link "/2019/01/01/nope/" leads to no post; link a post's permalink, /YYYY/MM/DD/slug/`
    const overlay = page.locator('nextjs-portal')
    await expect(overlay.getByText(line)).toBeVisible({ timeout: 15_000 })

    // Fixed: the page comes back by itself and the overlay is gone.
    writeFileSync(POST, post.replace(OPENING, `Fixed again. ${OPENING}`))
    await expect(page.getByText('Fixed again.')).toBeVisible({ timeout: 20_000 })
    await expect(overlay.getByText(line)).toHaveCount(0)
    await expect(overlay.getByText(/^\d+ Issues?$/)).toHaveCount(0)
  } finally {
    writeFileSync(POST, post)
    writeFileSync(AUTHORS, authors)
  }
})

test('saving a tweet to the cache refreshes the post that embeds it', async ({ page }) => {
  test.setTimeout(240_000)
  // The KubeCon recap embeds this tweet; the copied content has no cache entry for it.
  const cacheFile = join(CONTENT_DIR, 'tweets', '1130789969293991936.json')
  try {
    await page.goto('/2019/05/27/kubecon-eu-2019-in-barcelona-what-we-took-home/')
    const tweet = page.locator('[data-component="tweet"]')
    await expect(tweet).toContainText('A post on X.')
    await expect(page.locator('html[data-live-reload="connected"]')).toHaveCount(1, { timeout: 120_000 })
    mkdirSync(dirname(cacheFile), { recursive: true })
    writeFileSync(cacheFile, JSON.stringify({ id: '1130789969293991936', status: 'deleted', checkedAt: '2019-05-28T08:00:00.000Z', user: 'linkerd' }))
    await expect(tweet).toContainText('This post by @linkerd is no longer available on X.', { timeout: 15_000 })
  } finally {
    rmSync(cacheFile, { force: true })
  }
})
