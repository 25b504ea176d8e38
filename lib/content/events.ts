import type { ContentProblem } from './problems'
import type { EventInfo, Post } from './post'

/** Events, from the `event:` blocks of recaps: one per name (or pinned `slug`), with its recaps. */

/** An event with the recaps that cover it. */
export type EventGroup = EventInfo & { posts: Post[] }

/** The first day of an event, else its first recap's date, as a time to sort by. */
export function eventTime(event: EventGroup): number {
  return event.start ? Date.UTC(event.start.year, event.start.month - 1, event.start.day) : Date.parse(event.posts.at(-1)?.date ?? '')
}

/**
 * Events by slug with their recaps (newest first), latest event first. Recaps that name one event
 * differently are reported at the later recap's event line: names that differ only in case (they
 * are one event, in the first recap's spelling), names with one slug, one slug pinned for two names.
 */
export function indexEvents(posts: readonly Post[], problems: ContentProblem[]): EventGroup[] {
  const groups = new Map<string, EventGroup>()
  // Oldest first, so the later recap is the one told.
  for (const post of [...posts].reverse()) {
    const event = post.event
    if (!event) continue
    const group = groups.get(event.slug)
    if (!group) {
      groups.set(event.slug, { ...event, posts: [post] })
      continue
    }
    group.posts.unshift(post)
    if (group.name !== event.name) {
      const first = group.posts.at(-1)!
      const where = `${first.filePath}:${group.source.line}`
      const caseOnly = group.name.toLowerCase() === event.name.toLowerCase()
      problems.push({
        file: event.source.file,
        line: event.source.line,
        severity: 'warning',
        rule: 'event',
        reason: caseOnly
          ? `event "${event.name}" differs from "${group.name}" (${where}) only in case; both recaps go to one event, named "${group.name}"`
          : event.isSlugPinned && group.isSlugPinned
            ? `event "${event.name}" pins the slug "${event.slug}" that "${group.name}" (${where}) pins too; both recaps go to one event, named "${group.name}"`
            : `event "${event.name}" has the address /events/${event.slug}/ of "${group.name}" (${where}); both recaps go to one event, named "${group.name}"`,
        hint: caseOnly ? `write the name as "${group.name}"` : `write the name as "${group.name}" if it is the same event, else give it another name or event.slug`,
      })
    }
    // Recaps may disagree on details; the first one that gives a field wins.
    group.location ??= event.location
    group.start ??= event.start
    group.end ??= event.end
    group.url ??= event.url
  }
  return [...groups.values()].sort((a, b) => eventTime(b) - eventTime(a) || a.name.localeCompare(b.name))
}
