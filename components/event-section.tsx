import Link from 'next/link'
import type { EventGroup } from '@/lib/content'
import { eventPath } from '@/lib/routes'
import { PostList } from './post-list'
import { EventFacts } from './event-facts'
import { Icon } from './icon'

type Props = { event: EventGroup }

/**
 * One event on the events page: name (linking to its page), place, dates, website, and its recaps.
 * Its id is the event's slug, so old links to /events/#slug still land here.
 */
export function EventSection({ event }: Props) {
  return (
    <section className="event-section" id={event.slug} aria-labelledby={`${event.slug}-heading`}>
      <header className="event-section__header">
        <h2 id={`${event.slug}-heading`}>
          <Link href={eventPath(event)}>{event.name}</Link>
        </h2>
        <EventFacts event={event} />
        {event.url && (
          <p className="event-section__link">
            <a className="with-icon" href={event.url} rel="noopener noreferrer">
              Event website<span className="visually-hidden"> of {event.name}</span> <Icon name="external" size={14} />
            </a>
          </p>
        )}
      </header>
      <PostList posts={event.posts} headingLevel={3} showEvent={false} />
    </section>
  )
}
