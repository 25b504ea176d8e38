import type { Metadata } from 'next'
import { getEvents } from '@/lib/content'
import Link from 'next/link'
import { eventsPath, speakersPath } from '@/lib/routes'
import { pageMetadata } from '@/lib/metadata'
import { site } from '@/lib/site'
import { EventSection } from '@/components/event-section'

export const metadata: Metadata = pageMetadata({ title: site.words.eventsTitle, description: site.words.eventsDescription, path: eventsPath() })

export default function EventsPage() {
  const events = getEvents()
  return (
    <>
      <header className="page-header">
        <h1>{site.words.eventsTitle}</h1>
        <p>{site.words.eventsIntro}</p>
        <p>
          <Link href={speakersPath()}>Every speaker and their talks</Link>
        </p>
      </header>
      {events.length === 0 ? (
        <p>{site.words.noEvents}</p>
      ) : (
        events.map((event) => <EventSection key={event.slug} event={event} />)
      )}
    </>
  )
}
