import { renderPost } from '@/lib/markdown/pipeline'
import { mdxComponents } from './mdx-components'
import type { Post } from '@/lib/content'

type Props = { post: Post }

/** A post's text, rendered at build time from Markdown or MDX. */
export async function PostBody({ post }: Props) {
  return <div className="prose">{await renderPost(post, mdxComponents)}</div>
}
