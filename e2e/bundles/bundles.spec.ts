import { test, expect } from '@playwright/test'

// Built from tests/fixtures/bundles (production): a post written as a page bundle
// (posts/my-talk/index.mdx with its files beside it), a draft bundle, and a section of notes.

const POST = '/2024/05/01/my-talk-as-a-page-bundle/'

test("a bundle's images load beside the post, sized, and its cover shows", async ({ page }) => {
  const failures: string[] = []
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.url()}: ${response.status()}`)
  })
  await page.goto(POST)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My talk, as a page bundle')
  const stage = page.getByRole('img', { name: 'The stage before the talk' })
  await expect(stage).toHaveAttribute('src', `${POST}stage.png`)
  await expect(stage).toHaveAttribute('width', '120')
  expect(await stage.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(120)
  const diagram = page.getByRole('img', { name: 'A diagram with a long prolog' })
  await expect(diagram).toHaveAttribute('width', '761')
  await expect(page.locator('img.post__cover')).toBeVisible()
  await expect(page.getByRole('link', { name: 'the slides' })).toHaveAttribute('href', `${POST}slides.pdf`)
  await expect(page.locator('[data-component="video"] source')).toHaveAttribute('src', `${POST}clip.webm`)
  expect(failures).toEqual([])
})

test("a bundle's files are served at the post's URL with their type and the site's security headers", async ({ request }) => {
  const png = await request.get(`${POST}stage.png`)
  expect(png.status()).toBe(200)
  expect(png.headers()['content-type']).toBe('image/png')
  expect(png.headers()['content-security-policy']).toContain("default-src 'self'")
  expect(png.headers()['x-content-type-options']).toBe('nosniff')
  const pdf = await request.get(`${POST}slides.pdf`)
  expect(pdf.headers()['content-type']).toBe('application/pdf')
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')
  expect((await request.get(`${POST}clip.webm`)).headers()['content-type']).toBe('video/webm')
  // An SVG opened on its own is a document: it gets a sandbox, so no script in it could run.
  const svg = await request.get(`${POST}img/diagram.svg`)
  expect(svg.headers()['content-type']).toBe('image/svg+xml')
  expect(svg.headers()['content-security-policy']).toContain('sandbox')
})

test("nothing outside a bundle's files, and no draft's file, is served", async ({ request }) => {
  for (const path of [
    `${POST}index.mdx`.replace('index.mdx', 'nope.png'),
    '/2024/06/01/a-talk-not-given-yet/secret.png',
    `${POST}%2e%2e/%2e%2e/%2e%2e/%2e%2e/package.json`,
    `${POST}..%2F..%2F..%2F..%2Fpackage.json`,
    '/site-files/package.json',
    '/package.json',
  ]) {
    expect((await request.get(path)).status(), path).toBe(404)
  }
  // The post's own text is no file of the bundle.
  expect((await request.get(`${POST}index.mdx`)).status()).toBe(404)
  expect((await request.get('/2024/06/01/a-talk-not-given-yet/')).status()).toBe(404)
})

test('a section is a list page at its folder, with its posts and a feed', async ({ page, request }) => {
  await page.goto('/notes/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notes')
  await expect(page.getByText('Short notes, a section of their own.')).toBeVisible()
  await page.getByRole('link', { name: 'A first note' }).click()
  await expect(page).toHaveURL(/\/notes\/first-note\/$/)
  const feed = await request.get('/notes/index.xml')
  expect(feed.status()).toBe(200)
  // As every feed of the site (lib/feeds/responses.ts): application/xml, so a browser shows it with its stylesheet.
  expect(feed.headers()['content-type']).toBe('application/xml; charset=utf-8')
  expect(await feed.text()).toContain('<rss')
  expect(await feed.text()).toContain('A first note')
  // The bundle's link to the section, written relative to the post, leads there.
  await page.goto(POST)
  await page.getByRole('link', { name: 'the notes' }).click()
  await expect(page).toHaveURL(/\/notes\/$/)
})
