import { existsSync } from 'node:fs'
import { test, expect, type Page } from '@playwright/test'
import { contentSecurityPolicy } from '../../lib/security-headers.mjs'
import { THEME_SCRIPT } from '../../lib/theme'
import { fetchFeed, sitemapUrls } from '../support/xml'
import { expectCleanPage, scrollThrough, startPlayer, watchPage } from '../support/watch'

// A production build of tests/fixtures/hostile/content (see its README): every payload there would
// set window.__pwned, log PWNED, open a dialog or load from evil.example if it ran. None may.
const MARKER = '/tmp/recap-hostile-build-marker'
const HOSTILE_TITLE = "</script><script>window.__pwned='title'</script> ]]> & <b>not bold</b>  bells"
const RAW_HTML_POST = '/2024/02/01/raw-html-that-tries-to-run/'

/**
 * What the DOM holds that could run script or load from elsewhere: event handler attributes,
 * javascript:/vbscript:/data: URLs (data: only in <img src>), frames and plugins, <base>, meta
 * refreshes, stylesheets from elsewhere, and scripts that are not the site's own (Next's files and
 * inline payloads, the theme script, JSON-LD that parses).
 */
async function domDangers(page: Page): Promise<string[]> {
  return page.evaluate((themeScript) => {
    const dangers: string[] = []
    const describe = (element: Element) => `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}>`
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase()
        if (name.startsWith('on')) dangers.push(`${describe(element)} ${name}`)
        if (['href', 'src', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'background', 'srcdoc', 'ping'].includes(name)) {
          const url = attribute.value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '').toLowerCase()
          const isDataImage = element.tagName === 'IMG' && name === 'src' && url.startsWith('data:image/')
          if (/^(javascript|vbscript):/.test(url) || (url.startsWith('data:') && !isDataImage) || name === 'srcdoc') dangers.push(`${describe(element)} ${name}="${attribute.value}"`)
        }
      }
      if (['IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'APPLET', 'BASE'].includes(element.tagName)) dangers.push(describe(element))
      if (element instanceof HTMLMetaElement && element.httpEquiv) dangers.push(`<meta http-equiv="${element.httpEquiv}">`)
      if (element instanceof HTMLLinkElement && element.href && new URL(element.href).origin !== location.origin) dangers.push(`<link href="${element.href}">`)
    }
    for (const script of document.scripts) {
      const text = script.textContent ?? ''
      if (script.src) {
        if (new URL(script.src).origin !== location.origin || !new URL(script.src).pathname.startsWith('/_next/')) dangers.push(`<script src="${script.src}">`)
      } else if (script.type === 'application/ld+json') {
        try {
          JSON.parse(text)
        } catch {
          dangers.push('<script type="application/ld+json"> that is not JSON')
        }
      } else if (!(text === themeScript || /^\(?self\.__next_f\s*=|^self\.__next_f\.push\(|^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(/.test(text))) {
        dangers.push(`<script>${text.slice(0, 80)}`)
      }
    }
    return dangers
  }, THEME_SCRIPT)
}

/** Hovers, focuses and clicks everything in the page's main part (links are kept from navigating). */
async function poke(page: Page): Promise<void> {
  await page.evaluate(async () => {
    document.addEventListener('click', (event) => (event.target as Element).closest?.('a') && event.preventDefault(), true)
    // Our own click-to-play posters are left alone: a click starts a player (tested on its own).
    const isPoster = (element: Element) => element.closest('[data-component="you-tube"] button, [data-component="vimeo"] button') !== null
    for (const element of document.querySelectorAll('main *')) {
      if (isPoster(element)) continue
      for (const type of ['mouseover', 'mouseenter', 'mousedown', 'mouseup', 'click']) element.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }))
      if (element instanceof HTMLElement) element.focus()
    }
    for (const details of document.querySelectorAll('details')) details.open = !details.open
    await new Promise((resolve) => setTimeout(resolve, 300))
  })
}

test('no fixture code ran at build time', () => {
  // The build ran before the tests (playwright.config.ts); its payloads would have written this file.
  expect(existsSync(MARKER)).toBe(false)
})

test('every page of the hostile site: no injected script runs, nothing loads from elsewhere, the CSP holds', async ({ context, request, baseURL }) => {
  test.setTimeout(180_000)
  const origin = new URL(baseURL!).origin
  const paths = (await sitemapUrls(request)).map((url) => new URL(url).pathname)
  expect(paths).toEqual(expect.arrayContaining(['/', '/tags/hostile/', '/authors/mallory/', RAW_HTML_POST]))
  expect(paths.filter((path) => /^\/2024\//.test(path))).toHaveLength(5)
  for (const path of paths) {
    await test.step(path, async () => {
      const page = await context.newPage()
      const watch = await watchPage(page)
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(200)
      expect(response?.headers()['content-security-policy'], path).toBe(contentSecurityPolicy())
      await scrollThrough(page)
      // React hydrated the page: the toggle turns interactive (no id="__next_f" clobbered its scripts).
      await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', /^(true|false)$/)
      await poke(page)
      expect(await domDangers(page), path).toEqual([])
      expect(await watch.pwned(), path).toEqual([])
      expect(watch.dialogs, path).toEqual([])
      expect(watch.console.filter((line) => /PWNED/.test(line)), path).toEqual([])
      await expectCleanPage(page, watch, origin)
      await page.close()
    })
  }
})

test('the 404 page of the hostile site is clean too', async ({ page, baseURL }) => {
  const watch = await watchPage(page)
  expect((await page.goto('/2024/02/01/no-such-post/'))?.status()).toBe(404)
  expect(await domDangers(page)).toEqual([])
  await expectCleanPage(page, watch, new URL(baseURL!).origin, { expected404: true })
})

test('front matter stays text: in the title, the metadata and JSON-LD, with no </script> breakout', async ({ page, request }) => {
  const paths = (await sitemapUrls(request)).map((url) => new URL(url).pathname)
  const path = paths.find((candidate) => candidate.startsWith('/2024/02/02/'))!
  await page.goto(path)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOSTILE_TITLE)
  await expect(page).toHaveTitle(`${HOSTILE_TITLE} · recap`)
  await expect(page.locator('head meta[property="og:title"]')).toHaveAttribute('content', HOSTILE_TITLE)
  const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents()
  expect(jsonLd.length).toBeGreaterThan(0)
  const article = jsonLd.map((text) => JSON.parse(text) as { headline?: string; description?: string }).find((data) => data.headline)
  expect(article?.headline).toBe(HOSTILE_TITLE)
  // In the HTML as sent, the payload never closes the JSON-LD script.
  const html = await (await request.get(path)).text()
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => match[1])
  for (const text of scripts) expect(text).not.toMatch(/<\/?script/i)
  await expect(page.getByText("</script><script>window.__pwned='event'</script> ]]> & Conf", { exact: true }).first()).toBeVisible()
})

test('feeds parse as XML whatever the titles hold, and keep them as text', async ({ request, baseURL }) => {
  const tagFeeds = (await sitemapUrls(request)).filter((url) => /\/tags\/[^/]+\/$/.test(url)).map((url) => `${new URL(url).pathname}feed.xml`)
  expect(tagFeeds.length).toBeGreaterThanOrEqual(4)
  for (const path of ['/feed.xml', '/blog/index.xml', ...tagFeeds]) {
    const channel = await fetchFeed(request, path)
    for (const item of channel.item) expect(item.link, path).toMatch(new RegExp(`^${baseURL}/2024/`))
  }
  const titles = (await fetchFeed(request, '/feed.xml')).item.map((item) => item.title)
  expect(titles).toContain(HOSTILE_TITLE)
  expect(titles).toContain("${require('fs').writeFileSync('/tmp/recap-hostile-build-marker', 'title')}")
})

test('share images render for hostile titles', async ({ page, request }) => {
  const paths = (await sitemapUrls(request)).map((url) => new URL(url).pathname)
  for (const path of [paths.find((candidate) => candidate.startsWith('/2024/02/02/'))!, '/2024/02/05/code-as-data/']) {
    await page.goto(path)
    const image = await page.locator('head meta[property="og:image"]').first().getAttribute('content')
    expect(image, path).toMatch(/\/og\/posts\/.*\.png$/)
    const response = await request.get(new URL(image!).pathname)
    expect(response.status(), path).toBe(200)
    expect(response.headers()['content-type'], path).toBe('image/png')
    expect((await response.body()).subarray(1, 4).toString(), path).toBe('PNG')
  }
})

test('video iframes from post HTML wait for a click, then load only their players', async ({ page, baseURL }) => {
  const watch = await watchPage(page)
  const framed: string[] = []
  const player = (route: Parameters<Parameters<Page['route']>[1]>[0]) => {
    framed.push(route.request().url())
    return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>player</title>' })
  }
  await page.route('https://www.youtube-nocookie.com/**', player)
  await page.route('https://player.vimeo.com/**', player)
  await page.goto(RAW_HTML_POST)
  await scrollThrough(page)
  expect(framed).toEqual([])
  await expectCleanPage(page, watch, new URL(baseURL!).origin)
  await startPlayer(page, 'Play video: A YouTube iframe from raw HTML', 'https://www.youtube-nocookie.com/embed/Z3nfLI3z0hc')
  await startPlayer(page, 'Play video: A Vimeo iframe from raw HTML', 'https://player.vimeo.com/video/76979871')
  await expect.poll(() => framed.map((url) => new URL(url).origin + new URL(url).pathname).sort()).toEqual([
    'https://player.vimeo.com/video/76979871',
    'https://www.youtube-nocookie.com/embed/Z3nfLI3z0hc',
  ])
  expect(framed.find((url) => url.includes('vimeo'))).toContain('dnt=1')
  expect(await watch.violations()).toEqual([])
  expect(await watch.pwned()).toEqual([])
  expect(watch.console.filter((line) => /^(error|warning):/.test(line))).toEqual([])
})

test('the checks can fail: a page that breaks the rules is caught', async ({ page }) => {
  // A self-test of the watchers, on a page served here with its own strict policy.
  await page.route('http://watch.test/', (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: { 'Content-Security-Policy': "img-src 'none'" },
      body: `<!doctype html><main><img src="/blocked.png"><a href="javascript:void 0" onclick="window.__pwned='click'">x</a><script>window.__pwned='inline'; console.log('PWNED')</script></main>`,
    }),
  )
  const watch = await watchPage(page)
  await page.goto('http://watch.test/')
  await poke(page)
  await expect.poll(() => watch.violations()).toEqual([expect.stringMatching(/^img-src blocked http:\/\/watch\.test\/blocked\.png/)])
  expect(await watch.pwned()).toEqual(['inline', 'click'])
  expect(watch.console).toContain('log: PWNED')
  expect(await domDangers(page)).toEqual(['<a> href="javascript:void 0"', '<a> onclick', '<script>window.__pwned=\'inline\'; console.log(\'PWNED\')'])
})
