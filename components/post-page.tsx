import Link from 'next/link'
import { getAdjacentPosts, getPostAuthors, type Post } from '@/lib/content'
import { postPath } from '@/lib/routes'
import { Byline } from './byline'
import { TagChips } from './tag-chips'
import { EventBadge } from './event-badge'
import { PostBody } from './post-body'

type Props = { post: Post }

/** A whole post: header (title, byline, tags, cover), body, and links to its neighbours. */
export function PostPage({ post }: Props) {
  const { newer, older } = getAdjacentPosts(post)
  return (
    <article className="post">
      <header className="post__header">
        {post.draft && <p className="status-banner" role="note">Draft: this post is not published.</p>}
        {!post.draft && post.scheduled && (
          <p className="status-banner" role="note">Scheduled: this post is not published yet.</p>
        )}
        {post.event && <EventBadge event={post.event} />}
        <h1 className="post__title">{post.title}</h1>
        <Byline post={post} authors={getPostAuthors(post)} showReadingTime />
        <TagChips tags={post.tags} />
        {post.thumbnail && <img className="post__cover" src={post.thumbnail} alt="" fetchPriority="high" />}
      </header>
      <PostBody post={post} />
      <nav className="post-neighbours" aria-label="More posts">
        {older && (
          <Link href={postPath(older)} rel="prev">
            <span className="post-neighbours__label">Previous post</span> {older.title}
          </Link>
        )}
        {newer && (
          <Link href={postPath(newer)} rel="next">
            <span className="post-neighbours__label">Next post</span> {newer.title}
          </Link>
        )}
      </nav>
    </article>
  )
}
