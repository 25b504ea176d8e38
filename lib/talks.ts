/**
 * Conference talks as recap posts list them: a title, a recording URL and the speakers as written
 * ("Ben Lambert, Just Football & Kevin Lingerfelt, Buoyant"). Pure parsing, shared by the pipeline
 * (which turns Markdown lists into <Talk> elements) and the Talk component.
 */

/** One speaker: a name, and the organisation when the text gives one. */
export type Speaker = { name: string; organisation?: string }

/**
 * Splits speakers as written: people separated by `&` or `;`, each `Name, Organisation`.
 * "Andrew Seigner, Buoyant & Frederic Branczyk, Red Hat" -> two speakers with their organisations.
 */
export function parseSpeakers(text: string): Speaker[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/\s*[&;]\s*/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const comma = part.indexOf(',')
      if (comma === -1) return { name: part }
      const name = part.slice(0, comma).trim()
      const organisation = part.slice(comma + 1).trim()
      return organisation ? { name, organisation } : { name }
    })
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
  return id && /^[A-Za-z0-9_-]{11}$/.test(id) ? id : undefined
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url)
  } catch {
    return undefined
  }
}

/** Where a recording lives, for people: 'YouTube', else the host name ('vimeo.com'). */
export function recordingSite(url: string): string | undefined {
  if (youTubeId(url)) return 'YouTube'
  return parseUrl(url)?.hostname.replace(/^www\./, '')
}

/** `5:59`, `20:01`, `1:02:03`: a start time as video players show it. */
export function formatTimestamp(seconds: number): string {
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = Math.floor(seconds % 60)
  const pad = (n: number) => String(n).padStart(2, '0')
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`
}

/** A talk read from a list item: `[Title](url): Speakers` or `[Title - Speakers](url)`. */
export type TalkText = { title: string; speakers: string }

/**
 * Title and speakers from a list item's link text and the text after the link. The speakers follow
 * the link after `:` or a dash; without them, the link text's last ` - ` separates title and speakers.
 */
export function splitTalkText(linkText: string, after: string): TalkText {
  const title = linkText.replace(/\s+/g, ' ').trim()
  const rest = after.replace(/\s+/g, ' ').replace(/^\s*[:\-–—,]\s*/, '').trim()
  if (rest) return { title, speakers: rest }
  const dash = /^(.*\S)\s+[-–—]\s+(\S.*)$/.exec(title)
  return dash ? { title: dash[1], speakers: dash[2] } : { title, speakers: '' }
}
