import type { FeedLink } from '@/lib/metadata'

type Props = { feeds: FeedLink[] }

/**
 * `<link rel="alternate">` for each feed, with the path as it is: a reader resolves it against the
 * page, so it reaches the server that sent the page even when no SITE_URL says where that is
 * (Next's metadata would make it absolute with the build's base URL). React places the links in
 * <head> wherever they are rendered.
 */
export function FeedLinks({ feeds }: Props) {
  return feeds.map((feed) => <link key={feed.url} rel="alternate" type={feed.type} title={feed.title} href={feed.url} />)
}
