import Link from 'next/link'
import { postPath } from '@/lib/routes'
import type { Post } from '@/lib/content'

type Props = { post: Post }

/**
 * The page at an old address (`aliases`): a meta refresh to the post, as Hugo writes, so the
 * redirect also works on a static host, and a link for readers whose browser does not follow it.
 */
export function AliasRedirect({ post }: Props) {
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${postPath(post)}`} />
      <h1>{post.title}</h1>
      <p>
        This post has moved to <Link href={postPath(post)}>{postPath(post)}</Link>.
      </p>
    </>
  )
}
