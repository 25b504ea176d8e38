import { feedRoute, siteFeed } from '@/lib/feeds'

export const dynamic = 'force-static'

export const GET = feedRoute('json', siteFeed)
