import Link from 'next/link'
import type { Post } from '@/lib/content'
import { formatDay, formatLongDay } from '@/lib/dates'
import { postPath } from '@/lib/routes'
import { site } from '@/lib/site'

type Props = { posts: Post[] }

/** The posts to read next (lib/content/related.ts): title, date and event, at the end of a post. */
export function RelatedPosts({ posts }: Props) {
  if (posts.length === 0) return null
  return (
    <section data-component="related-posts" className="related-posts" aria-labelledby="related-posts-heading">
      <h2 id="related-posts-heading">{site.words.relatedPosts}</h2>
      <ul>
        {posts.map((post) => (
          <li key={post.id}>
            <Link href={postPath(post)}>{post.title}</Link>
            <span className="related-posts__meta">
              <time dateTime={formatDay(post.day)}>{formatLongDay(post.day)}</time>
              {post.event && <span> · {post.event.name}</span>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
