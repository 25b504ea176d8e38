/**
 * The only code that reads content/: posts, authors, permalinks, and the indexes built from them.
 * Pages and the Markdown pipeline ask here; tools (check, import, new post) use the same readers,
 * so nothing parses a content file twice.
 *
 *   load.ts         walks content/posts/, reads everything once per process, memoised
 *   post.ts         one post: front matter (front-matter.ts, schema.ts), permalink, thumbnail, tags
 *   authors.ts      content/authors.yml
 *   permalinks.ts   content/permalinks.yml
 *   indexes.ts      tags, authors, events; one URL per post
 *   queries.ts      what pages ask: posts, a post by path, a tag, an author…
 *   refs.ts         Hugo ref/relref targets to posts
 *   problems.ts     ContentProblem, ContentError and their one-line format
 */
export type { Post, TagRef, EventInfo } from './post'
export type { Author } from './authors'
export type { AuthorRef, CreditPart } from './credits'
export type { Tag, EventGroup } from './indexes'
export type { SiteContent, LoadOptions } from './load'
export { loadContent, getContent, getCheckedContent, getContentDir, getPublicDir, contentSignature } from './load'
export { readAuthors } from './authors'
export * from './queries'
export { resolvePostReference, resolvePagePath } from './refs'
export { siteImageSize, getSiteImageSize, getSiteImageInfo } from './site-files'
export type { Section } from './sections'
export type { SiteShortcode } from './site-shortcodes'
export { lookupParam } from './site-shortcodes'
export type { BundleFile } from './load'
export { ContentError, unexpectedProblem } from './problems'
