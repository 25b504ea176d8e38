import type { Metadata } from 'next'
import { getEvents } from '@/lib/content'
import { eventsPath } from '@/lib/routes'
import { pageMetadata } from '@/lib/metadata'
import { EventSection } from '@/components/event-section'
import { renderReporting } from '@/lib/page-errors'

export const metadata: Metadata = pageMetadata({
  title: 'Events',
  description: 'Recaps of the conferences and meetups we went to, grouped by event.',
  path: eventsPath(),
})

export default async function EventsPage() {
  const events = getEvents()
  return renderReporting(
    <>
      <header className="page-header">
        <h1>Events</h1>
        <p>Recaps of the conferences and meetups we went to, latest first.</p>
      </header>
      {events.length === 0 ? (
        <p>No event recaps yet.</p>
      ) : (
        events.map((event) => <EventSection key={event.slug} event={event} />)
      )}
    </>,
    events[0]?.posts[0],
    'the events page',
    'event',
  )
}
