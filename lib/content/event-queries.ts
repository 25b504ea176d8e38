import { getCheckedContent, getContent, type SiteContent } from './load'
import type { EventGroup } from './events'
import { eventTime } from './events'
import type { Author } from './authors'
import type { Post } from './post'
import { factsContext, getPostFacts, type PostFacts } from './post-facts'
import { indexTalks, type Photo, type Speaker, type Talk, type TalkIndexes } from './talks'
import { speakerKey } from './speakers'
import { count } from '../trace'

/**
 * What event and speaker pages ask: talks, speakers and photos, computed from every visible
 * post's facts the first time a page asks, once per loaded content (so once per build worker).
 */

const computed = new WeakMap<SiteContent, TalkIndexes>()

/** How to get a post's talks and photos for `content`: read ahead (the server's snapshot), else from its body. */
export function postFactsOf(content: SiteContent): (post: Post) => PostFacts {
  const context = factsContext(content.publicDir)
  return (post) => content.facts?.get(post.filePath) ?? getPostFacts(post, context)
}

/** The talks, speakers and photos of `content`'s visible posts (memoised per content). */
export function talkIndexesOf(content: SiteContent): TalkIndexes {
  let indexes = computed.get(content)
  if (!indexes) {
    indexes = indexTalks(content.posts, postFactsOf(content), content.speakerEntries, content.authorsById, content.speakersFile)
    count('talk-indexes')
    computed.set(content, indexes)
  }
  return indexes
}

function indexes(): TalkIndexes {
  return talkIndexesOf(getCheckedContent())
}

/** Every talk of every visible recap. */
export function getTalks(): Talk[] {
  return indexes().talks
}

/** Every speaker, A to Z. */
export function getSpeakers(): Speaker[] {
  return indexes().speakers
}

/** One speaker by slug. */
export function getSpeaker(slug: string): Speaker | undefined {
  return getSpeakers().find((speaker) => speaker.slug === slug)
}

/** The speaker page of the same person as an author, if they gave a talk. */
export function getSpeakerForAuthor(author: Pick<Author, 'id'>): Speaker | undefined {
  return getSpeakers().find((speaker) => speaker.author?.id === author.id)
}

const slugsByKey = new WeakMap<SiteContent, Map<string, string>>()

/**
 * The slug of the speaker page a name as written in a talk leads to; undefined when no visible
 * talk names them. Never throws: the Talk component asks it while a page renders.
 */
export function findSpeakerSlug(name: string): string | undefined {
  const content = getContent()
  let slugs = slugsByKey.get(content)
  if (!slugs) {
    slugs = new Map()
    for (const talk of talkIndexesOf(content).talks) for (const speaker of talk.speakers) slugs.set(speakerKey(speaker.name), speaker.slug)
    slugsByKey.set(content, slugs)
  }
  return slugs.get(speakerKey(name))
}

/** One event by its slug. */
export function getEvent(slug: string): EventGroup | undefined {
  return getCheckedContent().events.find((event) => event.slug === slug)
}

/** The talks of an event's recaps, in the order the recaps list them (oldest recap first). */
export function getEventTalks(event: EventGroup): Talk[] {
  const recaps = new Set(event.posts)
  return getTalks()
    .filter((talk) => recaps.has(talk.post))
    .sort((a, b) => a.post.date.localeCompare(b.post.date) || a.line - b.line)
}

/** The gallery photos of an event's recaps. */
export function getEventPhotos(event: EventGroup): Photo[] {
  const recaps = new Set(event.posts)
  return indexes().photos.filter((photo) => recaps.has(photo.post))
}

/** Every gallery photo of the visible posts. */
export function getGalleryPhotos(): Photo[] {
  return indexes().photos
}

/** The photos of one post's galleries. */
export function getPostPhotos(post: Post): Photo[] {
  return indexes().photos.filter((photo) => photo.post === post)
}

/** The talks one post lists. */
export function getPostTalks(post: Post): Talk[] {
  return getTalks().filter((talk) => talk.post === post)
}

/** The events before and after one, in time. */
export function getAdjacentEvents(event: EventGroup): { previous?: EventGroup; next?: EventGroup } {
  const events = getCheckedContent().events
  const at = events.findIndex((candidate) => candidate.slug === event.slug)
  // Latest first: the next event in time is the one before it in the list.
  return { next: at > 0 ? events[at - 1] : undefined, previous: at >= 0 ? events[at + 1] : undefined }
}

export { eventTime }
