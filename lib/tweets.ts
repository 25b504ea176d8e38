import { readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { z } from 'zod'
import type { MediaDetails, Tweet } from 'react-tweet/api'
import { isSiteUrl, isWebUrl } from './safe-urls'
import { resolveInside } from './safe-files'
import { cleanValues } from './content/text'

/**
 * The committed tweet cache: `content/tweets/<id>.json`, written by `npm run tweets:sync` where
 * there is network and read at build time, so a build never waits on (or breaks with) X's API.
 * Each file records either the tweet as the syndication API returned it, with the local copies of
 * its avatar and media under public/, or that the tweet is gone (deleted or private), so the sync
 * does not ask again.
 */

/**
 * Where the cache lives: RECAP_TWEETS_DIR (tests point it at fixtures), else tweets/ in the content
 * folder (RECAP_CONTENT_DIR, else content/), beside the posts that embed them.
 */
export function tweetsDir(): string {
  return resolve(/* turbopackIgnore: true */ process.cwd(), process.env.RECAP_TWEETS_DIR ?? join(process.env.RECAP_CONTENT_DIR ?? 'content', 'tweets'))
}

/** The cache file of one tweet. */
export function tweetCachePath(id: string, dir: string = tweetsDir()): string {
  return join(dir, `${id}.json`)
}

// Every field below is one the Tweet component (or react-tweet inside it) reads, with the values it
// can render: a cache file that passes renders, and one that would throw while a page is built
// (a `created_at` no date parser reads, a count that is no number) is refused here, at the file,
// by `npm run check` and the build alike. lib/tweets.test.ts tries every field with hostile values.
const count = z.number().int().nonnegative()
const indices = z.tuple([count, count])
// What Intl.DateTimeFormat (react-tweet's formatDate) can format: a string Date reads as a valid time.
const createdAt = z.string().refine((value) => !Number.isNaN(new Date(value).getTime()), 'expected a date, e.g. "Tue May 21 14:00:00 +0000 2019"')
// X's handles: letters, digits and underscores (at most 15 today; older ones run longer).
const handle = z.string().regex(/^[A-Za-z0-9_]{1,50}$/, 'expected an X handle (letters, digits, _)')
const digits = z.string().regex(/^\d{1,30}$/, 'expected a numeric id')
const language = z.string().regex(/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/, 'expected a language code, e.g. en')
const size = z.object({ h: count, w: count, resize: z.string() })
const defaultSize = { h: 0, w: 0, resize: 'fit' }
// The cache is content: it arrives by pull request like a post. Links in it lead to the web, and
// its images are the site's own copies, so a page never loads anything from another origin.
const webUrl = z.string().refine(isWebUrl, 'expected an http(s) URL')
const sitePath = z.string().refine((value) => value.startsWith('/') && isSiteUrl(value), 'expected a path on this site, e.g. /tweets/123/avatar.jpg')
const entities = z.object({
  hashtags: z.array(z.object({ indices, text: z.string() })).default([]),
  urls: z.array(z.object({ display_url: z.string(), expanded_url: webUrl, indices, url: z.string() })).default([]),
  user_mentions: z.array(z.object({ id_str: z.string(), indices, name: z.string(), screen_name: handle })).default([]),
  symbols: z.array(z.object({ indices, text: z.string() })).default([]),
  media: z.array(z.object({ display_url: z.string(), expanded_url: webUrl, indices, url: z.string() })).optional(),
})
const user = z.object({
  id_str: z.string().default(''),
  name: z.string(),
  screen_name: handle,
  profile_image_url_https: webUrl,
  profile_image_shape: z.enum(['Circle', 'Square', 'Hexagon']).default('Circle'),
  verified: z.boolean().default(false),
  verified_type: z.enum(['Business', 'Government']).optional(),
  is_blue_verified: z.boolean().default(false),
  highlighted_label: z
    .object({
      description: z.string().optional(),
      badge: z.object({ url: z.string() }).optional(),
      url: z.object({ url: z.string(), url_type: z.literal('DeepLink') }).optional(),
      user_label_type: z.literal('BusinessLabel'),
      user_label_display_type: z.literal('Badge'),
    })
    .optional(),
})
const mediaBase = {
  display_url: z.string(),
  expanded_url: webUrl,
  ext_media_availability: z.object({ status: z.string() }).default({ status: 'Available' }),
  ext_media_color: z
    .object({ palette: z.array(z.object({ percentage: z.number(), rgb: z.object({ red: z.number(), green: z.number(), blue: z.number() }) })) })
    .default({ palette: [] }),
  indices,
  media_url_https: webUrl,
  original_info: z.object({
    height: count,
    width: count,
    focus_rects: z.array(z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() })).default([]),
  }),
  sizes: z
    .object({ large: size, medium: size, small: size, thumb: size })
    .default({ large: defaultSize, medium: defaultSize, small: defaultSize, thumb: defaultSize }),
  url: z.string(),
}
const videoInfo = z.object({
  aspect_ratio: z.tuple([z.number(), z.number()]),
  variants: z.array(z.object({ bitrate: z.number().optional(), content_type: z.enum(['video/mp4', 'application/x-mpegURL']), url: webUrl })),
})
const mediaDetails = z.array(
  z.discriminatedUnion('type', [
    z.object({ ...mediaBase, type: z.literal('photo'), ext_alt_text: z.string().optional() }),
    z.object({ ...mediaBase, type: z.literal('animated_gif'), video_info: videoInfo }),
    z.object({ ...mediaBase, type: z.literal('video'), video_info: videoInfo }),
  ]),
)
const tweetBase = {
  lang: language.default('en'),
  created_at: createdAt,
  display_text_range: indices,
  entities: entities.default({ hashtags: [], urls: [], user_mentions: [], symbols: [] }),
  id_str: digits,
  // react-tweet renders the text with dangerouslySetInnerHTML, because the API sends it HTML-escaped
  // (`&amp;`, `&lt;`). A real tweet's text never holds a bare < or >; one in the cache would be
  // markup, so it is escaped too and shows as text. Real texts come through unchanged.
  text: z.string().transform((text) => text.replaceAll('<', '&lt;').replaceAll('>', '&gt;')),
  user,
  edit_control: z
    .object({ edit_tweet_ids: z.array(z.string()), editable_until_msecs: z.string(), is_edit_eligible: z.boolean(), edits_remaining: z.string() })
    .default({ edit_tweet_ids: [], editable_until_msecs: '0', is_edit_eligible: false, edits_remaining: '0' }),
  isEdited: z.boolean().default(false),
  isStaleEdit: z.boolean().default(false),
  note_tweet: z.object({ id: z.string() }).optional(),
}

/** The parts of a syndication API tweet that rendering reads; missing minor fields get defaults. */
export const tweetSchema: z.ZodType<Tweet> = z.object({
  ...tweetBase,
  __typename: z.literal('Tweet').default('Tweet'),
  favorite_count: count.default(0),
  conversation_count: count.default(0),
  news_action_type: z.literal('conversation').default('conversation'),
  mediaDetails: mediaDetails.optional(),
  quoted_tweet: z
    .object({
      ...tweetBase,
      reply_count: count.default(0),
      retweet_count: count.default(0),
      favorite_count: count.default(0),
      mediaDetails: mediaDetails.optional(),
      self_thread: z.object({ id_str: z.string() }).default({ id_str: '' }),
    })
    .optional(),
  in_reply_to_screen_name: handle.optional(),
  in_reply_to_status_id_str: digits.optional(),
  in_reply_to_user_id_str: digits.optional(),
  possibly_sensitive: z.boolean().optional(),
})

const okEntry = z.object({
  id: z.string(),
  status: z.literal('ok'),
  fetchedAt: z.string(),
  tweet: tweetSchema,
  /** Remote URL (as the page would ask for it) -> site path of the local copy under public/. */
  files: z.record(z.string(), sitePath).default({}),
})
const goneEntry = z.object({
  id: z.string(),
  status: z.enum(['deleted', 'private']),
  checkedAt: z.string(),
  user: z.string().optional(),
})

/** What one cache file says. */
export const tweetCacheSchema = z.discriminatedUnion('status', [okEntry, goneEntry])

/** One cache file, validated. */
export type TweetCacheEntry = z.infer<typeof tweetCacheSchema>

/** What the cache knows of a tweet: its entry, nothing, or why the file is unusable. */
export type CachedTweet =
  | TweetCacheEntry
  | { id: string; status: 'missing' }
  /** `line`, `column`: where in the file the JSON breaks, when it does. */
  | { id: string; status: 'invalid'; reason: string; line?: number; column?: number }

const memo = new Map<string, { mtimeMs: number; value: CachedTweet }>()

/**
 * The cache entry of a tweet. Never throws and never fetches: a missing or unreadable file gives
 * `missing`/`invalid`, and the page shows a link to the tweet instead.
 */
export function getCachedTweet(id: string, dir: string = tweetsDir()): CachedTweet {
  if (!/^\d+$/.test(id)) return { id, status: 'invalid', reason: `"${id}" is not a tweet id` }
  const inside = resolveInside(dir, tweetCachePath(id, dir))
  if (!inside.ok && inside.failure === 'missing') return { id, status: 'missing' }
  // A link out of the cache folder (to /proc/self/environ, say) is never read.
  if (!inside.ok) return { id, status: 'invalid', reason: `the file ${inside.reason}; commit the file itself, not a link` }
  const file = inside.file
  const { mtimeMs } = statSync(file)
  const hit = memo.get(file)
  if (hit && hit.mtimeMs === mtimeMs) return hit.value
  const value = readEntry(id, file)
  memo.set(file, { mtimeMs, value })
  return value
}

function readEntry(id: string, file: string): CachedTweet {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    return { id, status: 'invalid', reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const position = /at position (\d+)/.exec(message)
    const before = position ? text.slice(0, Number(position[1])).split('\n') : undefined
    return { id, status: 'invalid', reason: `not JSON (${message.replace(/ \(line \d+ column \d+\)$/, '')})`, line: before?.length, column: before ? before.at(-1)!.length + 1 : undefined }
  }
  // Text as every page reads it: no control characters, no lone surrogates (see lib/content/text.ts).
  const holder = { json }
  cleanValues(holder)
  const result = tweetCacheSchema.safeParse(holder.json)
  if (!result.success) {
    const issue = result.error.issues[0]
    return { id, status: 'invalid', reason: `${issue.path.join('.') || 'entry'}: ${issue.message}` }
  }
  if (result.data.id !== id) return { id, status: 'invalid', reason: `the file holds tweet ${result.data.id}` }
  return result.data
}

/** The link to a tweet on X; the /i/status/ form works without knowing the author. */
export function tweetUrl(id: string): string {
  return `https://x.com/i/status/${id}`
}

/**
 * The URL react-tweet asks for a photo at (its getMediaUrl): `…/media/x.jpg` -> `…/media/x?format=jpg&name=small`.
 * The sync saves images under these URLs and the Tweet component looks them up the same way. Kept in
 * step with react-tweet by a unit test; importing react-tweet here would pull in its CSS.
 */
export function mediaUrl(media: Pick<MediaDetails, 'media_url_https'>, size: 'small' | 'medium' | 'large'): string {
  const url = new URL(media.media_url_https)
  const extension = url.pathname.split('.').pop()
  if (!extension) return media.media_url_https
  url.pathname = url.pathname.replace(`.${extension}`, '')
  url.searchParams.set('format', extension)
  url.searchParams.set('name', size)
  return url.toString()
}
