import Link from 'next/link'
import { getPostAuthors, type Post } from '@/lib/content'
import { postPath } from '@/lib/routes'
import { site } from '@/lib/site'
import { postDescription } from '@/lib/markdown/summary'
import { Byline } from './byline'
import { EventFacts } from './event-facts'
import { SiteImage } from './site-image'

type Props = { post: Post }

/**
 * The home page's lead: the latest event recap as a ticket, the cover on one side and, on the
 * stub, the event's name, place and dates, then the recap's title, summary and authors.
 */
export function LeadRecap({ post }: Props) {
  const event = post.event
  const description = postDescription(post)
  return (
    <section className="lead-recap" aria-labelledby="lead-heading">
      {post.thumbnail && (
        <SiteImage className="lead-recap__cover" src={post.thumbnail} alt="" sizes="(min-width: 56rem) 42rem, 100vw" isPriority />
      )}
      <div className="lead-recap__text">
        <span className="lead-recap__notches" aria-hidden="true" />
        <p className="eyebrow">{site.words.leadRecap}</p>
        {event && (
          <>
            <p className="lead-recap__event">{event.name}</p>
            <EventFacts event={event} />
          </>
        )}
        <h2 id="lead-heading" className="lead-recap__title">
          <Link href={postPath(post)}>{post.title}</Link>
        </h2>
        {description && <p className="lead-recap__description">{description}</p>}
        <Byline post={post} authors={getPostAuthors(post)} />
      </div>
    </section>
  )
}
