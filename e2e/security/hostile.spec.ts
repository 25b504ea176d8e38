import { existsSync } from 'node:fs'
import { test, expect, type Page } from '@playwright/test'
import { contentSecurityPolicy } from '../../lib/security-headers.mjs'
import { THEME_SCRIPT } from '../../lib/theme'
import { FRAMEWORK_GLOBALS } from '../../lib/safe-ids'
import { fetchFeed, sitemapUrls } from '../support/xml'
import { scrollThrough, startPlayer } from '../support/watch'
import { guardPage } from '../support/guard'

// A production build of tests/fixtures/hostile/content (see its README): every payload there would
// set window.__pwned, log PWNED, open a dialog or load from evil.example if it ran. None may.
const MARKER = '/tmp/recap-hostile-build-marker'
const HOSTILE_TITLE = "</script><script>window.__pwned='title'</script> ]]> & <b>not bold</b>  bells"
const RAW_HTML_POST = '/2024/02/01/raw-html-that-tries-to-run/'
// Posts of the second round (see tests/fixtures/hostile/README.md).
const NEW_POSTS = [
  '/2024/02/06/text-normalised/',
  '/2024/02/07/a-toml-recap-with-its-event-in-a-table/',
  '/2024/02/08/headings-named-like-the-frameworks-globals/',
  '/2024/02/09/jsx-headings-named-like-the-frameworks-globals/',
  '/2024/02/10/remote-images-in-components/',
  '/2024/02/11/remote-images-in-shortcodes/',
  '/2024/café/',
  '/2024/02/13/日本語のタイトル東京で開催されたカンファレンスのまとめ/',
  '/2024/02/14/an-event-named-like-a-framework-global/',
]

/**
 * Addresses recap wrote into the page that a browser reads as another site: canonical and share
 * URLs, feeds, and every link whose href is not an absolute http(s), mailto or tel URL (a path
 * like /\\evil.example/ is one to a naive reader and another host to the browser).
 */
async function offSiteAddresses(page: Page, origin: string): Promise<string[]> {
  return page.evaluate((site) => {
    const found: string[] = []
    for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="canonical"], link[rel="alternate"]')) if (new URL(link.href).origin !== site) found.push(`<link rel=${link.rel}> ${link.href}`)
    for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[property="og:url"], meta[property="og:image"], meta[name="twitter:image"]')) if (new URL(meta.content, location.href).origin !== site) found.push(`<meta ${meta.getAttribute('property') ?? meta.name}> ${meta.content}`)
    for (const anchor of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const written = anchor.getAttribute('href') ?? ''
      if (/^(https?:\/\/|mailto:|tel:)/i.test(written)) continue
      if (new URL(anchor.href).origin !== site) found.push(`<a href="${written}"> goes to ${anchor.href}`)
    }
    return found
  }, origin)
}

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

test('every page of the hostile site: no injected script runs, nothing loads from elsewhere, no error, the CSP holds', async ({ context, request, baseURL }) => {
  // Every page of the site: posts, lists, tags, authors, events, speakers, series (a few seconds each on a busy machine).
  test.setTimeout(900_000)
  const origin = new URL(baseURL!).origin
  const paths = (await sitemapUrls(request)).map((url) => decodeURI(new URL(url).pathname))
  expect(paths).toEqual(expect.arrayContaining(['/', '/blog/', '/tags/', '/events/', '/tags/hostile/', '/tags/constructor/', '/authors/mallory/', '/authors/tostring/', RAW_HTML_POST, ...NEW_POSTS]))
  // Event, speaker and series pages of the hostile talk list, speakers.yml and series.
  expect(paths).toEqual(expect.arrayContaining(['/events/event-next/', '/speakers/', '/speakers/constructor-proto/', '/series/script-script-window-pwned-series-script-proto-and-next/']))
  expect(paths.filter((path) => /^\/2024\//.test(path))).toHaveLength(14)
  for (const path of paths) {
    await test.step(path, async () => {
      const page = await context.newPage()
      const guard = await guardPage(page, origin)
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(200)
      expect(response?.headers()['content-security-policy'], path).toBe(contentSecurityPolicy())
      await scrollThrough(page)
      // React hydrated the page: the toggle turns interactive (no id="__next_f" clobbered its
      // scripts, and no text differs between the server's HTML and the browser's, error #418).
      await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', /^(true|false)$/)
      await poke(page)
      expect(await domDangers(page), path).toEqual([])
      expect(await offSiteAddresses(page, origin), path).toEqual([])
      await guard.expectClean()
      await page.close()
    })
  }
})

test('search over the hostile site: results show the payloads as text and run none of them', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin
  const guard = await guardPage(page, origin)
  const response = await page.goto('/search/?q=pwned')
  expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy({ allowWasm: true }))
  const results = page.locator('main li a[href]')
  await expect(results.first()).toBeVisible({ timeout: 30_000 })
  // Every result is a page of this site, whatever the post's markup tried (data-pagefind-meta url:).
  for (const href of await results.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))) expect(href.startsWith(`${origin}/`), href).toBe(true)
  expect(await page.locator('main').innerText()).not.toContain('Search result from raw HTML')
  expect(await domDangers(page)).toEqual([])
  await guard.expectClean()
})

test('the 404 page of the hostile site is clean too', async ({ page, baseURL }) => {
  const guard = await guardPage(page, new URL(baseURL!).origin)
  expect((await page.goto('/2024/02/01/no-such-post/'))?.status()).toBe(404)
  expect(await domDangers(page)).toEqual([])
  await guard.expectClean({ expected404: true })
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
  // A recap's JSON-LD is a graph (BlogPosting, Event, VideoObject…): the article is one node of it.
  type Node = { headline?: string; description?: string; '@graph'?: Node[] }
  const article = jsonLd.flatMap((text) => [JSON.parse(text) as Node]).flatMap((data) => [data, ...(data['@graph'] ?? [])]).find((data) => data.headline)
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
  const watch = await guardPage(page, new URL(baseURL!).origin)
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
  await watch.expectClean()
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
  // A self-test of the guard, on a page served here with its own strict policy.
  await page.route('http://watch.test/', (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: { 'Content-Security-Policy': "img-src 'none'" },
      body: `<!doctype html><main><img src="/blocked.png"><img src="https://evil.example/pixel.png"><a href="javascript:void 0" onclick="window.__pwned='click'">x</a><script>window.__pwned='inline'; console.log('PWNED'); console.error('Minified React error #418'); setTimeout(() => { throw new Error('boom') }); alert('PWNED alert')</script></main>`,
    }),
  )
  const guard = await guardPage(page, 'http://watch.test')
  await page.goto('http://watch.test/')
  await poke(page)
  await expect.poll(() => guard.violations()).toEqual(expect.arrayContaining([expect.stringMatching(/^img-src blocked http:\/\/watch\.test\/blocked\.png/)]))
  expect(await guard.pwned()).toEqual(['inline', 'click'])
  const problems = await guard.problems()
  for (const expected of [/^script ran: window.__pwned = inline$/, /^script ran: console log: PWNED$/, /^script ran: alert: PWNED alert$/, /^console error: Minified React error #418$/, /^exception: boom$/, /^request elsewhere: https:\/\/evil\.example\/pixel\.png$/, /^CSP violation: img-src blocked/]) {
    expect(problems, String(expected)).toEqual(expect.arrayContaining([expect.stringMatching(expected)]))
  }
  expect(await domDangers(page)).toEqual([
    '<a> href="javascript:void 0"',
    '<a> onclick',
    expect.stringMatching(/^<script>window.__pwned='inline'; console.log\('PWNED'\)/),
  ])
})

test('the guard sees a page leave the site by itself', async ({ page }) => {
  await page.route('http://watch.test/', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><meta http-equiv="refresh" content="0;url=https://evil.example/away"><p>Leaving</p>' }),
  )
  const guard = await guardPage(page, 'http://watch.test')
  await page.goto('http://watch.test/')
  await expect.poll(() => guard.offsite).toEqual(['https://evil.example/away'])
  expect(await guard.problems()).toEqual(expect.arrayContaining(['navigation off the site: https://evil.example/away']))
})

test('front matter text reads the same to the server and the browser: lone surrogates are U+FFFD, controls gone', async ({ page, baseURL }) => {
  const guard = await guardPage(page, new URL(baseURL!).origin)
  await page.goto('/2024/02/06/text-normalised/')
  const title = await page.getByRole('heading', { level: 1 }).textContent()
  // CR becomes a newline, as the browser's HTML parser would make it; C1 and DEL go.
  expect(title).toBe('Lone \uFFFD surrogate, low \uFFFD, a carriage\nreturn, C1  and DEL')
  expect(await page.locator('main').textContent()).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]|[\uD800-\uDFFF](?<![\uD800-\uDBFF][\uDC00-\uDFFF])/)
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', /^(true|false)$/)
  await guard.expectClean()
})

test('heading ids never shadow the globals Next reads: the page hydrates, and links to the headings land', async ({ page, baseURL }) => {
  for (const path of ['/2024/02/08/headings-named-like-the-frameworks-globals/', '/2024/02/09/jsx-headings-named-like-the-frameworks-globals/']) {
    const guard = await guardPage(page, new URL(baseURL!).origin)
    await page.goto(path)
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', /^(true|false)$/)
    const state = await page.evaluate((globals) => ({
      nextF: Array.isArray((self as unknown as { __next_f?: unknown }).__next_f),
      // React's own useId ids (_R_…_) are not content; no id or name of the page may be a global Next reads.
      shadowing: [...document.querySelectorAll('[id], [name]')].map((element) => element.id || element.getAttribute('name') || '').filter((id) => /^__/.test(id) || globals.includes(id)),
      brokenAnchors: [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="#"]')].map((anchor) => anchor.getAttribute('href')!.slice(1)).filter((id) => id && !document.getElementById(decodeURIComponent(id))),
    }), FRAMEWORK_GLOBALS)
    expect(state, path).toEqual({ nextF: true, shadowing: [], brokenAnchors: [] })
    await guard.expectClean()
  }
})

test('feeds link images on other sites, as pages do, instead of loading them in every reader', async ({ request, baseURL }) => {
  const origin = new URL(baseURL!).origin
  const paths = ['/feed.xml', '/blog/index.xml', '/tags/feeds/feed.xml', '/tags/hostile/feed.xml']
  let remoteLinks = 0
  for (const path of paths) {
    for (const item of (await fetchFeed(request, path)).item) {
      const html = item['content:encoded']
      const images = [...html.matchAll(/<img[^>]*\ssrc="([^"]*)"/g)].map((match) => match[1])
      // data:image/… loads nothing; anything else must be the site's own.
      expect(images.filter((src) => !src.startsWith('data:image/') && new URL(src, origin).origin !== origin), `${path}: ${item.title}`).toEqual([])
      // Elements, not text inside a quoted attribute value (an alt of `"><script>` is text there).
      expect(html.replace(/"[^"]*"/g, '""'), `${path}: ${item.title}`).not.toMatch(/<(iframe|video|audio|script|object|embed)\b/i)
      remoteLinks += (html.match(/\(image on tracker\.example\)/g) ?? []).length
    }
  }
  expect(remoteLinks).toBeGreaterThanOrEqual(6)
})

test('an event table in TOML front matter shows its dates', async ({ page }) => {
  await page.goto('/events/')
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'TOML Conf' }) })
  await expect(section).toContainText('Berlin')
  await expect(section).toContainText('February 6 – 7, 2024')
})

test('paths written with escapes, relative aliases and CJK titles stay on the site, and their aliases lead to them', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin
  const guard = await guardPage(page, origin)
  for (const [alias, target] of [
    ['/2024/old-cafe/', '/2024/café/'],
    ['/2024/日本/', '/2024/café/'],
    ['/oldest/', '/2024/café/'],
  ]) {
    await page.goto(alias)
    await expect(page).toHaveURL(`${origin}${encodeURI(target)}`)
    expect(await offSiteAddresses(page, origin)).toEqual([])
  }
  await page.goto('/blog/')
  await page.getByRole('link', { name: '日本語のタイトル東京で開催されたカンファレンスのまとめ', exact: true }).click()
  await expect(page).toHaveURL(`${origin}${encodeURI(NEW_POSTS[7])}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('日本語のタイトル東京で開催されたカンファレンスのまとめ')
  await guard.expectClean()
})
