import type { Post } from '@/lib/content'
import { PostCard } from './post-card'

type Props = { posts: Post[]; headingLevel?: 2 | 3; showEvent?: boolean }

/** Posts as a list of cards. */
export function PostList({ posts, headingLevel, showEvent }: Props) {
  return (
    <ol className="post-list">
      {posts.map((post) => (
        <li key={post.id}>
          <PostCard post={post} headingLevel={headingLevel} showEvent={showEvent} />
        </li>
      ))}
    </ol>
  )
}
