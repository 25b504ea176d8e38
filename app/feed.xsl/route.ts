import { feedStylesheet } from '@/lib/feeds/stylesheet'

// The stylesheet that shows /feed.xml and /atom.xml (and each tag's) as a page in a browser.
export const dynamic = 'force-static'

export function GET() {
  return new Response(feedStylesheet(), { headers: { 'Content-Type': 'text/xsl; charset=utf-8' } })
}
