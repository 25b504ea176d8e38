import type { Metadata } from 'next'
import Link from 'next/link'
import { blogPath, tagsIndexPath } from '@/lib/routes'

export const metadata: Metadata = { title: 'Page not found' }

export default function NotFound() {
  return (
    <section className="not-found">
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
      <ul>
        <li>
          <Link href="/">Home</Link>
        </li>
        <li>
          <Link href={blogPath()}>Every post, newest first</Link>
        </li>
        <li>
          <Link href={tagsIndexPath()}>Posts by tag</Link>
        </li>
      </ul>
    </section>
  )
}
