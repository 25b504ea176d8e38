import type { ReactElement } from 'react'
import { renderPostParts } from '@/lib/markdown/pipeline'
import type { Heading } from '@/lib/markdown/rehype-collect-headings'
import { mdxComponents } from './mdx-components'
import type { Post } from '@/lib/content'

/**
 * A post's text, rendered at build time from Markdown or MDX, and its headings (with the ids the
 * page gives them) from the same compile, for the table of contents.
 */
export async function renderPostBody(post: Post): Promise<{ body: ReactElement; headings: Heading[] }> {
  const { content, headings } = await renderPostParts(post, mdxComponents)
  return { body: <div className="prose">{content}</div>, headings }
}
