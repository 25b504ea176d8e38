import { Feed } from 'feed'
import type { Post } from '../content'
import { latestInstant } from '../dates'
import { absoluteUrl, postPath, tagPath } from '../routes'
import { shareImageFor } from '../share-image'
import { site } from '../site'
import { cdataText, feedItemParts, feedPosts, withStylesheet, xmlText, type FeedItemParts, type FeedSpec } from './feed-spec'

/**
 * The feed as RSS 2.0: the `site.feedItems` newest posts with their full HTML. Text is made
 * safe for XML first (see xmlText), so no title or body can break the document.
 */
export async function buildRssFeed(spec: FeedSpec, partsFor: (post: Post) => Promise<FeedItemParts> = feedItemParts): Promise<string> {
  const posts = feedPosts(spec)
  const newest = latestInstant(posts.map((post) => post.updated))
  const feed = new Feed({
    title: xmlText(spec.title),
    description: xmlText(spec.description),
    id: absoluteUrl(spec.pagePath),
    link: absoluteUrl(spec.pagePath),
    language: site.language,
    // The newest change, not the build time: rebuilding unchanged content gives the same feed.
    updated: newest ? new Date(newest) : new Date(0),
    generator: site.title,
    feedLinks: { rss: absoluteUrl(spec.paths.rss ?? spec.pagePath) },
    copyright: xmlText(`© ${site.publisher}`),
  })
  for (const post of posts) {
    const parts = await partsFor(post)
    const image = shareImageFor(post)
    const url = absoluteUrl(postPath(post))
    feed.addItem({
      title: cdataText(post.title),
      link: url,
      date: new Date(post.date),
      description: cdataText(parts.description),
      content: cdataText(parts.html),
      category: post.tags.map((tag) => ({ name: xmlText(tag.name), domain: absoluteUrl(tagPath(tag)) })),
      image: { url: image.url, type: image.type, length: image.bytes ?? 0 },
      extensions: parts.authors.length ? [{ name: 'dc:creator', objects: { _text: xmlText(parts.authors.join(', ')) } }] : [],
    })
  }
  return withStylesheet(feed.rss2())
}
