import { parseSpeakers } from '../talks'
import type { ContentProblem } from './problems'
import type { Author } from './authors'
import type { EventInfo, Post } from './post'
import type { PhotoFact, PostFacts } from './post-facts'
import { speakerKey, speakerSlug, type SpeakerEntry } from './speakers'

/** Talks across posts, and the speakers who gave them: computed once per build from every post's facts. */

/** A speaker of one talk, as the talk list writes them, with the page they lead to. */
export type TalkSpeaker = { name: string; organisation?: string; slug: string }

/** One talk of a recap's talk list. */
export type Talk = {
  title: string
  url: string
  /** Seconds into the recording. */
  start?: number
  /** The speakers as the list writes them. */
  speakersText: string
  speakers: TalkSpeaker[]
  /** The recap that lists it. */
  post: Post
  event?: EventInfo
  /** Its line in the post. */
  line: number
}

/** A speaker's page: who they are and every talk they gave, newest first. */
export type Speaker = {
  slug: string
  name: string
  /** Their id in content/speakers.yml, when listed. */
  id?: string
  bio?: string
  avatar?: string
  links: { label: string; url: string }[]
  /** The same person as an author of the site. */
  author?: Author
  /** Each talk with the organisation the talk list gave for them. */
  talks: { talk: Talk; organisation?: string }[]
}

/** A gallery photo with the recap it is in. */
export type Photo = PhotoFact & { post: Post }

/** What the talk lists and galleries of the visible posts add up to. */
export type TalkIndexes = { talks: Talk[]; speakers: Speaker[]; photos: Photo[]; problems: ContentProblem[] }

/** When a talk was given, for sorting: its event's first day, else its recap's date. */
export function talkTime(talk: Pick<Talk, 'post' | 'event'>): number {
  const start = talk.event?.start
  return start ? Date.UTC(start.year, start.month - 1, start.day) : Date.parse(talk.post.date)
}

/** Talks, speakers and photos of `posts` (newest first), from each post's facts. */
export function indexTalks(posts: readonly Post[], factsOf: (post: Post) => PostFacts, entries: readonly SpeakerEntry[], authors: ReadonlyMap<string, Author>, speakersFile: string): TalkIndexes {
  const problems: ContentProblem[] = []
  const talks: Talk[] = []
  const photos: Photo[] = []
  for (const post of posts) {
    const facts = factsOf(post)
    for (const talk of facts.talks) {
      talks.push({
        title: talk.title,
        url: talk.url,
        ...(talk.start === undefined ? {} : { start: talk.start }),
        speakersText: talk.speakers,
        speakers: parseSpeakers(talk.speakers).map((speaker) => ({ ...speaker, slug: '' })),
        post,
        event: post.event,
        line: talk.line,
      })
    }
    for (const photo of facts.photos) photos.push({ ...photo, post })
  }

  // Which entry of speakers.yml a spelling belongs to: by its id, its name and its aliases.
  const entryByKey = new Map<string, SpeakerEntry>()
  for (const entry of entries) {
    for (const spelling of [entry.id.replace(/-/g, ' '), entry.name ?? '', ...entry.aliases]) {
      const key = speakerKey(spelling)
      if (!key) continue
      const other = entryByKey.get(key)
      if (other && other !== entry) {
        problems.push({ file: speakersFile, line: entry.line, severity: 'warning', rule: 'speakers', reason: `speaker "${entry.id}": "${spelling}" is also a spelling of "${other.id}" (line ${other.line})`, hint: 'keep each spelling under one speaker' })
        continue
      }
      entryByKey.set(key, entry)
    }
  }
  const authorByKey = new Map([...authors.values()].map((author) => [speakerKey(author.name), author]))

  type Group = { entry?: SpeakerEntry; spellings: Map<string, number>; talks: Speaker['talks']; key: string }
  const groups = new Map<string, Group>()
  const byTalkSpeaker = new Map<TalkSpeaker, Group>()
  for (const talk of talks) {
    for (const speaker of talk.speakers) {
      const key = speakerKey(speaker.name)
      if (!key) continue
      const entry = entryByKey.get(key)
      const groupKey = entry ? `entry:${entry.id}` : `key:${key}`
      const group = groups.get(groupKey) ?? { entry, spellings: new Map<string, number>(), talks: [], key }
      group.spellings.set(speaker.name, (group.spellings.get(speaker.name) ?? 0) + 1)
      // A person named twice in one talk is one speaker of it.
      if (group.talks.at(-1)?.talk !== talk) group.talks.push({ talk, ...(speaker.organisation ? { organisation: speaker.organisation } : {}) })
      groups.set(groupKey, group)
      byTalkSpeaker.set(speaker, group)
    }
  }

  const used = new Set(entries.map((entry) => entry.id))
  const speakers = new Map<Group, Speaker>()
  // Listed speakers first, so an entry keeps its id as slug whatever other names slug to.
  const ordered = [...groups.values()].sort((a, b) => Number(Boolean(b.entry)) - Number(Boolean(a.entry)))
  for (const group of ordered) {
    const entry = group.entry
    const name = entry?.name ?? preferredSpelling(group.spellings)
    let slug = entry?.id ?? speakerSlug(name)
    if (!entry) {
      const base = slug
      for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`
      used.add(slug)
    }
    const author = (entry?.author ? authors.get(entry.author) : undefined) ?? authorByKey.get(group.key) ?? (entry?.name ? authorByKey.get(speakerKey(entry.name)) : undefined)
    speakers.set(group, {
      slug,
      name,
      ...(entry ? { id: entry.id } : {}),
      ...(entry?.bio ? { bio: entry.bio } : author?.bio ? { bio: author.bio } : {}),
      ...(entry?.avatar ? { avatar: entry.avatar } : author?.avatar ? { avatar: author.avatar } : {}),
      links: entry?.links.length ? entry.links : (author?.links ?? []),
      ...(author ? { author } : {}),
      talks: [...group.talks].sort((a, b) => talkTime(b.talk) - talkTime(a.talk) || b.talk.post.date.localeCompare(a.talk.post.date) || a.talk.line - b.talk.line),
    })
  }
  for (const [speaker, group] of byTalkSpeaker) speaker.slug = speakers.get(group)!.slug

  for (const entry of entries) {
    if (!groups.has(`entry:${entry.id}`)) {
      problems.push({
        file: speakersFile,
        line: entry.line,
        severity: 'warning',
        rule: 'speakers',
        reason: `speaker "${entry.id}" gave no talk in any talk list`,
        hint: `check the spelling against the talk lists, or add the spelling used there to aliases (${[entry.name, ...entry.aliases].filter(Boolean).join(', ') || entry.id} matched nothing)`,
      })
    }
  }
  const list = [...speakers.values()].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.slug.localeCompare(b.slug))
  return { talks, speakers: list, photos, problems }
}

/** The spelling most talks use; on a tie the one with more accents (they are lost the other way round), then the first. */
function preferredSpelling(spellings: Map<string, number>): string {
  const marks = (name: string) => name.normalize('NFD').length - name.length
  return [...spellings].sort((a, b) => b[1] - a[1] || marks(b[0]) - marks(a[0]))[0][0]
}
