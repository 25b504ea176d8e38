import { getTag, getTags } from '@/lib/content'
import { buildRssFeed, rssResponse, tagFeed } from '@/lib/feeds'
import { EMPTY_PARAM, exportableParams } from '@/lib/static-params'

type Context = { params: Promise<{ tag: string }> }

export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return exportableParams(getTags().map((tag) => ({ tag: tag.slug })), { tag: EMPTY_PARAM })
}

export async function GET(_request: Request, { params }: Context) {
  const tag = getTag((await params).tag)
  if (!tag) return new Response('Not found', { status: 404 })
  return rssResponse(await buildRssFeed(tagFeed(tag)))
}
