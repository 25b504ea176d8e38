import { spawn } from 'node:child_process'
import { test, expect, type Page } from '@playwright/test'
import { atomProblems, jsonFeedProblems } from '../tests/helpers/feed-formats'
import { fetchFeed, fetchXml, sitemapUrls } from './support/xml'

/** The feeds a page advertises of one type, as a browser resolves their links against the page. */
async function advertised(page: Page, type = 'application/rss+xml'): Promise<string[]> {
  return page.locator(`head link[rel="alternate"][type="${type}"]`).evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href))
}

const POSTS = [
  'How we write a meetup recap in an evening',
  'Bringing a Hugo blog along',
  'KubeCon EU 2019 in Barcelona: what we took home',
  'Our second meetup, in Porto: four talks and a river',
  'The first recap community meetup, in Lisbon',
]
const DRAFT = 'Speaker notes we never published'

test('the site feed and the blog feed list every published post, newest first, with full content', async ({ request, baseURL }) => {
  for (const path of ['/feed.xml', '/blog/index.xml']) {
    const channel = await fetchFeed(request, path)
    expect(channel['atom:link']['@_href']).toBe(`${baseURL}${path}`)
    expect(channel.item.map((item) => item.title)).toEqual(POSTS)
    for (const item of channel.item) {
      expect(item.link).toMatch(new RegExp(`^${baseURL}/\\d{4}/\\d{2}/\\d{2}/[^/]+/$`))
      expect(item.description.length).toBeGreaterThan(20)
      expect(item['content:encoded']).toContain('<p>')
      // Every URL in the content is absolute: a feed reader shows it away from the site.
      expect(item['content:encoded']).not.toMatch(/(?:href|src)="(?!https?:|mailto:)/)
    }
    expect(JSON.stringify(channel)).not.toContain(DRAFT)
  }
})

test('every tag has a feed of its own posts, linked from its page', async ({ request, page, baseURL }) => {
  const tagPages = (await sitemapUrls(request)).filter((url) => /\/tags\/[^/]+\/$/.test(url))
  expect(tagPages.length).toBeGreaterThanOrEqual(5)
  for (const tagPage of tagPages) {
    const path = new URL(tagPage).pathname
    const channel = await fetchFeed(request, `${path}feed.xml`)
    expect(channel.link).toBe(tagPage)
    expect(channel.item.length).toBeGreaterThan(0)
    for (const item of channel.item) expect(POSTS).toContain(item.title)
  }
  await page.goto('/tags/events/')
  expect(await advertised(page)).toEqual([`${baseURL}/feed.xml`, `${baseURL}/tags/events/feed.xml`])
  expect(await advertised(page, 'application/atom+xml')).toEqual([`${baseURL}/atom.xml`, `${baseURL}/tags/events/atom.xml`])
  expect(await advertised(page, 'application/feed+json')).toEqual([`${baseURL}/feed.json`, `${baseURL}/tags/events/feed.json`])
})

test('pages advertise the feeds they belong to', async ({ page, request, baseURL }) => {
  const feedsOf = async (path: string) => {
    await page.goto(path)
    return advertised(page)
  }
  expect(await feedsOf('/')).toEqual([`${baseURL}/feed.xml`])
  expect(await feedsOf('/blog/')).toEqual([`${baseURL}/feed.xml`, `${baseURL}/blog/index.xml`])
  expect(await feedsOf('/2019/05/27/kubecon-eu-2019-in-barcelona-what-we-took-home/')).toEqual([`${baseURL}/feed.xml`])
  expect(await feedsOf('/events/')).toEqual([`${baseURL}/feed.xml`])
  // application/xml, not application/rss+xml: browsers show the latter as plain text and never
  // apply the XSL stylesheet; <head> names the specific types.
  const feed = await request.get('/feed.xml')
  expect(feed.headers()['content-type']).toBe('application/xml; charset=utf-8')
})

test('the site and every tag have Atom 1.0 and JSON Feed 1.1 feeds, valid by their specifications, with the posts of RSS', async ({ request }) => {
  const tagPages = (await sitemapUrls(request)).filter((url) => /\/tags\/[^/]+\/$/.test(url)).map((url) => new URL(url).pathname)
  for (const folder of ['/', ...tagPages]) {
    const rss = await fetchFeed(request, `${folder}feed.xml`)
    const atom = await request.get(`${folder}atom.xml`)
    expect(atom.headers()['content-type']).toBe('application/xml; charset=utf-8')
    const atomText = await atom.text()
    expect(atomProblems(atomText), `${folder}atom.xml`).toEqual([])
    const json = await request.get(`${folder}feed.json`)
    expect(json.headers()['content-type']).toBe('application/feed+json; charset=utf-8')
    const jsonText = await json.text()
    expect(jsonFeedProblems(jsonText), `${folder}feed.json`).toEqual([])
    const jsonItems = (JSON.parse(jsonText) as { items: { url: string; content_html: string }[] }).items
    expect(jsonItems.map((item) => item.url)).toEqual(rss.item.map((item) => item.link))
    for (const item of jsonItems) expect(item.content_html).toContain('<p>')
    expect([...atomText.matchAll(/<link href="([^"]+)"\/>/g)].map((match) => match[1])).toEqual(rss.item.map((item) => item.link))
  }
})

test('a feed opened in the browser reads as a page: title, posts as links, the site colours, no console error', async ({ page, baseURL }) => {
  const errors: string[] = []
  page.on('console', (message) => {
    // Chromium adds a banner to every XSLT result to say XSLT is deprecated; the CSP blocks the
    // banner's inline style (below: no element of ours has one). Anything else is ours.
    if (message.type() === 'error' && !/XSLT|xslt|^Applying inline style violates/.test(message.text())) errors.push(message.text())
  })
  for (const path of ['/feed.xml', '/atom.xml', '/tags/events/feed.xml']) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('recap')
    await expect(page.getByText('This is a feed')).toBeVisible()
    const posts = page.getByRole('list').getByRole('link')
    expect(await posts.count()).toBeGreaterThan(0)
    expect(await posts.first().getAttribute('href')).toMatch(new RegExp(`^${baseURL}/\\d{4}/`))
    // /feed.css applied: the page is not the browser's raw XML view.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('main')!).maxWidth)).not.toBe('none')
    expect(await page.evaluate(() => [...document.querySelectorAll('[style]')].map((element) => element.localName).filter((name) => name !== 'xslt-warning-banner'))).toEqual([])
  }
  expect(errors).toEqual([])
  const xsl = await page.request.get('/feed.xsl')
  expect(xsl.headers()['content-type']).toBe('text/xsl; charset=utf-8')
})

test('feed links reach the server that sent the page, whatever address the build was given', async ({ page, baseURL }) => {
  // The same build, served on another port: its SITE_URL (baseURL) names a server this one is not.
  const port = Number(new URL(baseURL!).port) + 8
  const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, RECAP_DIST_DIR: '.next-e2e-site', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  })
  try {
    const other = `http://127.0.0.1:${port}`
    await expect(async () => expect((await page.request.get(`${other}/`)).status()).toBe(200)).toPass({ timeout: 60_000 })
    await page.goto(`${other}/tags/events/`)
    const links = [...(await advertised(page)), ...(await advertised(page, 'application/atom+xml')), ...(await advertised(page, 'application/feed+json'))]
    expect(links).toHaveLength(6)
    for (const link of links) {
      expect(link.startsWith(`${other}/`), link).toBe(true)
      expect((await page.request.get(link)).status(), link).toBe(200)
    }
  } finally {
    process.kill(-server.pid!, 'SIGTERM')
  }
})

test('the sitemap lists every published page with its last change, and each answers', async ({ request, baseURL }) => {
  const urls = await sitemapUrls(request)
  for (const path of ['/', '/blog/', '/tags/', '/tags/events/', '/authors/ada/', '/authors/sam/', '/events/', '/2019/06/11/bringing-a-hugo-blog-along/']) {
    expect(urls).toContain(`${baseURL}${path}`)
  }
  expect(urls.filter((url) => /\/\d{4}\/\d{2}\/\d{2}\//.test(url))).toHaveLength(POSTS.length)
  expect(urls.join('\n')).not.toMatch(/speaker-notes|\/page\/1\/|bringing-hugo-along|moving-from-hugo/)
  for (const url of urls) expect((await request.get(url, { maxRedirects: 0 })).status(), url).toBe(200)
})

test('robots.txt lets crawlers in and names the sitemap', async ({ request, baseURL }) => {
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toContain('Allow: /')
  expect(robots).not.toContain('Disallow: /')
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`)
  await fetchXml(request, '/sitemap.xml')
})
