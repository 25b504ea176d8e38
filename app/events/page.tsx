import type { Metadata } from 'next'
import { getEvents } from '@/lib/content'
import { eventsPath } from '@/lib/routes'
import { pageMetadata } from '@/lib/metadata'
import { EventSection } from '@/components/event-section'

export const metadata: Metadata = pageMetadata({
  title: 'Events',
  description: 'Recaps of the conferences and meetups we went to, grouped by event.',
  path: eventsPath(),
})

export default function EventsPage() {
  const events = getEvents()
  return (
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
    </>
  )
}
