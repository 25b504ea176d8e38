import { feedRoute, siteFeed } from '@/lib/feeds'

// Written once at build time, like the pages.
export const dynamic = 'force-static'

export const GET = feedRoute('rss', siteFeed)
