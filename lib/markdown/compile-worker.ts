import { workerData } from 'node:worker_threads'
import { unexpectedProblem, type SiteContent } from '../content'
import type { ContentProblem } from '../content/problems'
import { writeSnapshotPost } from '../content/snapshot'
import { openBuildCache } from './compile-cache'
import { compilePost, compileWithCache, contextFor, type CompiledPost } from './pipeline'

/** What lib/markdown/compile-site.ts hands every worker once. */
export type CompileWorkerData = { content: SiteContent; snapshotDir?: string; contentDir: string; publicDir: string; tweetsDir: string }
/** One task: posts by their index in content.posts. */
export type CompileBatch = { indexes: number[] }
/** What a task found: every problem, and how many posts came from the build cache. */
export type CompileBatchResult = { problems: ContentProblem[]; hits: number; done: number }

// Tinypool passes [its own data, ours].
const data = (workerData as [unknown, CompileWorkerData])[1]
// The context a page's render uses (lib/markdown/pipeline.ts siteContext), so the build's
// renders find these results in the cache.
const context = contextFor(data.content, { publicDir: data.publicDir, contentDir: data.contentDir, tweetsDir: data.tweetsDir, includeHidden: false })
const cache = openBuildCache<CompiledPost>('mdx')

/** Compiles a batch of posts into the build cache (and the server's snapshot); never throws for a post. */
export async function compileBatch({ indexes }: CompileBatch): Promise<CompileBatchResult> {
  const problems: ContentProblem[] = []
  let hits = 0
  for (const index of indexes) {
    const post = data.content.posts[index]
    try {
      let compiled: CompiledPost
      if (cache) {
        const result = await compileWithCache(post, context, cache)
        compiled = result.compiled
        if (result.from === 'hit') hits++
      } else {
        compiled = await compilePost(post, context)
      }
      problems.push(...compiled.problems)
      if (data.snapshotDir && compiled.code) writeSnapshotPost(data.snapshotDir, post, compiled.code)
    } catch (error) {
      problems.push(unexpectedProblem(post.filePath, error))
    }
  }
  return { problems, hits, done: indexes.length }
}
