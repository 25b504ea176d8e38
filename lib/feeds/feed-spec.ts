import { getAllPosts, getPostAuthors, type EventGroup, type Post, type Section, type Tag } from '../content'
import { renderPostHtml } from '../markdown/html'
import { postDescription } from '../markdown/summary'
import { blogFeedPath, blogPath, eventFeedPaths, eventPath, feedPaths, feedStylesheetPath, sectionFeedPath, sectionPath, tagFeedPaths, tagPath, type FeedFormat } from '../routes'
import { site } from '../site'
import { reportingFor } from '../page-errors'

/**
 * What a feed is, whatever its format: a title, the page it mirrors, where each of its formats
 * lives, and its posts. Any list of posts (the site, a tag, an event) becomes a feed by giving
 * one of these to rss.ts, atom.ts or json-feed.ts, or to the route helper in routes.ts.
 */
export type FeedSpec = {
  title: string
  description: string
  /** The HTML page the feed mirrors, e.g. '/blog/'. */
  pagePath: string
  /** Where each format of this feed lives, e.g. { rss: '/tags/x/feed.xml', atom: '/tags/x/atom.xml', json: '/tags/x/feed.json' }. */
  paths: Partial<Record<FeedFormat, string>>
  /** Newest first. */
  posts: Post[]
}

/** What a feed item needs besides the post: kept apart so tests can give hostile content directly. */
export type FeedItemParts = { html: string; description: string; authors: string[] }

/** The site's main feed: every post. */
export function siteFeed(): FeedSpec {
  return { title: site.title, description: site.description, pagePath: '/', paths: feedPaths(), posts: getAllPosts() }
}

/** The blog section's feed, at the path Hugo sites used (RSS only): the same posts, described as the blog. */
export function blogFeed(): FeedSpec {
  return { title: `${site.title}: Blog`, description: site.description, pagePath: blogPath(), paths: { rss: blogFeedPath() }, posts: getAllPosts() }
}

/** A Hugo section's feed, where Hugo wrote it (`/blog/2023/index.xml`, RSS only): the posts below it. */
export function sectionFeed(section: Section): FeedSpec {
  return {
    title: `${site.title}: ${section.title}`,
    description: section.description ?? `${section.title} on ${site.title}.`,
    pagePath: sectionPath(section),
    paths: { rss: sectionFeedPath(section) },
    posts: section.posts,
  }
}

/** One tag's feed. */
export function tagFeed(tag: Tag): FeedSpec {
  return {
    title: `${site.title}: posts tagged “${tag.name}”`,
    description: `Posts tagged “${tag.name}” on ${site.title}.`,
    pagePath: tagPath(tag),
    paths: tagFeedPaths(tag),
    posts: tag.posts,
  }
}

/** One event's feed: its recaps. */
export function eventFeed(event: EventGroup): FeedSpec {
  return {
    title: `${site.title}: ${event.name}`,
    description: `Recaps of ${event.name} on ${site.title}.`,
    pagePath: eventPath(event),
    paths: eventFeedPaths(event),
    posts: event.posts,
  }
}

const itemParts = new Map<string, Promise<FeedItemParts>>()

/**
 * The parts of an item for a post of this site: its HTML, description and author names. Memoised
 * per process: a post is in the site feed, the blog feed and a feed per tag, in three formats.
 */
export function feedItemParts(post: Post): Promise<FeedItemParts> {
  const key = `${post.filePath}\0${post.body}`
  let parts = itemParts.get(key)
  if (!parts) {
    // A failure names the post (lib/page-errors.ts), not only the feed's route.
    parts = reportingFor(post, 'its feed item', async () => ({
      html: await renderPostHtml(post),
      description: postDescription(post),
      authors: getPostAuthors(post).map((author) => author.name),
    }))
    itemParts.set(key, parts)
  }
  return parts
}

/** The posts a feed carries: the `site.feedItems` newest. */
export function feedPosts(spec: FeedSpec): Post[] {
  return spec.posts.slice(0, site.feedItems)
}

/**
 * An XML feed that a browser shows as a page (app/feed.xsl/route.ts); feed readers ignore the
 * instruction. It goes right after the XML declaration: browsers read it only before the root
 * element (the `feed` library's own option writes it after <rss>).
 */
export function withStylesheet(xml: string): string {
  const instruction = `<?xml-stylesheet href="${feedStylesheetPath()}" type="text/xsl"?>`
  const declaration = /^<\?xml[^>]*\?>\n?/.exec(xml)
  return declaration ? `${declaration[0].trimEnd()}\n${instruction}\n${xml.slice(declaration[0].length)}` : `${instruction}\n${xml}`
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
