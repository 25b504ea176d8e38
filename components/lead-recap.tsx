import Link from 'next/link'
import { getPostAuthors, type Post } from '@/lib/content'
import { postPath } from '@/lib/routes'
import { formatDayRange } from '@/lib/dates'
import { postDescription } from '@/lib/markdown/summary'
import { Byline } from './byline'

type Props = { post: Post }

/** The home page's lead: the latest event recap, with the event's name, place, dates and cover. */
export function LeadRecap({ post }: Props) {
  const event = post.event
  const description = postDescription(post)
  return (
    <section className="lead-recap" aria-labelledby="lead-heading">
      {post.thumbnail && <img className="lead-recap__cover" src={post.thumbnail} alt="" fetchPriority="high" />}
      <div className="lead-recap__text">
        {event && (
          <p className="lead-recap__event">
            <span className="lead-recap__label">Latest recap</span> {event.name}
            {event.location && <> · {event.location}</>}
            {event.start && <> · {formatDayRange(event.start, event.end)}</>}
          </p>
        )}
        <h2 id="lead-heading" className="lead-recap__title">
          <Link href={postPath(post)}>{post.title}</Link>
        </h2>
        {description && <p>{description}</p>}
        <Byline post={post} authors={getPostAuthors(post)} />
      </div>
    </section>
  )
}
