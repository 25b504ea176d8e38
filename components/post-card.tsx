import Link from 'next/link'
import { postPath } from '@/lib/routes'
import { getPostAuthors, type Post } from '@/lib/content'
import { postDescription } from '@/lib/markdown/summary'
import { Byline } from './byline'
import { TagChips } from './tag-chips'
import { EventBadge } from './event-badge'
import { SiteImage } from './site-image'

type Props = { post: Post; headingLevel?: 2 | 3; showEvent?: boolean; isPriority?: boolean }

/**
 * A post in a list: thumbnail, event badge (unless the list is the event's own), title, byline,
 * description, tags. The title's link covers the whole card (a bigger target), while the author,
 * event and tag links stay their own.
 */
export function PostCard({ post, headingLevel = 2, showEvent = true, isPriority = false }: Props) {
  const Heading = `h${headingLevel}` as const
  // Front matter description, else the first paragraph: the same text as the page's metadata.
  const description = postDescription(post)
  return (
    <article className="post-card">
      {post.thumbnail ? (
        // Cards are at most about 24rem wide (a grid of 20rem minimum columns).
        <SiteImage className="post-card__thumbnail" src={post.thumbnail} alt="" sizes="(min-width: 44rem) 24rem, 100vw" isPriority={isPriority} />
      ) : (
        <div className="post-card__thumbnail post-card__thumbnail--empty" />
      )}
      <div className="post-card__text">
        {showEvent && post.event && <EventBadge event={post.event} compact />}
        <Heading className="post-card__title">
          <Link href={postPath(post)}>{post.title}</Link>
        </Heading>
        <Byline post={post} authors={getPostAuthors(post)} />
        {description && <p className="post-card__description">{description}</p>}
        <TagChips tags={post.tags} label={`Tags of ${post.title}`} />
      </div>
    </article>
  )
}
