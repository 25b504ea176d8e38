import { Feed } from 'feed'
import { getAllPosts, getPostAuthors, type Post, type Section, type Tag } from './content'
import { latestInstant } from './dates'
import { renderPostHtml } from './markdown/html'
import { postDescription } from './markdown/summary'
import { absoluteUrl, blogFeedPath, blogPath, feedPath, postPath, sectionFeedPath, sectionPath, tagFeedPath, tagPath } from './routes'
import { shareImageFor } from './share-image'
import { site } from './site'

/** One RSS feed: what it is called, the page it follows, where it lives, and its posts (newest first). */
export type FeedSpec = {
  title: string
  description: string
  /** The HTML page the feed mirrors, e.g. '/blog/'. */
  pagePath: string
  /** Where the feed itself lives, e.g. '/blog/index.xml'. */
  feedPath: string
  posts: Post[]
}

/** What a feed item needs besides the post: kept apart so tests can give hostile content directly. */
export type FeedItemParts = { html: string; description: string; authors: string[] }

/** The site's main feed: every post. */
export function siteFeed(): FeedSpec {
  return { title: site.title, description: site.description, pagePath: '/', feedPath: feedPath(), posts: getAllPosts() }
}

/** The blog section's feed, at the path Hugo sites used: the same posts, described as the blog. */
export function blogFeed(): FeedSpec {
  return { title: `${site.title}: Blog`, description: site.description, pagePath: blogPath(), feedPath: blogFeedPath(), posts: getAllPosts() }
}

/** A Hugo section's feed, where Hugo wrote it (`/blog/2023/index.xml`): the posts below it. */
export function sectionFeed(section: Section): FeedSpec {
  return {
    title: `${site.title}: ${section.title}`,
    description: section.description ?? `${section.title} on ${site.title}.`,
    pagePath: sectionPath(section),
    feedPath: sectionFeedPath(section),
    posts: section.posts,
  }
}

/** One tag's feed. */
export function tagFeed(tag: Tag): FeedSpec {
  return {
    title: `${site.title}: posts tagged “${tag.name}”`,
    description: `Posts tagged “${tag.name}” on ${site.title}.`,
    pagePath: tagPath(tag),
    feedPath: tagFeedPath(tag),
    posts: tag.posts,
  }
}

const itemParts = new Map<string, Promise<FeedItemParts>>()

/**
 * The parts of an item for a post of this site: its HTML, description and author names. Memoised
 * per process: a post is in the site feed, the blog feed and a feed per tag.
 */
export function feedItemParts(post: Post): Promise<FeedItemParts> {
  const key = `${post.filePath}\0${post.body}`
  let parts = itemParts.get(key)
  if (!parts) {
    parts = renderPostHtml(post).then((html) => ({
      html,
      description: postDescription(post),
      authors: getPostAuthors(post).map((author) => author.name),
    }))
    itemParts.set(key, parts)
  }
  return parts
}

/**
 * The feed as RSS 2.0: the `site.feedItems` newest posts with their full HTML. Text is made
 * safe for XML first (see xmlText), so no title or body can break the document.
 */
export async function buildRssFeed(spec: FeedSpec, partsFor: (post: Post) => Promise<FeedItemParts> = feedItemParts): Promise<string> {
  const posts = spec.posts.slice(0, site.feedItems)
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
    feedLinks: { rss: absoluteUrl(spec.feedPath) },
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
  return feed.rss2()
}

/** The HTTP answer for a feed. */
export function rssResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}

// Characters XML 1.0 cannot hold at all, not even escaped: C0 controls other than tab, line feed
// and carriage return, lone surrogates, U+FFFE and U+FFFF.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Text without the characters XML 1.0 forbids; escaping `&` and `<` is the serializer's job. */
export function xmlText(text: string): string {
  return text.replace(XML_INVALID, '')
}

/**
 * Text for a CDATA section as the `feed` library writes it. Its serializer (xml-js) splits only
 * the first `]]>` of a value (`]]]]><![CDATA[>`), so a second one would end the section early and
 * break the document. We split every later one the same way ourselves and leave the first to it;
 * the feed tests parse titles and bodies with two and more to hold this in place.
 */
export function cdataText(text: string): string {
  const clean = xmlText(text)
  const first = clean.indexOf(']]>')
  if (first === -1) return clean
  const head = clean.slice(0, first + 3)
  return head + clean.slice(first + 3).replaceAll(']]>', ']]]]><![CDATA[>')
}
