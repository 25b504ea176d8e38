/**
 * Feeds in three formats from one description (FeedSpec): RSS 2.0 (rss.ts), Atom 1.0 (atom.ts)
 * and JSON Feed 1.1 (json-feed.ts), with the HTTP answers and route handlers in responses.ts.
 */
export * from './feed-spec'
export { buildRssFeed } from './rss'
export { buildAtomFeed } from './atom'
export { buildJsonFeed, type JsonFeed } from './json-feed'
export { buildFeed, feedResponse, feedRoute, rssResponse, FEED_CONTENT_TYPES } from './responses'
