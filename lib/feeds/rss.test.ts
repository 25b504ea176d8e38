import { statSync } from 'node:fs'
import { join } from 'node:path'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { fixtureContext, loadFixture } from '@/tests/helpers/publishing-fixtures'
import type { Post } from '../content'
import { buildRssFeed, cdataText, siteFeed, xmlText, type FeedItemParts, type FeedSpec } from '.'
import { renderPostHtml } from '../markdown/html'
import { postDescription } from '../markdown/summary'
import { absoluteUrl, postShareImagePath } from '../routes'
import { site } from '../site'

const hostile = loadFixture('hostile')

async function partsFor(post: Post): Promise<FeedItemParts> {
  return {
    html: await renderPostHtml(post, { context: fixtureContext }),
    description: postDescription(post),
    authors: post.authorIds.map((id) => hostile.authors.find((author) => author.id === id)?.name ?? id),
  }
}

function spec(posts: Post[]): FeedSpec {
  return { title: 'Feed & <friends> ]]>', description: 'About & <stuff>', pagePath: '/blog/', paths: { rss: '/blog/index.xml' }, posts }
}

type Item = { title: string; link: string; description: string; 'content:encoded': string; 'dc:creator': string; category: { '#text': string; '@_domain': string }[]; enclosure: { '@_url': string; '@_type': string; '@_length': string }; pubDate: string }
type Channel = { title: string; description: string; lastBuildDate: string; 'atom:link': { '@_href': string }; item: Item[] }

function parse(xml: string): Channel {
  expect(XMLValidator.validate(xml)).toBe(true)
  const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: false, isArray: (name) => name === 'item' || name === 'category' })
  return (parser.parse(xml) as { rss: { channel: Channel } }).rss.channel
}

describe('buildRssFeed', () => {
  it('writes well-formed XML whatever titles, bodies and names hold, and reads back the same text', async () => {
    const channel = parse(await buildRssFeed(spec(hostile.posts), partsFor))
    const item = channel.item.find((candidate) => candidate.title.startsWith('Tom'))!
    // The bell (U+0007) cannot be in XML at all; everything else comes through as written.
    expect(item.title).toBe('Tom & Jerry <b>bold</b> ]]> twice ]]> and a bell  in </script>')
    expect(item.description).toBe('Ampersands & angle <brackets> ]]> end CDATA ]]> twice')
    expect(item['dc:creator']).toBe('Mallory <m@example.com> & Co ]]>')
    expect(item.category.map((category) => category['#text'])).toEqual(['R&D <lab>', ']]>'])
    expect(channel.title).toBe('Feed & <friends> ]]>')
    const body = item['content:encoded']
    expect(body.split(']]>').length - 1).toBe(4)
    expect(body).toContain('Text that ends a CDATA section ]]> and again ]]> and once more ]]>.')
    expect(body).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/)
    expect(body).not.toMatch(/<script|javascript:/)
  })

  it('gives every link, image and category an absolute URL on the site', async () => {
    const channel = parse(await buildRssFeed(spec(hostile.posts), partsFor))
    const item = channel.item.find((candidate) => candidate.title.startsWith('Tom'))!
    expect(item.link).toBe(absoluteUrl(hostile.posts.find((post) => post.title.startsWith('Tom'))!.path))
    expect(item.link).toMatch(/^https?:\/\/[^/]+\/2020\/01\/02\//)
    expect(item['content:encoded']).toContain(`src="${absoluteUrl('/uploads/barcelona-badge-wall.jpg')}"`)
    expect(item['content:encoded']).not.toMatch(/(src|href)="\//)
    expect(item.category[0]['@_domain']).toBe(absoluteUrl('/tags/r-and-d-lab/'))
    expect(channel['atom:link']['@_href']).toBe(absoluteUrl('/blog/index.xml'))
  })

  it('attaches the share image: the thumbnail with its size, else the generated PNG', async () => {
    const channel = parse(await buildRssFeed(spec(hostile.posts), partsFor))
    const plain = channel.item.find((item) => item.title === 'A plain post')!
    expect(plain.enclosure).toEqual({
      '@_url': absoluteUrl('/uploads/hugo-to-recap.png'),
      '@_type': 'image/png',
      '@_length': String(statSync(join(process.cwd(), 'public/uploads/hugo-to-recap.png')).size),
    })
    const titled = channel.item.find((item) => item.title.startsWith('Tom'))!
    expect(titled.enclosure['@_url']).toBe(absoluteUrl(postShareImagePath(hostile.posts.find((post) => post.title.startsWith('Tom'))!)))
    expect(titled.enclosure['@_type']).toBe('image/png')
  })

  it('lists the newest posts first, at most site.feedItems, dated by the newest change', async () => {
    const base = hostile.posts.find((post) => post.title === 'A plain post')!
    const many = Array.from({ length: site.feedItems + 5 }, (_, i) => {
      const date = new Date(Date.UTC(2020, 0, 30 - i)).toISOString()
      return { ...base, title: `Post ${i}`, path: `/2020/01/${30 - i}/post-${i}/`, date, updated: date }
    })
    const channel = parse(await buildRssFeed(spec(many), async () => ({ html: '<p>x</p>', description: 'x', authors: [] })))
    expect(channel.item).toHaveLength(site.feedItems)
    expect(channel.item[0].title).toBe('Post 0')
    expect(channel.lastBuildDate).toBe('Thu, 30 Jan 2020 00:00:00 GMT')
  })

  it('builds the site feed from content/ without the draft', async () => {
    const xml = await buildRssFeed(siteFeed())
    const channel = parse(xml)
    expect(channel.item.length).toBeGreaterThan(0)
    expect(xml).not.toContain('SECRET-DRAFT-MARKER-7f3a')
    expect(xml).not.toContain('Speaker notes we never published')
  })
})

describe('XML-safe text', () => {
  it('removes characters XML cannot hold and keeps the rest, emoji included', () => {
    expect(xmlText('a\u0000b\u0007c\u000Bd\u001Fe\uFFFEf\uD800g\uDC00h😀\ti\nj')).toBe('abcdefgh😀\ti\nj')
  })

  it('splits every ]]> but the first, which the feed library splits itself', () => {
    expect(cdataText(']]>a]]>b]]>')).toBe(']]>a]]]]><![CDATA[>b]]]]><![CDATA[>')
    expect(cdataText('plain')).toBe('plain')
  })
})
