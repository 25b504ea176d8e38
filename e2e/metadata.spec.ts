import { listFiles } from '../lib/files'
import { readGitDates } from '../lib/content/git-dates'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect, type Page } from '@playwright/test'

const POST = '/2019/05/27/kubecon-eu-2019-in-barcelona-what-we-took-home/'
const PUBLISHED = '2019-05-27T16:30:00.000Z'
// Modified: the last commit that changed the post's file (README, "Last updated"), else its date.
const gitDate = readGitDates(join(process.cwd(), 'content/posts')).dates.get(join(process.cwd(), 'content/posts/kubecon-eu-2019-recap.mdx'))
const MODIFIED = gitDate ? new Date(gitDate).toISOString() : PUBLISHED

async function meta(page: Page, key: string): Promise<string[]> {
  return page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).evaluateAll((tags) => tags.map((tag) => tag.getAttribute('content') ?? ''))
}

/** Width and height from a PNG's header. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString()).toBe('PNG')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

test('a post page carries canonical, OpenGraph article, Twitter card and JSON-LD metadata', async ({ page, request, baseURL }) => {
  await page.goto(POST)
  const url = `${baseURL}${POST}`
  const description = 'Four days in Barcelona with 7,500 people, a new service mesh specification and a dozen Linkerd talks worth your evening.'
  await expect(page).toHaveTitle('KubeCon EU 2019 in Barcelona: what we took home · recap')
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', url)
  expect(await meta(page, 'description')).toEqual([description])
  expect(await meta(page, 'og:type')).toEqual(['article'])
  expect(await meta(page, 'og:url')).toEqual([url])
  expect(await meta(page, 'og:title')).toEqual(['KubeCon EU 2019 in Barcelona: what we took home'])
  expect(await meta(page, 'og:description')).toEqual([description])
  expect(await meta(page, 'article:published_time')).toEqual([PUBLISHED])
  expect(await meta(page, 'article:modified_time')).toEqual([MODIFIED])
  expect(await meta(page, 'article:author')).toEqual([`${baseURL}/authors/ada/`])
  expect(await meta(page, 'article:tag')).toEqual(['KubeCon', 'Service Mesh', 'Events'])
  expect(await meta(page, 'og:image')).toEqual([`${baseURL}/uploads/kubecon-eu-2019-stage.jpg`])
  expect(await meta(page, 'og:image:width')).toEqual(['1600'])
  expect(await meta(page, 'og:image:height')).toEqual(['900'])
  expect(await meta(page, 'twitter:card')).toEqual(['summary_large_image'])
  expect(await meta(page, 'twitter:image')).toEqual([`${baseURL}/uploads/kubecon-eu-2019-stage.jpg`])
  expect(await meta(page, 'robots')).toEqual([])
  const image = await request.get(`${baseURL}/uploads/kubecon-eu-2019-stage.jpg`)
  expect(image.headers()['content-type']).toBe('image/jpeg')

  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents()
  expect(scripts).toHaveLength(1)
  expect(JSON.parse(scripts[0])).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: await page.getByRole('heading', { level: 1 }).textContent(),
    description,
    datePublished: PUBLISHED,
    dateModified: MODIFIED,
    author: [{ '@type': 'Person', name: 'Ada Park', url: `${baseURL}/authors/ada/` }],
    image: { url: `${baseURL}/uploads/kubecon-eu-2019-stage.jpg`, width: 1600, height: 900 },
    keywords: 'KubeCon, Service Mesh, Events',
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
  })
})

test('a post without a description is described by its first paragraph', async ({ page }) => {
  await page.goto('/2019/06/14/how-we-write-a-meetup-recap-in-an-evening/')
  const first = 'A recap is worth writing while the room is still warm. Ours take one evening, because we decide the shape before the event starts.'
  expect(await meta(page, 'description')).toEqual([first])
  expect(await meta(page, 'og:description')).toEqual([first])
  expect(await meta(page, 'twitter:description')).toEqual([first])
})

test('other pages are shared with the site card, a 1200x630 PNG', async ({ page, request, baseURL }) => {
  for (const path of ['/', '/blog/', '/tags/events/', '/authors/sam/', '/events/']) {
    await page.goto(path)
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}${path}`)
    expect(await meta(page, 'og:type')).toEqual(['website'])
    expect(await meta(page, 'og:image')).toEqual([`${baseURL}/og/site.png`])
    expect(await meta(page, 'twitter:card')).toEqual(['summary_large_image'])
  }
  const card = await request.get('/og/site.png')
  expect(card.headers()['content-type']).toBe('image/png')
  expect(pngSize(await card.body())).toEqual({ width: 1200, height: 630 })
})

test('/blog/page/1/ leads to the blog, as on Hugo sites, and is not indexed', async ({ page, request, baseURL }) => {
  const html = await (await request.get('/blog/page/1/')).text()
  expect(html).toContain('<meta name="robots" content="noindex"/>')
  expect(html).toContain(`<link rel="canonical" href="${baseURL}/blog/"/>`)
  await page.goto('/blog/page/1/')
  await expect(page).toHaveURL(`${baseURL}/blog/`)
})

test('nothing of the draft is in any file of the production build', () => {
  // The `site` project's own build (playwright.config.ts): pages, RSC payloads, route outputs, chunks.
  const buildDir = join(process.cwd(), '.next-e2e-site')
  const files = listFiles(buildDir, (file) => !file.startsWith('cache/')).map((file) => join(buildDir, file))
  expect(files.filter((file) => file.endsWith('.html')).length).toBeGreaterThan(10)
  const leaks = files.filter((file) => statSync(file).size > 0 && /SECRET-DRAFT-MARKER-7f3a|Speaker notes we never published/.test(readFileSync(file, 'latin1')))
  expect(leaks).toEqual([])
})
