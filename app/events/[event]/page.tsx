import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getAdjacentEvents, getEvent, getEventPhotos, getEventTalks, getEvents } from '@/lib/content'
import { eventPath } from '@/lib/routes'
import { eventFeedLinks, pageMetadata } from '@/lib/metadata'
import { FeedLinks } from '@/components/feed-links'
import { eventJsonLd } from '@/lib/structured-data'
import { EMPTY_PARAM, exportableParams } from '@/lib/static-params'
import { EventPage } from '@/components/event-page'
import { JsonLd } from '@/components/json-ld'

type Props = { params: Promise<{ event: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return exportableParams(getEvents().map((event) => ({ event: event.slug })), { event: EMPTY_PARAM })
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = getEvent((await params).event)
  if (!event) return {}
  const talks = getEventTalks(event)
  const description = `${event.name}${event.location ? `, ${event.location}` : ''}: ${event.posts.length === 1 ? 'one recap' : `${event.posts.length} recaps`}${talks.length ? `, ${talks.length} recorded talks` : ''}.`
  return pageMetadata({ title: event.name, description, path: eventPath(event) })
}

export default async function EventRoute({ params }: Props) {
  const event = getEvent((await params).event)
  if (!event) notFound()
  const talks = getEventTalks(event)
  return (
    <>
      <FeedLinks feeds={eventFeedLinks(event)} />
      <JsonLd data={eventJsonLd(event, talks)} />
      <EventPage event={event} talks={talks} photos={getEventPhotos(event)} {...getAdjacentEvents(event)} />
    </>
  )
}
