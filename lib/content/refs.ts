import { basename } from 'node:path'
import { getContent } from './load'
import type { Post } from './post'

/**
 * The post a Hugo `ref`/`relref` target names: 'post', 'post.md', '/blog/post.md', 'blog/post',
 * with or without '#anchor'. Looks among the posts this build shows. Returns the anchor too.
 */
export function resolvePostReference(
  target: string,
  posts: readonly Post[] = getContent().posts,
): { post: Post; anchor: string } | undefined {
  const [pathPart, anchor = ''] = target.trim().split('#')
  const wanted = pathPart.replace(/^\/+/, '').replace(/\.(md|mdx)$/i, '').replace(/\/(index|_index)$/, '')
  if (!wanted) return undefined
  const exact = posts.find((post) => post.id === wanted)
  if (exact) return { post: exact, anchor }
  // Hugo resolves a path within its content dir ('blog/x'); ours starts one level lower.
  const withoutSection = wanted.split('/').slice(1).join('/')
  const bySectionless = withoutSection ? posts.find((post) => post.id === withoutSection) : undefined
  if (bySectionless) return { post: bySectionless, anchor }
  const byName = posts.filter((post) => basename(post.id) === basename(wanted))
  return byName.length === 1 ? { post: byName[0], anchor } : undefined
}

