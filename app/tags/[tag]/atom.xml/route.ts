import { getTag, getTags } from '@/lib/content'
import { feedRoute, tagFeed } from '@/lib/feeds'
import { EMPTY_PARAM, exportableParams } from '@/lib/static-params'

export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return exportableParams(getTags().map((tag) => ({ tag: tag.slug })), { tag: EMPTY_PARAM })
}

export const GET = feedRoute<{ tag: string }>('atom', ({ tag }) => {
  const found = getTag(tag)
  return found && tagFeed(found)
})
