import { expect, type APIRequestContext } from '@playwright/test'
import { XMLParser, XMLValidator } from 'fast-xml-parser'

/** An RSS item as the specs read it. */
export type RssItem = { title: string; link: string; description: string; 'content:encoded': string; pubDate: string }

/** An RSS channel as the specs read it. */
export type RssChannel = { title: string; link: string; 'atom:link': { '@_href': string }; item: RssItem[] }

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ['item', 'url', 'category'].includes(name) })

/** Fetches `path`, checks it is well-formed XML served as XML, and parses it. */
export async function fetchXml<T>(request: APIRequestContext, path: string): Promise<{ data: T; text: string; contentType: string }> {
  const response = await request.get(path)
  expect(response.status(), path).toBe(200)
  const contentType = response.headers()['content-type'] ?? ''
  expect(contentType, path).toMatch(/xml/)
  const text = await response.text()
  expect(XMLValidator.validate(text), path).toBe(true)
  return { data: parser.parse(text) as T, text, contentType }
}

/** Fetches and parses an RSS 2.0 feed. */
export async function fetchFeed(request: APIRequestContext, path: string): Promise<RssChannel> {
  const { data } = await fetchXml<{ rss: { '@_version': string; channel: RssChannel } }>(request, path)
  expect(data.rss['@_version'], path).toBe('2.0')
  return { ...data.rss.channel, item: data.rss.channel.item ?? [] }
}

/** The <loc> of every URL in the sitemap. */
export async function sitemapUrls(request: APIRequestContext): Promise<string[]> {
  const { data } = await fetchXml<{ urlset: { url: { loc: string; lastmod?: string }[] } }>(request, '/sitemap.xml')
  for (const url of data.urlset.url) expect(url.lastmod, url.loc).toMatch(/^\d{4}-\d{2}-\d{2}T/)
  return data.urlset.url.map((url) => url.loc)
}
