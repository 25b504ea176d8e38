import Link from 'next/link'
import { eventsPath } from '@/lib/routes'
import { formatDayRange } from '@/lib/dates'
import type { EventInfo } from '@/lib/content'

type Props = { event: EventInfo }

/** Marks a post as the recap of an event: name, place and dates, linking to the events page. */
export function EventBadge({ event }: Props) {
  const details = [event.location, event.start ? formatDayRange(event.start, event.end) : undefined].filter(Boolean)
  return (
    <p className="event-badge">
      <span className="event-badge__label">Recap</span>{' '}
      <Link href={eventsPath(event)}>{event.name}</Link>
      {details.length > 0 && <span className="event-badge__details"> · {details.join(' · ')}</span>}
    </p>
  )
}
