import type { BlogPosting, Clip, Event, Graph, Person, Place, ProfilePage, Thing, VideoObject, VirtualLocation } from 'schema-dts'
import type { EventGroup, EventInfo, Post, Speaker, Talk } from './content'
import { formatDay } from './dates'
import { postJsonLd, type PostFacts } from './metadata'
import { absoluteUrl, eventPath, postPath, speakerPath } from './routes'
import { shareImageFor, siteShareImage } from './share-image'
import { site } from './site'
import { recordingVideo, vimeoPlayerUrl, vimeoWatchUrl, youTubeThumbnailUrl, youTubeWatchUrl } from './video-urls'

/**
 * The schema.org structured data of recaps, events and speakers, as JSON-LD graphs: a recap's
 * BlogPosting with the Event it reports on and a VideoObject per recording (a Clip where the talk
 * starts into it, the speakers as Person); an event page's Event with its recordings; a speaker's
 * ProfilePage. Typed with schema-dts (schema.org's vocabulary), and checked against Google's rich
 * result rules in structured-data.test.ts.
 */

const CONTEXT = 'https://schema.org'

/** `@id`s that tie the nodes of a graph together. */
const idOf = {
  event: (event: { slug: string }) => `${absoluteUrl(eventPath(event))}#event`,
  speaker: (speaker: { slug: string }) => `${absoluteUrl(speakerPath(speaker))}#person`,
  video: (talk: Talk) => `${absoluteUrl(postPath(talk.post))}#talk-${talk.line}`,
}

/** A speaker as a Person, with the affiliation the talk gives. */
function personOf(speaker: { name: string; slug: string; organisation?: string }): Person {
  return {
    '@type': 'Person',
    '@id': idOf.speaker(speaker),
    name: speaker.name,
    url: absoluteUrl(speakerPath(speaker)),
    ...(speaker.organisation ? { affiliation: { '@type': 'Organization', name: speaker.organisation } } : {}),
  }
}

/** Where an event took place, as Google reads it: a Place, a VirtualLocation, or both. */
function locationOf(event: EventInfo): Place | VirtualLocation | (Place | VirtualLocation)[] | undefined {
  const place: Place | undefined = event.location ? { '@type': 'Place', name: event.location, address: event.location } : undefined
  const online: VirtualLocation = { '@type': 'VirtualLocation', url: event.url ?? absoluteUrl(eventPath(event)) }
  if (event.attendance === 'online') return online
  if (event.attendance === 'mixed') return place ? [place, online] : online
  return place
}

const ATTENDANCE = {
  offline: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  mixed: 'https://schema.org/MixedEventAttendanceMode',
} as const

/** An event as schema.org's Event: name, dates, place, its page, how people attended. */
export function eventNode(event: EventInfo, { image, description, performers = [] }: { image: string; description: string; performers?: Person[] }): Event {
  return {
    '@type': 'Event',
    '@id': idOf.event(event),
    name: event.name,
    url: absoluteUrl(eventPath(event)),
    ...(event.url ? { sameAs: event.url } : {}),
    ...(event.start ? { startDate: formatDay(event.start) } : {}),
    ...(event.end ?? event.start ? { endDate: formatDay((event.end ?? event.start)!) } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: ATTENDANCE[event.attendance],
    ...(locationOf(event) ? { location: locationOf(event) } : {}),
    image,
    description,
    ...(performers.length ? { performer: performers } : {}),
  }
}

/**
 * A talk's recording as a VideoObject: its player and page, a still, the speakers as authors, and
 * a Clip from the start time the list gives. The upload date is the recap's: the recording was
 * online when the recap listed it (talk lists do not say when it was uploaded).
 */
export function videoNode(talk: Talk): VideoObject | undefined {
  const video = recordingVideo(talk.url)
  if (!video) return undefined
  const page = video.site === 'YouTube' ? youTubeWatchUrl(video.id) : vimeoWatchUrl(video.id, video.hash)
  const player = video.site === 'YouTube' ? `https://www.youtube-nocookie.com/embed/${encodeURIComponent(video.id)}` : vimeoPlayerUrl(video.id, video.hash).replace(/autoplay=1&?/, '')
  const speakers = talk.speakers.map((speaker) => speaker.name).join(' & ')
  const clip: Clip | undefined =
    talk.start !== undefined && talk.start > 0
      ? {
          '@type': 'Clip',
          name: talk.title,
          startOffset: talk.start,
          url: video.site === 'YouTube' ? youTubeWatchUrl(video.id, String(talk.start)) : `${page}#t=${talk.start}s`,
        }
      : undefined
  return {
    '@type': 'VideoObject',
    '@id': idOf.video(talk),
    name: talk.title,
    description: [`${talk.title}${speakers ? `, by ${speakers}` : ''}`, talk.event ? ` at ${talk.event.name}` : '', '.'].join(''),
    thumbnailUrl: video.site === 'YouTube' ? youTubeThumbnailUrl(video.id) : shareImageFor(talk.post).url,
    uploadDate: talk.post.date,
    embedUrl: player,
    url: page,
    ...(talk.speakers.length ? { author: talk.speakers.map(personOf) } : {}),
    ...(clip ? { hasPart: clip } : {}),
  }
}

function videos(talks: readonly Talk[]): VideoObject[] {
  return talks.map(videoNode).filter((node): node is VideoObject => node !== undefined)
}

/** Each speaker once, for an event's performers. */
function performersOf(talks: readonly Talk[]): Person[] {
  const people = new Map<string, Person>()
  for (const talk of talks) for (const speaker of talk.speakers) if (!people.has(speaker.slug)) people.set(speaker.slug, personOf({ name: speaker.name, slug: speaker.slug }))
  return [...people.values()]
}

/** A post's graph: its BlogPosting, and when it is a recap the Event it covers and the recordings it lists. */
export function recapJsonLd(post: Post, facts: PostFacts, talks: readonly Talk[]): Graph {
  const { '@context': _context, ...article } = postJsonLd(post, facts)
  const recordings = videos(talks)
  const nodes: Thing[] = []
  const posting = { ...article } as BlogPosting & Record<string, unknown>
  if (post.event) {
    const image = shareImageFor(post).url
    nodes.push(eventNode(post.event, { image, description: `${post.event.name}, as ${site.title} reported it: ${post.title}.`, performers: performersOf(talks) }))
    posting.about = { '@id': idOf.event(post.event) }
  }
  if (recordings.length) posting.video = recordings.map((video) => ({ '@id': String(video['@id']) }))
  return { '@context': CONTEXT, '@graph': [posting, ...nodes, ...recordings] }
}

/** An event page's graph: the Event and its recordings. */
export function eventJsonLd(event: EventGroup, talks: readonly Talk[]): Graph {
  const image = event.posts.map((post) => shareImageFor(post)).find((candidate) => candidate.url !== siteShareImage().url)?.url ?? siteShareImage().url
  const description = `${event.name}${event.location ? ` in ${event.location}` : ''}: ${event.posts.length === 1 ? 'a recap' : `${event.posts.length} recaps`}${talks.length ? ` and ${talks.length} recorded talks` : ''}.`
  return { '@context': CONTEXT, '@graph': [eventNode(event, { image, description, performers: performersOf(talks) }), ...videos(talks)] }
}

/** A speaker page's graph: a ProfilePage about the Person, their talks as recordings. */
export function speakerJsonLd(speaker: Speaker): Graph {
  const organisations = [...new Set(speaker.talks.flatMap(({ organisation }) => (organisation ? [organisation] : [])))]
  const person: Person = {
    '@type': 'Person',
    '@id': idOf.speaker(speaker),
    name: speaker.name,
    url: absoluteUrl(speakerPath(speaker)),
    ...(speaker.bio ? { description: speaker.bio } : {}),
    ...(speaker.avatar ? { image: absoluteUrl(speaker.avatar) } : {}),
    ...(speaker.links.length ? { sameAs: speaker.links.map((link) => link.url) } : {}),
    ...(organisations.length ? { affiliation: organisations.map((name) => ({ '@type': 'Organization' as const, name })) } : {}),
  }
  const page: ProfilePage = {
    '@type': 'ProfilePage',
    url: absoluteUrl(speakerPath(speaker)),
    name: `${speaker.name}: talks`,
    mainEntity: { '@id': idOf.speaker(speaker) },
  }
  return { '@context': CONTEXT, '@graph': [page, person, ...videos(speaker.talks.map(({ talk }) => talk))] }
}
