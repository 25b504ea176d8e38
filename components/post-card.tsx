import Link from 'next/link'
import { postPath } from '@/lib/routes'
import { getPostAuthors, type Post } from '@/lib/content'
import { postDescription } from '@/lib/markdown/summary'
import { Byline } from './byline'
import { TagChips } from './tag-chips'
import { EventBadge } from './event-badge'

type Props = { post: Post; headingLevel?: 2 | 3 }

/** A post in a list: thumbnail, title, byline, description, tags. */
export function PostCard({ post, headingLevel = 2 }: Props) {
  const Heading = `h${headingLevel}` as const
  // Front matter description, else the first paragraph: the same text as the page's metadata.
  const description = postDescription(post)
  return (
    <article className="post-card">
      {post.thumbnail && (
        <img className="post-card__thumbnail" src={post.thumbnail} alt="" loading="lazy" decoding="async" />
      )}
      <div className="post-card__text">
        {post.event && <EventBadge event={post.event} />}
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
