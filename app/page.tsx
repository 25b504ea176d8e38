import type { Metadata } from 'next'
import Link from 'next/link'
import { getAllPosts, getEvents } from '@/lib/content'
import { blogPath, eventsPath } from '@/lib/routes'
import { site } from '@/lib/site'
import { pageMetadata } from '@/lib/metadata'
import { LeadRecap } from '@/components/lead-recap'
import { PostList } from '@/components/post-list'

export const metadata: Metadata = pageMetadata({ path: '/' })

export default function HomePage() {
  const posts = getAllPosts()
  const lead = getEvents()[0]?.posts[0]
  const latest = posts.filter((post) => post !== lead).slice(0, site.homePosts)
  return (
    <>
      <h1 className="visually-hidden">{site.title}</h1>
      {lead && <LeadRecap post={lead} />}
      {latest.length > 0 && (
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading" className="section-heading">
            {site.words.latestPosts}
          </h2>
          <PostList posts={latest} headingLevel={3} />
        </section>
      )}
      <ul className="more-links">
        <li>
          <Link className="button-link button-link--primary" href={blogPath()}>
            {site.words.allPosts}
          </Link>
        </li>
        <li>
          <Link className="button-link" href={eventsPath()}>
            {site.words.allEvents}
          </Link>
        </li>
      </ul>
    </>
  )
}
