/**
 * Conference talks as recap posts list them: a title, a recording URL and the speakers as written
 * ("Ben Lambert, Just Football & Kevin Lingerfelt, Buoyant"). Pure parsing, shared by the pipeline
 * (which turns Markdown lists into <Talk> elements) and the Talk component. Reading the recording
 * URL itself (its video, its start time) is lib/video-urls.ts's.
 */
import { youTubeId } from './video-urls'

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

/** Where a recording lives, for people: 'YouTube', else the host name ('vimeo.com'). */
export function recordingSite(url: string): string | undefined {
  if (youTubeId(url)) return 'YouTube'
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return undefined
  }
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
