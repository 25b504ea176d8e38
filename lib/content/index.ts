/**
 * The only code that reads content/: posts, authors, permalinks, and the indexes built from them.
 * Pages and the Markdown pipeline ask here; tools (check, import, new post) use the same readers,
 * so nothing parses a content file twice.
 *
 *   load.ts         walks content/posts/, reads everything once per process, memoised
 *   post.ts         one post: front matter (front-matter.ts, schema.ts), permalink, thumbnail, tags
 *   authors.ts      content/authors.yml
 *   permalinks.ts   content/permalinks.yml
 *   indexes.ts      tags, authors; one URL per post
 *   events.ts       events from the recaps' event blocks
 *   post-facts.ts   a post's talks and gallery photos, read with the pipeline's remark plugins
 *   talks.ts        talks across posts, and their speakers (speakers.ts: content/speakers.yml)
 *   event-queries.ts what event and speaker pages ask
 *   series.ts       series and their parts in reading order
 *   related.ts      related posts, for every post at once
 *   git-dates.ts    when each file last changed, from one `git log`
 *   queries.ts      what pages ask: posts, a post by path, a tag, an author…
 *   refs.ts         Hugo ref/relref targets to posts and sections
 *   sections.ts     Hugo sections (folders with _index.md) as list pages
 *   site-shortcodes.ts content/shortcodes.yml: a site's own Hugo shortcodes, mapped
 *   credits.ts      authors written as free text, links kept
 *   cover.ts        a post's cover from its bundle or its opening image
 *   tree.ts         the content folder's files, bundles and sections, walked once
 *   problems.ts     ContentProblem, ContentError and their one-line format
 */
export type { Post, TagRef, EventInfo, SeriesRef } from './post'
export type { Series } from './series'
export type { Author } from './authors'
export type { AuthorRef, CreditPart } from './credits'
export type { Tag } from './indexes'
export type { EventGroup } from './events'
export type { Talk, TalkSpeaker, Speaker, Photo, TalkIndexes } from './talks'
export type { SpeakerEntry } from './speakers'
export type { TalkFact, PhotoFact, PostFacts } from './post-facts'
export { speakerKey, speakerSlug } from './speakers'
export { readPostFacts, factsContext } from './post-facts'
export * from './event-queries'
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
