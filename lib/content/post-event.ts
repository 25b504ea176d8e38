import type { FrontMatter } from './front-matter'
import type { FrontMatterFields } from './schema'
import type { ContentProblem } from './problems'
import { parseContentDate, type CalendarDay } from '../dates'
import { nameSlug } from '../slugs'
import { isFrameworkGlobal, safeAnchor } from '../safe-ids'
import { segmentProblem } from '../safe-paths'

/** A recap's `event:` block: what it says, checked, with the line of each key for its problems. */

/** An event a recap post covers. */
export type EventInfo = {
  name: string
  slug: string
  location?: string
  start?: CalendarDay
  end?: CalendarDay
  url?: string
  /** How people attended: at the place, online, or both (schema.org's eventAttendanceMode). */
  attendance: 'offline' | 'online' | 'mixed'
  /** The file and line of the event block, for problems about the event. */
  source: { file: string; line: number }
  /** Whether the slug was pinned with `event.slug`. */
  isSlugPinned: boolean
}

/** The line (and value column) of the deepest key of `path` the parser placed: 'event.start', else 'event'. */
export function nearestPlace(frontMatter: FrontMatter, path: string[]): { line: number; column?: number } {
  for (let length = path.length; length > 0; length--) {
    const key = path.slice(0, length).join('.')
    if (key in frontMatter.pathLines) return { line: frontMatter.pathLines[key], column: frontMatter.pathColumns[key] }
  }
  return { line: 1 }
}

export function readEvent(
  event: NonNullable<FrontMatterFields['event']>,
  file: string,
  line: number,
  placeOf: (key: string) => { line: number; column?: number },
  problems: ContentProblem[],
): EventInfo {
  const day = (key: 'start' | 'end') => {
    const value = event[key]
    if (value === undefined) return undefined
    const parsed = parseContentDate(value)
    if (!parsed) {
      problems.push({
        file,
        ...placeOf(key),
        severity: 'error',
        rule: 'front-matter',
        reason: `front matter "event.${key}": "${value}" is not a date`,
        hint: `write ${key}: 2019-05-20`,
      })
    }
    return parsed?.day
  }
  const location = event.location
  const slug = eventSlug(event, file, placeOf, problems)
  return {
    name: event.name,
    slug,
    location,
    start: day('start'),
    end: day('end'),
    url: event.url,
    attendance: event.attendance ?? (/^(online|virtual|remote)\b/i.test(location ?? '') ? 'online' : 'offline'),
    source: { file, line },
    isSlugPinned: event.slug !== undefined,
  }
}

/**
 * The event's slug: its page's address (/events/<slug>/) and its section's id on /events/. One
 * made from the name keeps clear of the framework's globals (lib/safe-ids.ts); a pinned one that
 * names such a global, or either one too long for a file name, is an error at its line.
 */
function eventSlug(
  event: NonNullable<FrontMatterFields['event']>,
  file: string,
  placeOf: (key: string) => { line: number; column?: number },
  problems: ContentProblem[],
): string {
  const slug = event.slug ?? safeAnchor(nameSlug(event.name))
  const key = event.slug === undefined ? 'name' : 'slug'
  const hint = event.slug === undefined ? 'set slug: in the event block to a short name, e.g. slug: kubecon-eu-2019' : 'write a short slug, e.g. slug: kubecon-eu-2019'
  const problem = isFrameworkGlobal(slug) ? `"${slug}" names a global the page's scripts read` : segmentProblem(slug)
  if (problem !== undefined) {
    problems.push({ file, ...placeOf(key), severity: 'error', rule: 'front-matter', reason: `front matter "event.${key}": the event's address cannot be made: ${problem}`, hint })
  }
  return slug
}
