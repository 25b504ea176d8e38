import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { fixtureContext, loadFixture } from '@/tests/helpers/publishing-fixtures'
import { atomProblems, jsonFeedProblems } from '@/tests/helpers/feed-formats'
import type { Post } from '../content'
import { renderPostHtml } from '../markdown/html'
import { postDescription } from '../markdown/summary'
import { absoluteUrl, feedPaths, feedStylesheetPath } from '../routes'
import { site } from '../site'
import { buildAtomFeed, buildFeed, buildJsonFeed, feedResponse, type FeedItemParts, type FeedSpec, type JsonFeed } from '.'
import { feedStylesheet } from './stylesheet'

const hostile = loadFixture('hostile')

async function partsFor(post: Post): Promise<FeedItemParts> {
  return {
    html: await renderPostHtml(post, { context: fixtureContext }),
    description: postDescription(post),
    authors: post.authorIds.map((id) => hostile.authors.find((author) => author.id === id)?.name ?? id),
  }
}

const spec: FeedSpec = { title: 'Feed & <friends> ]]>', description: 'About & <stuff>', pagePath: '/tags/x/', paths: feedPaths('/tags/x/'), posts: hostile.posts }
const tom = hostile.posts.find((post) => post.title.startsWith('Tom'))!

describe('Atom 1.0', () => {
  it('is valid by RFC 4287 whatever titles, bodies and names hold', async () => {
    expect(atomProblems(await buildAtomFeed(spec, partsFor))).toEqual([])
  })

  it('carries each post whole: title and HTML as written, published and updated dates, authors, self link', async () => {
    const xml = await buildAtomFeed(spec, partsFor)
    const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: false, isArray: (name) => ['entry', 'link', 'author', 'category'].includes(name) })
    const feed = parser.parse(xml).feed
    expect(feed.title).toBe('Feed & <friends> ]]>')
    expect(feed.link).toContainEqual({ '@_rel': 'self', '@_href': absoluteUrl('/tags/x/atom.xml') })
    const entry = feed.entry.find((candidate: { title: { '#text': string } }) => candidate.title['#text'].startsWith('Tom'))
    expect(entry.title['#text']).toBe('Tom & Jerry <b>bold</b> ]]> twice ]]> and a bell  in </script>')
    expect(entry.id).toBe(absoluteUrl(tom.path))
    expect(entry.published).toBe(new Date(tom.date).toISOString())
    expect(entry.updated).toBe(new Date(tom.updated).toISOString())
    expect(entry.author.map((person: { name: string }) => person.name)).toEqual(['Mallory <m@example.com> & Co ]]>'])
    expect(entry.content['@_type']).toBe('html')
    expect(entry.content['#text']).toContain('Text that ends a CDATA section ]]> and again ]]> and once more ]]>.')
    expect(entry.content['#text']).not.toMatch(/<script|javascript:/)
  })

  it('notices what RFC 4287 forbids (the checker can fail)', () => {
    const broken = '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><updated>yesterday</updated><entry><title>a</title><id>/relative</id></entry></feed>'
    expect(atomProblems(broken)).toEqual(
      expect.arrayContaining(['<feed> has no <id>', '<feed> <updated> "yesterday" is not an RFC 3339 date', 'entry 1 <id> is not an absolute IRI', 'entry 1 has no <updated>', 'entry 1 has no <author> and neither has the feed']),
    )
  })
})

describe('JSON Feed 1.1', () => {
  it('is valid by the 1.1 specification, with full HTML and both dates', async () => {
    const text = await buildJsonFeed(spec, partsFor)
    expect(jsonFeedProblems(text)).toEqual([])
    const feed = JSON.parse(text) as JsonFeed
    expect(feed.feed_url).toBe(absoluteUrl('/tags/x/feed.json'))
    expect(feed.home_page_url).toBe(absoluteUrl('/tags/x/'))
    const item = feed.items.find((candidate) => candidate.title.startsWith('Tom'))!
    expect(item.title).toBe('Tom & Jerry <b>bold</b> ]]> twice ]]> and a bell \u0007 in </script>'.replace('\u0007', ''))
    expect(item.content_html).toContain('<p>')
    expect(item.date_published).toBe(tom.date)
    expect(item.date_modified).toBe(tom.updated)
    expect(feed.items.length).toBe(Math.min(site.feedItems, hostile.posts.length))
  })

  it('notices what the specification forbids (the checker can fail)', () => {
    expect(jsonFeedProblems('{"version":"https://jsonfeed.org/version/1","items":[{"id":"1"}]}')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^version:/), expect.stringMatching(/^title:/), expect.stringMatching(/^items\.0: an item needs content_html/)]),
    )
    expect(jsonFeedProblems('{')).toEqual([expect.stringMatching(/^not JSON/)])
  })
})

describe('every format from one spec', () => {
  it('lists the same posts in the same order in RSS, Atom and JSON Feed', async () => {
    const titles = async (format: 'rss' | 'atom' | 'json') => {
      const body = await buildFeed(format, spec, partsFor)
      if (format === 'json') return (JSON.parse(body) as JsonFeed).items.map((item) => item.url)
      return [...body.matchAll(format === 'rss' ? /<link>([^<]+)<\/link>/g : /<id>([^<]+)<\/id>/g)].map((match) => match[1]).slice(1)
    }
    const rss = await titles('rss')
    expect(rss.length).toBeGreaterThan(1)
    expect(await titles('atom')).toEqual(rss)
    expect(await titles('json')).toEqual(rss)
  })

  it('points RSS and Atom at the XSL stylesheet and serves them as XML a browser renders', async () => {
    for (const format of ['rss', 'atom'] as const) {
      const body = await buildFeed(format, spec, partsFor)
      expect(body.split('\n')[1]).toBe(`<?xml-stylesheet href="${feedStylesheetPath()}" type="text/xsl"?>`)
      expect(feedResponse(format, body).headers.get('content-type')).toBe('application/xml; charset=utf-8')
    }
    expect(feedResponse('json', '{}').headers.get('content-type')).toBe('application/feed+json; charset=utf-8')
  })

  it('writes an XSLT stylesheet that is well-formed XML and loads no inline style or script', () => {
    const xsl = feedStylesheet()
    expect(new XMLParser().parse(xsl)).toBeTruthy()
    expect(xsl).not.toMatch(/<style|\sstyle=|<script|\son\w+=/i)
    expect(xsl).toContain('href="/theme.css"')
  })
})
