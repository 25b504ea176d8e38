import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Tweet } from 'react-tweet/api'
import { getCachedTweet, mediaUrl, tweetCachePath, tweetSchema, type TweetCacheEntry } from '../../lib/tweets'

/**
 * `npm run tweets:sync`: fetches the tweets posts embed and are not cached yet into
 * content/tweets/<id>.json, with their avatar and images under public/tweets/<id>/, so that pages
 * show them from the site itself. Network access is passed in (`SyncDeps`), so the logic is tested
 * with stubs; tools/tweets-sync/main.ts wires in react-tweet's fetcher and fetch().
 */

/** What the syndication API said about a tweet (react-tweet's fetchTweet result). */
export type FetchedTweet = { data?: unknown; notFound?: boolean; tombstone?: boolean }

/** The outside world, for the sync. */
export type SyncDeps = {
  fetchTweet: (id: string, signal: AbortSignal) => Promise<FetchedTweet>
  download: (url: string, signal: AbortSignal) => Promise<{ bytes: Uint8Array; contentType: string }>
  log: (line: string) => void
  now?: () => Date
}

/** A tweet a post embeds, and where (for messages): 'content/posts/a.md:12'. */
export type TweetUse = { id: string; where: string }

export type SyncOptions = {
  tweets: TweetUse[]
  /** content/tweets */
  cacheDir: string
  /** public/ (files go to public/tweets/<id>/) */
  publicDir: string
  /** Time allowed for each tweet (the API call, then each image). */
  timeoutMs?: number
  /** Ask again about tweets recorded as deleted or private. */
  retryGone?: boolean
}

/** What happened to each tweet id. */
export type SyncReport = { fetched: string[]; cached: string[]; gone: string[]; failed: string[]; notTried: string[] }

const MAX_IMAGE_BYTES = 5 * 1024 * 1024
const IMAGE_EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp', 'image/avif': 'avif' }

/** Fetches every tweet in `tweets` that the cache does not hold. Never throws for a bad tweet. */
export async function syncTweets(options: SyncOptions, deps: SyncDeps): Promise<SyncReport> {
  const report: SyncReport = { fetched: [], cached: [], gone: [], failed: [], notTried: [] }
  const timeoutMs = options.timeoutMs ?? 10_000
  const now = deps.now ?? (() => new Date())
  const uses = new Map<string, string[]>()
  for (const { id, where } of options.tweets) uses.set(id, [...(uses.get(id) ?? []), where])

  let networkFailures = 0
  const ids = [...uses.keys()].sort()
  for (const [index, id] of ids.entries()) {
    const where = uses.get(id)!.join(', ')
    const cached = getCachedTweet(id, options.cacheDir)
    if (cached.status === 'ok' || ((cached.status === 'deleted' || cached.status === 'private') && !options.retryGone)) {
      report.cached.push(id)
      continue
    }
    const result = await syncOne(id, options, deps, timeoutMs, now)
    if (result.kind === 'fetched') {
      report.fetched.push(id)
      networkFailures = 0
      deps.log(`tweet ${id}: saved, with ${result.files} image${result.files === 1 ? '' : 's'}`)
    } else if (result.kind === 'gone') {
      report.gone.push(id)
      networkFailures = 0
      deps.log(`tweet ${id} (${where}): ${result.status} on X; recorded, so it is not asked for again (the page links to it)`)
    } else {
      report.failed.push(id)
      deps.log(`tweet ${id} (${where}): ${result.reason}`)
      if (result.isNetwork) networkFailures++
      // No network at all (the first call fails), or it went away: stop instead of waiting on every tweet.
      const isOffline = networkFailures >= 3 || (networkFailures === 1 && report.fetched.length + report.gone.length === 0)
      if (isOffline && index < ids.length - 1) {
        report.notTried.push(...ids.slice(index + 1))
        deps.log(`stopped: X cannot be reached from here; ${ids.length - index - 1} more tweet${ids.length - index - 1 === 1 ? '' : 's'} not tried. Run npm run tweets:sync again where there is network.`)
        break
      }
    }
  }
  return report
}

type OneResult =
  | { kind: 'fetched'; files: number }
  | { kind: 'gone'; status: 'deleted' | 'private' }
  | { kind: 'failed'; reason: string; isNetwork: boolean }

async function syncOne(id: string, options: SyncOptions, deps: SyncDeps, timeoutMs: number, now: () => Date): Promise<OneResult> {
  let fetched: FetchedTweet
  try {
    fetched = await deps.fetchTweet(id, AbortSignal.timeout(timeoutMs))
  } catch (error) {
    return failure('could not fetch it from X', error)
  }
  if (fetched.notFound || fetched.tombstone) {
    const status = fetched.notFound ? 'deleted' : 'private'
    writeEntry(options.cacheDir, { id, status, checkedAt: now().toISOString() })
    return { kind: 'gone', status }
  }
  const parsed = tweetSchema.safeParse(fetched.data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return { kind: 'failed', reason: `X answered with something that is not a tweet (${issue.path.join('.') || 'data'}: ${issue.message}); nothing saved`, isNetwork: false }
  }
  const files: Record<string, string> = {}
  for (const [name, url] of imagesOf(parsed.data)) {
    try {
      const { bytes, contentType } = await deps.download(url, AbortSignal.timeout(timeoutMs))
      const type = contentType.split(';')[0].trim().toLowerCase()
      const extension = IMAGE_EXTENSIONS[type]
      if (!extension) return { kind: 'failed', reason: `${name} image ${url} is ${type || 'of no type'}, not an image; nothing saved`, isNetwork: false }
      if (bytes.byteLength > MAX_IMAGE_BYTES) return { kind: 'failed', reason: `${name} image ${url} is larger than 5 MB; nothing saved`, isNetwork: false }
      const path = `/tweets/${id}/${name}.${extension}`
      writeAtomically(join(options.publicDir, path), bytes)
      files[url] = path
    } catch (error) {
      return failure(`could not download its ${name} image (${url}); nothing saved`, error)
    }
  }
  // Saved as the API returned it; rendering validates it again and fills defaults.
  writeEntry(options.cacheDir, { id, status: 'ok', fetchedAt: now().toISOString(), tweet: fetched.data, files })
  return { kind: 'fetched', files: Object.keys(files).length }
}

/** The images a tweet's page shows, by local name -> the URL react-tweet asks for. */
export function imagesOf(tweet: Tweet): [string, string][] {
  const images: [string, string][] = [['avatar', tweet.user.profile_image_url_https]]
  tweet.mediaDetails?.forEach((media, index) => images.push([`media-${index + 1}`, mediaUrl(media, 'small')]))
  if (tweet.quoted_tweet) images.push(['quoted-avatar', tweet.quoted_tweet.user.profile_image_url_https])
  return images
}

function failure(what: string, error: unknown): OneResult {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : undefined
  const isTimeout = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
  const isNetwork = isTimeout || (error instanceof TypeError && /fetch failed/i.test(error.message))
  const detail = isTimeout ? 'no answer in time' : (cause?.message ?? (error instanceof Error ? error.message : String(error)))
  return { kind: 'failed', reason: `${what}: ${detail}`, isNetwork }
}

function writeEntry(cacheDir: string, entry: TweetCacheEntry | { id: string; status: 'ok'; fetchedAt: string; tweet: unknown; files: Record<string, string> }): void {
  writeAtomically(tweetCachePath(entry.id, cacheDir), `${JSON.stringify(entry, null, 2)}\n`)
}

function writeAtomically(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true })
  const temporary = `${file}.tmp-${process.pid}`
  writeFileSync(temporary, data)
  renameSync(temporary, file)
}
