import { getEvent, getEvents } from '@/lib/content'
import { buildRssFeed, eventFeed, rssResponse } from '@/lib/feeds'
import { EMPTY_PARAM, exportableParams } from '@/lib/static-params'

type Context = { params: Promise<{ event: string }> }

export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return exportableParams(getEvents().map((event) => ({ event: event.slug })), { event: EMPTY_PARAM })
}

export async function GET(_request: Request, { params }: Context) {
  const event = getEvent((await params).event)
  if (!event) return new Response('Not found', { status: 404 })
  return rssResponse(await buildRssFeed(eventFeed(event)))
}
