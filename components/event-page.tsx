import Link from 'next/link'
import type { EventGroup, Photo, Talk as TalkData } from '@/lib/content'
import { eventFeedPaths, eventPath } from '@/lib/routes'
import { EventFacts } from './event-facts'
import { Gallery } from './gallery'
import { GalleryImage } from './gallery-image'
import { Icon } from './icon'
import { PostList } from './post-list'
import { Talk } from './talk'
import { TalkList } from './talk-list'

type Props = { event: EventGroup; talks: TalkData[]; photos: Photo[]; previous?: EventGroup; next?: EventGroup }

/** One event: its facts, the talks its recaps list, their photos, the recaps, and the events either side. */
export function EventPage({ event, talks, photos, previous, next }: Props) {
  return (
    <article className="event-page">
      <header className="page-header event-page__header">
        <p className="eyebrow">Event</p>
        <h1>{event.name}</h1>
        <EventFacts event={event} />
        <ul className="more-links">
          {event.url && (
            <li>
              <a className="with-icon" href={event.url} rel="noopener noreferrer">
                Event website <Icon name="external" size={14} />
              </a>
            </li>
          )}
          <li>
            <a href={eventFeedPaths(event).rss}>
              RSS feed<span className="visually-hidden"> of recaps of {event.name}</span>
            </a>
          </li>
        </ul>
      </header>
      {talks.length > 0 && (
        <section aria-labelledby="event-talks">
          <h2 id="event-talks" className="section-heading">
            Talks
          </h2>
          <TalkList event={event.name}>
            {talks.map((talk) => (
              <Talk key={`${talk.post.id}-${talk.line}`} title={talk.title} url={talk.url} speakers={talk.speakersText} start={talk.start === undefined ? undefined : String(talk.start)} />
            ))}
          </TalkList>
        </section>
      )}
      {photos.length > 0 && (
        <section aria-labelledby="event-photos">
          <h2 id="event-photos" className="section-heading">
            Photos
          </h2>
          <Gallery title={`Photos of ${event.name}`}>
            {photos.map((photo) => (
              <GalleryImage key={`${photo.post.id}-${photo.line}-${photo.src}`} src={photo.src} alt={photo.alt} caption={photo.caption} width={String(photo.width)} height={String(photo.height)} />
            ))}
          </Gallery>
        </section>
      )}
      <section aria-labelledby="event-recaps">
        <h2 id="event-recaps" className="section-heading">
          {event.posts.length === 1 ? 'The recap' : 'Recaps'}
        </h2>
        <PostList posts={event.posts} headingLevel={3} showEvent={false} />
      </section>
      {(previous || next) && (
        <nav className="post-neighbours" aria-label="Other events">
          {previous && (
            <Link href={eventPath(previous)} rel="prev">
              <span className="post-neighbours__label">
                <span aria-hidden="true">← </span>Earlier event
              </span>{' '}
              {previous.name}
            </Link>
          )}
          {next && (
            <Link href={eventPath(next)} rel="next">
              <span className="post-neighbours__label">
                Later event<span aria-hidden="true"> →</span>
              </span>{' '}
              {next.name}
            </Link>
          )}
        </nav>
      )}
    </article>
  )
}
