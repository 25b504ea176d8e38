import { basename } from 'node:path'
import { getContent } from './load'
import type { Post } from './post'
import type { Section } from './sections'
import { normalisePath } from '../routes'

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


/**
 * The permalink a site path names when it names a page: a post or section by its permalink
 * without the trailing slash (`/blog/2023/why-histograms`), or by its content file, the way a
 * Hugo site's link render hook resolves it (`/blog/2025/x.md`, `/blog/2023/_index.md`,
 * `/blog/2022/my-bundle/index.md`). Undefined when it names none.
 */
export function resolvePagePath(
  path: string,
  posts: readonly Post[],
  sections: readonly Pick<Section, 'id' | 'path'>[] = [],
): string | undefined {
  let decoded = path
  try {
    decoded = decodeURIComponent(path)
  } catch {
    // Judge it as written.
  }
  const stem = decoded.replace(/\.(md|mdx|markdown)$/i, '')
  const asPage = normalisePath(stem.replace(/\/(_?index)$/i, ''))
  const byPath = posts.find((post) => post.path === asPage) ?? sections.find((section) => section.path === asPage)
  if (byPath) return byPath.path
  if (stem === decoded) return undefined
  const id = stem.replace(/^\/+/, '').replace(/\/(_?index)$/i, '')
  const section = sections.find((candidate) => candidate.id === id || candidate.id === id.split('/').slice(1).join('/'))
  if (/\/_index$/i.test(stem) && section) return section.path
  return resolvePostReference(stem, posts)?.post.path ?? section?.path
}
