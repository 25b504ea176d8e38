import type { Post } from '../content'
import { absoluteUrl, postPath } from '../routes'
import { shareImageFor } from '../share-image'
import { site } from '../site'
import { feedItemParts, feedPosts, type FeedItemParts, type FeedSpec } from './feed-spec'

/** A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/), as far as recap writes one. */
export type JsonFeed = {
  version: 'https://jsonfeed.org/version/1.1'
  title: string
  home_page_url: string
  feed_url: string
  description: string
  language: string
  authors: { name: string; url?: string }[]
  items: {
    id: string
    url: string
    title: string
    content_html: string
    summary: string
    image: string
    date_published: string
    date_modified: string
    authors?: { name: string }[]
    tags?: string[]
  }[]
}

/** The feed as JSON Feed 1.1, with the same posts and full HTML as the XML formats. */
export async function buildJsonFeed(spec: FeedSpec, partsFor: (post: Post) => Promise<FeedItemParts> = feedItemParts): Promise<string> {
  const items: JsonFeed['items'] = []
  for (const post of feedPosts(spec)) {
    const parts = await partsFor(post)
    const url = absoluteUrl(postPath(post))
    items.push({
      id: url,
      url,
      title: post.title,
      content_html: parts.html,
      summary: parts.description,
      image: shareImageFor(post).url,
      date_published: post.date,
      date_modified: post.updated,
      ...(parts.authors.length ? { authors: parts.authors.map((name) => ({ name })) } : {}),
      ...(post.tags.length ? { tags: post.tags.map((tag) => tag.name) } : {}),
    })
  }
  const feed: JsonFeed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: spec.title,
    home_page_url: absoluteUrl(spec.pagePath),
    feed_url: absoluteUrl(spec.paths.json ?? spec.pagePath),
    description: spec.description,
    language: site.language,
    authors: [{ name: site.publisher, url: absoluteUrl('/') }],
    items,
  }
  return `${JSON.stringify(feed, null, 2)}\n`
}
