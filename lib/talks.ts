/**
 * Conference talks as recap posts list them: a title, a recording URL and the speakers as written
 * ("Ben Lambert, Just Football & Kevin Lingerfelt, Buoyant", "Ada Park (recap)", "Ada Park - recap").
 * Pure parsing, shared by the pipeline (which turns Markdown lists into <Talk> elements), the
 * content indexes (talks, speakers) and the Talk component. Reading the recording URL itself (its
 * video, its start time) is lib/video-urls.ts's.
 */
import { recordingVideo, youTubeId } from './video-urls'

/** One speaker: a name, and the organisation when the text gives one. */
export type Speaker = { name: string; organisation?: string }

// `Name (Organisation)`, `Name - Organisation`, `Name, Organisation`, in that order of precedence.
const PARENTHESES = /^(.*?\S)\s*\(([^()]*)\)$/
const DASH = /^(.*?\S)\s+[-–—]\s+(\S.*)$/

/**
 * Splits speakers as written: people separated by `&` or `;` (or `and` when no comma is written), each
 * `Name, Organisation`, `Name (Organisation)` or `Name - Organisation`.
 * "Andrew Seigner, Buoyant & Frederic Branczyk, Red Hat" -> two speakers with their organisations.
 */
export function parseSpeakers(text: string): Speaker[] {
  const flat = text.replace(/\s+/g, ' ')
  // "Ana Lee and Bo Chen" is two people, but "Ana Lee, Johnson and Johnson" one with an organisation.
  const people = /[&;,]|\s\+\s/.test(flat) ? /\s*[&;]\s*|\s+\+\s+/ : /\s+and\s+/
  return flat
    .split(people)
    .map((part) => part.trim().replace(/^(?:by|with)\s+/i, '').replace(/[.,;:]+$/, '').trim())
    .filter(Boolean)
    .map((part) => {
      const match = PARENTHESES.exec(part) ?? DASH.exec(part)
      const comma = part.indexOf(',')
      const [name, organisation] = match ? [match[1], match[2]] : comma === -1 ? [part, ''] : [part.slice(0, comma), part.slice(comma + 1)]
      const cleanName = name.trim().replace(/,$/, '').trim()
      const cleanOrganisation = organisation.trim()
      return cleanOrganisation ? { name: cleanName, organisation: cleanOrganisation } : { name: cleanName }
    })
    .filter((speaker) => speaker.name !== '')
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

/** Whether a URL is a recording a talk list may link: a YouTube or Vimeo video. */
export function isRecordingUrl(url: string): boolean {
  return recordingVideo(url) !== undefined
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

// What may stand between the link and the speakers: `: `, a dash, a comma, "by".
const SEPARATOR = /^\s*(?:[:\-–—,|]|by\b)\s*/i

/**
 * Title and speakers from a list item's link text and the text after the link. The speakers follow
 * the link after `:`, a dash, a comma or "by"; without them, the link text's last ` - ` separates
 * title and speakers.
 */
export function splitTalkText(linkText: string, after: string): TalkText {
  const title = linkText.replace(/\s+/g, ' ').trim()
  const rest = after.replace(/\s+/g, ' ').replace(SEPARATOR, '').trim()
  if (rest) return { title, speakers: rest }
  const dash = /^(.*\S)\s+[-–—]\s+(\S.*)$/.exec(title)
  return dash && looksLikePeople(dash[2]) ? { title: dash[1], speakers: dash[2] } : { title, speakers: '' }
}

/**
 * Whether the text after a link could be speakers rather than a sentence: it starts with a
 * separator (or is empty), is short, and every person in it starts with a capital letter.
 */
export function isSpeakerText(after: string): boolean {
  const text = after.replace(/\s+/g, ' ')
  if (text.trim() === '') return true
  if (!SEPARATOR.test(text)) return false
  return looksLikePeople(text.replace(SEPARATOR, ''))
}

/**
 * Names as people write them: short, no sentence (an initial, "W. Morgan", is no full stop), each
 * name a few words starting with a capital letter, unless an affiliation follows it
 * ("zsolt homorodi (Nokia)").
 */
function looksLikePeople(text: string): boolean {
  const trimmed = text.trim()
  if (trimmed === '' || trimmed.length > 160 || /\p{Ll}{2,}[.!?]\s+\S/u.test(trimmed)) return false
  return parseSpeakers(trimmed).every(
    (speaker) => speaker.name.split(' ').length <= 6 && (/^[\p{Lu}\p{Lt}\p{Lo}\d]/u.test(speaker.name) || speaker.organisation !== undefined),
  )
}
