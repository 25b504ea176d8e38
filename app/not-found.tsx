import type { Metadata } from 'next'
import Link from 'next/link'
import { getAllPosts } from '@/lib/content'
import { blogPath, eventsPath, postPath, tagsIndexPath } from '@/lib/routes'
import { formatDay, formatLongDay } from '@/lib/dates'

export const metadata: Metadata = { title: 'Page not found' }

// Enough to recognise a post someone was looking for, short enough to scan.
const RECENT_POSTS = 5

export default function NotFound() {
  const recent = getAllPosts().slice(0, RECENT_POSTS)
  return (
    <section className="not-found" aria-labelledby="not-found-heading">
      <p className="not-found__code" aria-hidden="true">
        404
      </p>
      <h1 id="not-found-heading">Page not found</h1>
      <p className="not-found__lead">There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <ul className="more-links">
        <li>
          <Link className="button-link button-link--primary" href="/">
            Home
          </Link>
        </li>
        <li>
          <Link className="button-link" href={blogPath()}>
            Every post, newest first
          </Link>
        </li>
        <li>
          <Link className="button-link" href={eventsPath()}>
            Event recaps
          </Link>
        </li>
        <li>
          <Link className="button-link" href={tagsIndexPath()}>
            Posts by tag
          </Link>
        </li>
      </ul>
      {recent.length > 0 && (
        <>
          <h2>Recent posts</h2>
          <ul className="not-found__recent">
            {recent.map((post) => (
              <li key={post.id}>
                <Link href={postPath(post)}>{post.title}</Link>
                <time dateTime={formatDay(post.day)}>{formatLongDay(post.day)}</time>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
