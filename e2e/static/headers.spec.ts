import { readFileSync } from 'node:fs'
import { test, expect } from '@playwright/test'
import { contentSecurityPolicy, headersFile, securityHeaders } from '../../lib/security-headers.mjs'
import { expectCleanPage, scrollThrough, startPlayer, watchPage } from '../support/watch'

// The export writes the security headers to _headers (Netlify, Cloudflare Pages); the plain static
// server here applies them as those hosts do. The pages must work under them as they do on `next start`.
const POST = '/2019/05/27/kubecon-eu-2019-in-barcelona-what-we-took-home/'

test('the export carries its headers file, and every response gets the headers', async ({ request }) => {
  expect(readFileSync(`${process.env.RECAP_EXPORT_DIR ?? '.next-e2e-static-out'}/_headers`, 'utf8')).toBe(headersFile(securityHeaders({ isProduction: true }), securityHeaders({ isProduction: true, allowWasm: true })))
  for (const path of ['/', POST, '/no-such-page/', '/feed.xml', '/uploads/speaker-notes.png']) {
    const headers = (await request.get(path)).headers()
    // The site's own feed keeps the site's policy (its stylesheet shows it as a page); uploaded
    // SVG, HTML and XML files get the sandbox (e2e/security/ checks those behind _headers).
    expect(headers['content-security-policy'], path).toBe(contentSecurityPolicy())
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['strict-transport-security'], path).toBe('max-age=63072000; includeSubDomains')
  }
  expect((await request.get('/_headers')).status()).toBe(404)
})

for (const path of ['/', POST, '/tags/events/', '/search/?q=linkerd']) {
  test(`${path}: no CSP violation, console error or request to another origin in the export`, async ({ page, baseURL }) => {
    const watch = await watchPage(page)
    await page.goto(path)
    await scrollThrough(page)
    await expectCleanPage(page, watch, new URL(baseURL!).origin)
  })
}

test('the YouTube player starts in the export too', async ({ page }) => {
  const watch = await watchPage(page)
  await page.route('https://www.youtube-nocookie.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>player</title>' }))
  await page.goto(POST)
  await startPlayer(page, 'Play video: Intro to Linkerd, by William Morgan', 'https://www.youtube-nocookie.com/embed/Z3nfLI3z0hc')
  expect(await watch.violations()).toEqual([])
})
