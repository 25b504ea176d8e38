import { test, expect } from '@playwright/test'
import { contentSecurityPolicy } from '../lib/security-headers.mjs'
import { expectCleanPage, scrollThrough, startPlayer, watchPage } from './support/watch'

// The real site under its Content-Security-Policy: the pages load nothing from another origin,
// report no violation, and the video player still starts on a click.
const SHOWCASE = '/2019/05/27/kubecon-eu-2019-in-barcelona-what-we-took-home/'
const HUGO_POST = '/2019/06/11/bringing-a-hugo-blog-along/'
const PAGES = { home: '/', 'post with every component': SHOWCASE, 'Hugo post': HUGO_POST, tag: '/tags/events/', blog: '/blog/', events: '/events/', 'search results': '/search/?q=linkerd', series: '/series/how-we-publish/' }

test('every kind of response carries the security headers', async ({ request, page }) => {
  await page.goto('/')
  const asset = await page.locator('script[src^="/_next/"]').first().getAttribute('src')
  const responses = {
    page: await request.get(SHOWCASE),
    '404': await request.get('/no-such-page/'),
    feed: await request.get('/feed.xml'),
    image: await request.get('/uploads/speaker-notes.png'),
    script: await request.get(asset!),
  }
  expect(responses['404'].status()).toBe(404)
  for (const [kind, response] of Object.entries(responses)) {
    const headers = response.headers()
    // The site's own feeds keep the site's policy (their stylesheet shows them as a page); only
    // uploaded SVG, HTML and XML files get the sandbox (the security project checks those).
    expect(headers['content-security-policy'], kind).toBe(contentSecurityPolicy())
    expect(headers['x-content-type-options'], kind).toBe('nosniff')
    expect(headers['referrer-policy'], kind).toBe('strict-origin-when-cross-origin')
    expect(headers['permissions-policy'], kind).toContain('camera=()')
    expect(headers['x-frame-options'], kind).toBe('DENY')
    // `next start` is production: HSTS (browsers ignore it over plain HTTP, as here).
    expect(headers['strict-transport-security'], kind).toBe('max-age=63072000; includeSubDomains')
  }
})

for (const [name, path] of Object.entries(PAGES)) {
  test(`${name}: no CSP violation, console error or request to another origin`, async ({ page, baseURL }) => {
    const watch = await watchPage(page)
    await page.goto(path)
    await scrollThrough(page)
    await expect(page.locator('main')).toBeVisible()
    await expectCleanPage(page, watch, new URL(baseURL!).origin)
  })
}

test('404: no CSP violation, console error or request to another origin', async ({ page, baseURL }) => {
  const watch = await watchPage(page)
  const response = await page.goto('/no-such-page/')
  expect(response?.status()).toBe(404)
  await scrollThrough(page)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expectCleanPage(page, watch, new URL(baseURL!).origin, { expected404: true })
})

test('the theme toggle and client navigation work under the CSP', async ({ page, baseURL }) => {
  const watch = await watchPage(page)
  await page.goto('/')
  const toggle = page.getByRole('button', { name: 'Dark theme' })
  // aria-pressed appears once React has hydrated the page: its scripts ran under the CSP.
  await expect(toggle).toHaveAttribute('aria-pressed', /^(true|false)$/)
  await toggle.click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/)
  await page.getByRole('link', { name: 'Blog', exact: true }).first().click()
  await expect(page).toHaveURL(/\/blog\/$/)
  await expectCleanPage(page, watch, new URL(baseURL!).origin)
})

test('the YouTube player loads from youtube-nocookie only after the click, and the CSP allows it', async ({ page, baseURL }) => {
  const watch = await watchPage(page)
  const framed: string[] = []
  // No internet here: answer for YouTube, so the frame loads; the CSP is checked before any request.
  await page.route('https://www.youtube-nocookie.com/**', (route) => {
    framed.push(route.request().url())
    return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>player</title><p>player</p>' })
  })
  await page.goto(SHOWCASE)
  await scrollThrough(page)
  expect(framed).toEqual([])
  await expectCleanPage(page, watch, new URL(baseURL!).origin)
  await startPlayer(page, 'Play video: Intro to Linkerd, by William Morgan', 'https://www.youtube-nocookie.com/embed/Z3nfLI3z0hc?autoplay=1')
  await expect.poll(() => framed.length).toBe(1)
  await expect(page.frameLocator('[data-component="you-tube"] iframe').getByText('player')).toBeVisible()
  expect(await watch.violations()).toEqual([])
  expect(watch.console.filter((line) => /^(error|warning):/.test(line))).toEqual([])
})
