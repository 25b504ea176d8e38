import { listFiles } from '../../lib/files'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from '@playwright/test'
import { fetchFeed, sitemapUrls } from '../support/xml'

const POST = '/2019/05/27/kubecon-eu-2019-in-barcelona-what-we-took-home/'

test('the exported site is browsable: home, post, tag, with client navigation and images', async ({ page }) => {
  const failures: string[] = []
  // Prefetches cut short by a navigation end as ERR_ABORTED: that is the router, not the host.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') failures.push(`${request.url()}: ${request.failure()?.errorText}`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.url()}: ${response.status()}`)
  })
  await page.goto('/')
  await page.evaluate(() => Object.assign(window, { recapE2E: true }))
  await page.getByRole('region', { name: /KubeCon EU 2019/ }).getByRole('link', { name: 'KubeCon EU 2019 in Barcelona: what we took home' }).click()
  await expect(page).toHaveURL(new RegExp(`${POST}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('KubeCon EU 2019 in Barcelona: what we took home')
  const cover = page.locator('img.post__cover')
  await expect(cover).toBeVisible()
  expect(await cover.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBeGreaterThan(0)

  await page.getByRole('list', { name: 'Tags' }).getByRole('link', { name: 'Service Mesh' }).click()
  await expect(page).toHaveURL(/\/tags\/service-mesh\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Service Mesh')
  await expect(page.getByRole('link', { name: 'KubeCon EU 2019 in Barcelona: what we took home' })).toBeVisible()
  expect(failures).toEqual([])
  // Post and tag pages came by client navigation (the export's RSC payload files), not reloads.
  expect(await page.evaluate(() => 'recapE2E' in window)).toBe(true)
})

test('feeds, sitemap and robots.txt are files the host serves', async ({ request, baseURL }) => {
  for (const path of ['/feed.xml', '/blog/index.xml', '/tags/service-mesh/feed.xml']) {
    const channel = await fetchFeed(request, path)
    expect(channel.item.length, path).toBeGreaterThan(0)
    expect(channel.item[0].link, path).toMatch(new RegExp(`^${baseURL}/`))
  }
  const urls = await sitemapUrls(request)
  expect(urls).toContain(`${baseURL}${POST}`)
  for (const url of urls) expect((await request.get(url)).status(), url).toBe(200)
  expect(await (await request.get('/robots.txt')).text()).toContain(`Sitemap: ${baseURL}/sitemap.xml`)
})

test('share images are served as images: the site card as image/png', async ({ page, request }) => {
  await page.goto('/')
  const card = await page.locator('head meta[property="og:image"]').getAttribute('content')
  expect(card).toMatch(/\/og\/site\.png$/)
  const response = await request.get(new URL(card!).pathname)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toBe('image/png')
  expect((await response.body()).subarray(1, 4).toString()).toBe('PNG')

  await page.goto('/2019/06/11/bringing-a-hugo-blog-along/')
  const thumbnail = await page.locator('head meta[property="og:image"]').getAttribute('content')
  const image = await request.get(new URL(thumbnail!).pathname)
  expect(image.headers()['content-type']).toBe('image/png')
})

test('an old address redirects to the post, /blog/page/1/ to the blog', async ({ page, baseURL }) => {
  await page.goto('/blog/bringing-hugo-along/')
  await expect(page).toHaveURL(`${baseURL}/2019/06/11/bringing-a-hugo-blog-along/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bringing a Hugo blog along')
  await page.goto('/blog/page/1/')
  await expect(page).toHaveURL(`${baseURL}/blog/`)
})

test('an unknown address answers 404 with the site’s page', async ({ page }) => {
  const response = await page.goto('/no/such/page/')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  await expect(page.getByRole('link', { name: 'Every post, newest first' })).toBeVisible()
})

test('the export holds nothing of the draft', () => {
  const exportDir = join(process.cwd(), '.next-e2e-static-out')
  const files = listFiles(exportDir).map((file) => join(exportDir, file))
  expect(files.length).toBeGreaterThan(50)
  expect(files.filter((file) => /SECRET-DRAFT-MARKER-7f3a|Speaker notes we never published/.test(readFileSync(file, 'latin1')))).toEqual([])
})
