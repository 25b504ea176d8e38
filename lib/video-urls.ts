/**
 * YouTube and Vimeo URLs: the one module that knows their shapes. It reads the video (and its
 * start time) from the URLs authors paste or embed, and writes the URLs the site links to and the
 * players it opens. Pure string work, shared by the pipeline and the components.
 */
import { isRemoteUrl } from './safe-urls'

/** A YouTube video id: 11 characters of A-Z a-z 0-9 _ -. */
export const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/
/** A Vimeo video id: digits. */
export const VIMEO_ID = /^\d{1,20}$/
/** The hash of an unlisted Vimeo video: the `h=` of its player URL. */
export const VIMEO_HASH = /^[\da-f]{1,40}$/i

// The hosts whose /embed/ID pages are YouTube's player, and no others: an iframe is kept only here.
const YOUTUBE_PLAYER_HOSTS = new Set(['www.youtube.com', 'youtube.com', 'm.youtube.com', 'www.youtube-nocookie.com', 'youtube-nocookie.com'])
const DIGITS = /^\d+$/

/** A video as its player URL names it, with the player options the site keeps (whole seconds, hash). */
export type PlayerVideo = { site: 'YouTube'; id: string; start?: string; end?: string } | { site: 'Vimeo'; id: string; hash?: string }

/**
 * The video a player URL (an iframe's src) shows: `https://www.youtube.com/embed/ID?start=30`
 * (or youtube-nocookie.com) and `https://player.vimeo.com/video/ID?h=HASH`, `//host/…` included.
 * Undefined for anything else, watch pages among them: only a player is ever embedded.
 */
export function playerVideo(src: string): PlayerVideo | undefined {
  if (!isRemoteUrl(src)) return undefined
  const url = parseUrl(src.trim(), 'https://invalid.invalid')
  if (!url) return undefined
  const youtube = YOUTUBE_PLAYER_HOSTS.has(url.hostname) ? /^\/embed\/([^/]+)\/?$/.exec(url.pathname)?.[1] : undefined
  if (youtube !== undefined && YOUTUBE_ID.test(youtube)) {
    const video: PlayerVideo = { site: 'YouTube', id: youtube }
    const start = url.searchParams.get('start')
    const end = url.searchParams.get('end')
    if (start && DIGITS.test(start)) video.start = start
    if (end && DIGITS.test(end)) video.end = end
    return video
  }
  const vimeo = url.hostname === 'player.vimeo.com' ? /^\/video\/([^/]+)\/?$/.exec(url.pathname)?.[1] : undefined
  if (vimeo !== undefined && VIMEO_ID.test(vimeo)) {
    const video: PlayerVideo = { site: 'Vimeo', id: vimeo }
    const hash = url.searchParams.get('h')
    if (hash && VIMEO_HASH.test(hash)) video.hash = hash
    return video
  }
  return undefined
}

/** The YouTube video id of a watch, youtu.be, embed or shorts URL; undefined for other URLs. */
export function youTubeId(url: string): string | undefined {
  const parsed = parseUrl(url)
  if (!parsed) return undefined
  const host = parsed.hostname.replace(/^(www|m|music)\./, '')
  let id: string | null | undefined
  if (host === 'youtu.be') id = parsed.pathname.split('/')[1]
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    id = parsed.searchParams.get('v') ?? /^\/(?:embed|shorts|live|v)\/([^/]+)/.exec(parsed.pathname)?.[1]
  }
  return id && YOUTUBE_ID.test(id) ? id : undefined
}

/** A recording as a talk list links it: the video on YouTube or Vimeo, from a watch, share or player URL. */
export type RecordingVideo = { site: 'YouTube' | 'Vimeo'; id: string; hash?: string }

/**
 * The video a recording URL shows: YouTube watch, youtu.be, embed and shorts URLs; Vimeo's
 * `vimeo.com/ID` (with `/HASH` for an unlisted one), `vimeo.com/channels/…/ID` and player URLs.
 * Undefined for anything else (a channel, a playlist, another site).
 */
export function recordingVideo(url: string): RecordingVideo | undefined {
  const youtube = youTubeId(url)
  if (youtube) return { site: 'YouTube', id: youtube }
  const parsed = parseUrl(url)
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return undefined
  const host = parsed.hostname.replace(/^www\./, '')
  const parts = parsed.pathname.split('/').filter(Boolean)
  let id: string | undefined
  let hash: string | undefined
  if (host === 'player.vimeo.com' && parts[0] === 'video') [id, hash] = [parts[1], parsed.searchParams.get('h') ?? undefined]
  else if (host === 'vimeo.com') {
    const at = parts.findIndex((part) => VIMEO_ID.test(part))
    // vimeo.com/ID, vimeo.com/ID/HASH, vimeo.com/channels/NAME/ID, vimeo.com/showcase/N/video/ID
    if (at !== -1 && (at === 0 || parts[at - 1] === 'video' || parts[0] === 'channels' || parts[0] === 'groups')) {
      id = parts.at(-1) && VIMEO_ID.test(parts.at(-1)!) ? parts.at(-1) : parts[at]
      hash = parts[at + 1]
    }
  }
  if (!id || !VIMEO_ID.test(id)) return undefined
  return hash && VIMEO_HASH.test(hash) ? { site: 'Vimeo', id, hash } : { site: 'Vimeo', id }
}

/** A still of a YouTube video, for structured data (never loaded by a page). */
export function youTubeThumbnailUrl(id: string): string {
  return `https://i.ytimg.com/vi/${encodeURIComponent(id)}/hqdefault.jpg`
}

/**
 * The start time a recording URL asks for, in seconds: `?t=359`, `&t=1m30s`, `#t=20m01s`,
 * `?start=90`. Undefined when the URL names none (or is not a URL).
 */
export function parseStartTime(url: string): number | undefined {
  const parsed = parseUrl(url)
  if (!parsed) return undefined
  const fromQuery = parsed.searchParams.get('t') ?? parsed.searchParams.get('start')
  const fromHash = new URLSearchParams(parsed.hash.replace(/^#/, '')).get('t')
  const value = fromQuery ?? fromHash
  return value === null ? undefined : parseDuration(value)
}

const DURATION = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/

/** Seconds from a YouTube-style time: `359`, `359s`, `1m30s`, `20m01s`, `1h2m3s`, `1:30`, `1:02:03`. */
export function parseDuration(value: string): number | undefined {
  const text = value.trim().toLowerCase()
  if (!text) return undefined
  if (/^\d+(?::\d{1,2}){1,2}$/.test(text)) {
    return text.split(':').reduce((total, part) => total * 60 + Number(part), 0)
  }
  const match = DURATION.exec(text)
  if (!match || (!match[1] && !match[2] && !match[3])) return undefined
  return Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0)
}

/** The page of a YouTube video, from `start` seconds when given. */
export function youTubeWatchUrl(id: string, start?: string): string {
  return `https://www.youtube.com/watch?v=${encodeURIComponent(id)}${start ? `&t=${start}s` : ''}`
}

/** The youtube-nocookie player a click opens: playing, from `start` to `end` seconds when given. */
export function youTubePlayerUrl(id: string, { start, end }: { start?: string; end?: string } = {}): string {
  const params = new URLSearchParams({ autoplay: '1' })
  if (start) params.set('start', start)
  if (end) params.set('end', end)
  return `https://www.youtube-nocookie.com/embed/${encodeURIComponent(id)}?${params}`
}

/** The page of a Vimeo video; an unlisted one needs its hash. */
export function vimeoWatchUrl(id: string, hash?: string): string {
  return `https://vimeo.com/${encodeURIComponent(id)}${hash ? `/${encodeURIComponent(hash)}` : ''}`
}

/** The Vimeo player a click opens: playing, with dnt=1 (no tracking cookies). */
export function vimeoPlayerUrl(id: string, hash?: string): string {
  const params = new URLSearchParams({ autoplay: '1', dnt: '1' })
  if (hash) params.set('h', hash)
  return `https://player.vimeo.com/video/${encodeURIComponent(id)}?${params}`
}

function parseUrl(url: string, base?: string): URL | undefined {
  try {
    return new URL(url, base)
  } catch {
    return undefined
  }
}
