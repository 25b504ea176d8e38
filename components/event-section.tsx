import type { EventGroup } from '@/lib/content'
import { formatDayRange } from '@/lib/dates'
import { PostList } from './post-list'

type Props = { event: EventGroup }

/** One event on the events page: name, place, dates, link, and its recaps. */
export function EventSection({ event }: Props) {
  const details = [event.location, event.start ? formatDayRange(event.start, event.end) : undefined].filter(Boolean)
  return (
    <section className="event-section" id={event.slug} aria-labelledby={`${event.slug}-heading`}>
      <h2 id={`${event.slug}-heading`}>{event.name}</h2>
      {details.length > 0 && <p className="event-section__details">{details.join(' · ')}</p>}
      {event.url && (
        <p>
          <a href={event.url} rel="noopener noreferrer">
            Event website
          </a>
        </p>
      )}
      <PostList posts={event.posts} headingLevel={3} />
    </section>
  )
}
