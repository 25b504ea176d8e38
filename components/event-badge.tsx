import Link from 'next/link'
import { eventPath } from '@/lib/routes'
import { formatDayRange } from '@/lib/dates'
import type { EventInfo } from '@/lib/content'

type Props = { event: EventInfo; compact?: boolean; isSearchFilter?: boolean }

/**
 * Marks a post as the recap of an event: its name, linking to the event's page, then
 * place and dates (left out when `compact`, as on cards). `isSearchFilter` makes the name the
 * page's `event` filter in search (Pagefind's data-pagefind-filter).
 */
export function EventBadge({ event, compact = false, isSearchFilter = false }: Props) {
  const details = compact ? [] : [event.location, event.start ? formatDayRange(event.start, event.end) : undefined].filter(Boolean)
  return (
    <p className="event-badge">
      <span className="eyebrow">Recap</span>
      <Link className="event-badge__name" href={eventPath(event)} data-pagefind-filter={isSearchFilter ? 'event' : undefined}>
        {event.name}
      </Link>
      {details.length > 0 && <span className="event-badge__details">{details.join(' · ')}</span>}
    </p>
  )
}
