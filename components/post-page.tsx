import Link from 'next/link'
import { getAdjacentPosts, getPostAuthors, type Post } from '@/lib/content'
import { authorPath, postPath } from '@/lib/routes'
import { Byline } from './byline'
import { TagChips } from './tag-chips'
import { EventBadge } from './event-badge'
import { PostBody } from './post-body'
import { SiteImage } from './site-image'

type Props = { post: Post }

/**
 * A whole post: header (event, title, summary, byline, tags), a wide cover, the body in one
 * readable column, who wrote it, and links to its neighbours.
 */
export function PostPage({ post }: Props) {
  const { newer, older } = getAdjacentPosts(post)
  const authors = getPostAuthors(post)
  const described = authors.filter((author) => author.bio)
  return (
    <article className="post">
      <header className="post__header">
        {post.draft && <p className="status-banner" role="note">Draft: this post is not published.</p>}
        {!post.draft && post.scheduled && (
          <p className="status-banner" role="note">Scheduled: this post is not published yet.</p>
        )}
        {post.event && <EventBadge event={post.event} />}
        <h1 className="post__title">{post.title}</h1>
        {post.description && <p className="post__description">{post.description}</p>}
        <Byline post={post} authors={authors} showReadingTime />
        <TagChips tags={post.tags} />
      </header>
      {post.thumbnail && !post.coverInBody && <SiteImage className="post__cover" src={post.thumbnail} alt="" sizes="(min-width: 60rem) 60rem, 100vw" isPriority />}
      <PostBody post={post} />
      {described.length > 0 && (
        <section className="post-authors" aria-labelledby="post-authors-heading">
          <h2 id="post-authors-heading">{described.length === 1 ? 'About the author' : 'About the authors'}</h2>
          {described.map((author) => (
            <div key={author.id} className="author-card">
              {author.avatar && <img src={author.avatar} alt="" width={56} height={56} loading="lazy" decoding="async" />}
              <div>
                <Link href={authorPath(author)}>{author.name}</Link>
                <p>{author.bio}</p>
              </div>
            </div>
          ))}
        </section>
      )}
      {(older || newer) && (
        <nav className="post-neighbours" aria-label="More posts">
          {older && (
            <Link href={postPath(older)} rel="prev">
              <span className="post-neighbours__label">
                <span aria-hidden="true">← </span>Previous post
              </span> {older.linkTitle ?? older.title}
            </Link>
          )}
          {newer && (
            <Link href={postPath(newer)} rel="next">
              <span className="post-neighbours__label">
                Next post<span aria-hidden="true"> →</span>
              </span> {newer.linkTitle ?? newer.title}
            </Link>
          )}
        </nav>
      )}
    </article>
  )
}
