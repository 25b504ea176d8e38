import { getEvent, getEvents } from '@/lib/content'
import { eventFeed, feedRoute } from '@/lib/feeds'
import { EMPTY_PARAM, exportableParams } from '@/lib/static-params'

export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return exportableParams(getEvents().map((event) => ({ event: event.slug })), { event: EMPTY_PARAM })
}

export const GET = feedRoute<{ event: string }>('rss', ({ event }) => {
  const found = getEvent(event)
  return found && eventFeed(found)
})
