import { blogFeed, feedRoute } from '@/lib/feeds'

// Where Hugo sites kept the blog section's feed: subscribers' readers keep finding it.
export const dynamic = 'force-static'

export const GET = feedRoute('rss', blogFeed)
