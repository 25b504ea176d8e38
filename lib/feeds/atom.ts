import { Feed } from 'feed'
import type { Post } from '../content'
import { latestInstant } from '../dates'
import { absoluteUrl, postPath, tagPath } from '../routes'
import { shareImageFor } from '../share-image'
import { site } from '../site'
import { cdataText, feedItemParts, feedPosts, withStylesheet, xmlText, type FeedItemParts, type FeedSpec } from './feed-spec'

/**
 * The feed as Atom 1.0 (RFC 4287): what RSS carries, plus each entry's `updated` (the post's
 * last change) beside `published`. The feed names the publisher as its author, so an entry
 * without authors is still valid.
 */
export async function buildAtomFeed(spec: FeedSpec, partsFor: (post: Post) => Promise<FeedItemParts> = feedItemParts): Promise<string> {
  const posts = feedPosts(spec)
  const newest = latestInstant(posts.map((post) => post.updated))
  const feed = new Feed({
    title: xmlText(spec.title),
    description: xmlText(spec.description),
    id: absoluteUrl(spec.pagePath),
    link: absoluteUrl(spec.pagePath),
    language: site.language,
    updated: newest ? new Date(newest) : new Date(0),
    generator: site.title,
    feedLinks: { atom: absoluteUrl(spec.paths.atom ?? spec.pagePath) },
    author: { name: xmlText(site.publisher), link: absoluteUrl('/') },
    copyright: xmlText(`© ${site.publisher}`),
  })
  for (const post of posts) {
    const parts = await partsFor(post)
    const image = shareImageFor(post)
    const url = absoluteUrl(postPath(post))
    feed.addItem({
      title: cdataText(post.title),
      id: url,
      link: url,
      date: new Date(post.updated),
      published: new Date(post.date),
      description: cdataText(parts.description),
      content: cdataText(parts.html),
      author: parts.authors.map((name) => ({ name: xmlText(name) })),
      category: post.tags.map((tag) => ({ name: xmlText(tag.name), term: xmlText(tag.name), scheme: absoluteUrl(tagPath(tag)) })),
      image: { url: image.url, type: image.type, length: image.bytes ?? 0 },
    })
  }
  return withStylesheet(feed.atom1())
}
