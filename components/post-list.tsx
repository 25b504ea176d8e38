import type { Post } from '@/lib/content'
import { PostCard } from './post-card'

type Props = {
  posts: Post[]
  headingLevel?: 2 | 3
  showEvent?: boolean
  /** The list starts the page: its first thumbnail is likely the largest paint, so load it first. */
  isPageLead?: boolean
}

/** Posts as a list of cards. */
export function PostList({ posts, headingLevel, showEvent, isPageLead = false }: Props) {
  return (
    <ol className="post-list">
      {posts.map((post, index) => (
        <li key={post.id}>
          <PostCard post={post} headingLevel={headingLevel} showEvent={showEvent} isPriority={isPageLead && index === 0} />
        </li>
      ))}
    </ol>
  )
}
