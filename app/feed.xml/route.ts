import { buildRssFeed, rssResponse, siteFeed } from '@/lib/feeds'

// Written once at build time, like the pages.
export const dynamic = 'force-static'

export async function GET() {
  return rssResponse(await buildRssFeed(siteFeed()))
}
