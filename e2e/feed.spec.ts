import { test, expect } from '@playwright/test'
import { fetchFeed, fetchXml, sitemapUrls } from './support/xml'

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
  const advertised = await page.locator('head link[rel="alternate"][type="application/rss+xml"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
  expect(advertised).toEqual([`${baseURL}/feed.xml`, `${baseURL}/tags/events/feed.xml`])
})

test('pages advertise the feeds they belong to', async ({ page, request, baseURL }) => {
  const feedsOf = async (path: string) => {
    await page.goto(path)
    return page.locator('head link[rel="alternate"][type="application/rss+xml"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
  }
  expect(await feedsOf('/')).toEqual([`${baseURL}/feed.xml`])
  expect(await feedsOf('/blog/')).toEqual([`${baseURL}/feed.xml`, `${baseURL}/blog/index.xml`])
  expect(await feedsOf('/2019/05/27/kubecon-eu-2019-in-barcelona-what-we-took-home/')).toEqual([`${baseURL}/feed.xml`])
  expect(await feedsOf('/events/')).toEqual([`${baseURL}/feed.xml`])
  const feed = await request.get('/feed.xml')
  expect(feed.headers()['content-type']).toBe('application/rss+xml; charset=utf-8')
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
