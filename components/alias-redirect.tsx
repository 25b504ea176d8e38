import { postPath } from '@/lib/routes'
import type { Post } from '@/lib/content'
import { PageRedirect } from './page-redirect'

type Props = { post: Post }

/** The page at an old address of a post (`aliases`): a redirect to its permalink. */
export function AliasRedirect({ post }: Props) {
  return <PageRedirect title={post.title} to={postPath(post)} />
}
