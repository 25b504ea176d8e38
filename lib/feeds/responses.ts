import type { FeedFormat } from '../routes'
import { buildAtomFeed } from './atom'
import { feedItemParts, type FeedItemParts, type FeedSpec } from './feed-spec'
import { buildJsonFeed } from './json-feed'
import { buildRssFeed } from './rss'
import type { Post } from '../content'

/**
 * Content types. RSS and Atom go out as application/xml: browsers show application/rss+xml and
 * application/atom+xml as plain text and never apply the XSL stylesheet that makes a feed read as
 * a page; feed readers go by the document, and <head> still names the specific types.
 */
export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/xml; charset=utf-8',
  atom: 'application/xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
}

/** A feed in one format. */
export function buildFeed(format: FeedFormat, spec: FeedSpec, partsFor: (post: Post) => Promise<FeedItemParts> = feedItemParts): Promise<string> {
  const build = { rss: buildRssFeed, atom: buildAtomFeed, json: buildJsonFeed }[format]
  return build(spec, partsFor)
}

/** The HTTP answer for a feed. */
export function feedResponse(format: FeedFormat, body: string): Response {
  return new Response(body, { headers: { 'Content-Type': FEED_CONTENT_TYPES[format] } })
}

/** The HTTP answer for an RSS feed. */
export function rssResponse(xml: string): Response {
  return feedResponse('rss', xml)
}

/**
 * A route handler for one format of a feed: `specFor` gets the route's params and names the feed
 * (undefined: 404). Tags use it; an event's feeds are three route files of one line each:
 *
 *   export const GET = feedRoute('atom', async ({ event }) => eventFeedSpec(event))
 */
export function feedRoute<Params extends Record<string, string> = Record<string, never>>(
  format: FeedFormat,
  specFor: (params: Params) => FeedSpec | undefined | Promise<FeedSpec | undefined>,
) {
  return async function GET(_request: Request, context?: { params?: Promise<Params> }): Promise<Response> {
    const params = ((await context?.params) ?? {}) as Params
    const spec = await specFor(params)
    if (!spec) return new Response('Not found', { status: 404 })
    return feedResponse(format, await buildFeed(format, spec))
  }
}
