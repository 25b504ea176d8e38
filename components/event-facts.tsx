import type { EventInfo } from '@/lib/content'
import { formatDayRange } from '@/lib/dates'
import { Icon } from './icon'

type Props = { event: EventInfo }

/** Where and when an event took place, as a short list with icons; nothing when neither is known. */
export function EventFacts({ event }: Props) {
  if (!event.location && !event.start) return null
  return (
    <ul className="facts">
      {event.location && (
        <li>
          <Icon name="place" />
          {event.location}
        </li>
      )}
      {event.start && (
        <li>
          <Icon name="dates" />
          {formatDayRange(event.start, event.end)}
        </li>
      )}
    </ul>
  )
}
