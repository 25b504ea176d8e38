import { blogFeed, buildRssFeed, rssResponse } from '@/lib/feeds'

// Where Hugo sites kept the blog section's feed: subscribers' readers keep finding it.
export const dynamic = 'force-static'

export async function GET() {
  return rssResponse(await buildRssFeed(blogFeed()))
}
