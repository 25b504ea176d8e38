import { unexpectedProblem, type Post, type SiteContent } from '../../lib/content'
import type { ContentProblem } from '../../lib/content/problems'
import { compilePost, contextFor, type PipelineContext } from '../../lib/markdown/pipeline'

/** How `npm run check` compiles one post: with the build's pipeline, never throwing. */

/** The pipeline context for one post: a draft is compiled beside the drafts, as a preview build does. */
export function checkContext(content: SiteContent, post: Post, dirs: { contentDir: string; publicDir: string }): PipelineContext {
  const includeHidden = !content.posts.includes(post)
  const cached = contexts.get(content)?.[String(includeHidden)]
  if (cached) return cached
  const context = contextFor(content, { ...dirs, includeHidden })
  contexts.set(content, { ...contexts.get(content), [String(includeHidden)]: context })
  return context
}

const contexts = new WeakMap<SiteContent, Record<string, PipelineContext>>()

/** Compiles one post, turning any failure into a problem of its file. */
export async function compileForCheck(content: SiteContent, post: Post, dirs: { contentDir: string; publicDir: string }): Promise<ContentProblem[]> {
  try {
    return (await compilePost(post, checkContext(content, post, dirs))).problems
  } catch (error) {
    return [unexpectedProblem(post.filePath, error)]
  }
}

