import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { getContent, getContentDir, getPublicDir, unexpectedProblem, type SiteContent } from '../content'
import { ContentError, type ContentProblem } from '../content/problems'
import { clearSnapshot, snapshotDir, writeSnapshotContent } from '../content/snapshot'
import { postFactsOf } from '../content/event-queries'
import { processMemo } from '../process-memo'
import { startProgress } from '../progress'
import { count, trace } from '../trace'
import { tweetsDir } from '../tweets'
import { addToFileTraces } from '../trace-files'
import type { CompileBatch, CompileBatchResult, CompileWorkerData } from './compile-worker'

/**
 * The build's content step: every post this build shows is validated and compiled, in parallel
 * on every core (a tinypool of worker threads), through the build cache (an unchanged post costs
 * a cache lookup), before any page is rendered. Any error, in any post, prerendered or not, stops
 * the build with every problem's `path:line:column` line. A server build also leaves what it
 * compiled for its server (lib/content/snapshot.ts), so a post rendered on its first request is
 * rendered from this result, never from a raw file.
 */

/** Posts per task handed to a worker: few messages, and still an even share at the end. */
const BATCH = 20

const state = processMemo('compile-site', (): { running?: Promise<void> } => ({}))

/** Whether this process is `next build` (or the static export's build). */
export function isBuilding(env: Partial<NodeJS.ProcessEnv> = process.env): boolean {
  return env.NEXT_PHASE === 'phase-production-build'
}

/** Runs the content step once per build process; a no-op outside `next build`. */
export function compileSite(): Promise<void> {
  if (!isBuilding()) return Promise.resolve()
  state.running ??= runCompileStep(getContent())
  return state.running
}

/** The step itself, for a loaded content: compile, collect problems, write the snapshot. */
export async function runCompileStep(content: SiteContent, options: { threads?: number; root?: string } = {}): Promise<void> {
  const started = performance.now()
  const isExport = process.env.RECAP_STATIC_EXPORT === '1'
  // A static export's distDir is the exported site: nothing of ours goes there.
  const dir = isExport ? undefined : snapshotDir(options.root)
  if (dir) clearSnapshot(dir)
  const posts = content.posts
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), Math.ceil(posts.length / BATCH)))
  const progress = startProgress('recap: compiling posts', 'posts', posts.length)
  const workerData: CompileWorkerData = { content, snapshotDir: dir, contentDir: getContentDir(), publicDir: getPublicDir(), tweetsDir: tweetsDir() }
  const batches: CompileBatch[] = []
  for (let start = 0; start < posts.length; start += BATCH) batches.push({ indexes: posts.slice(start, start + BATCH).map((_, i) => start + i) })
  const results = await compileBatches(batches, workerData, threads, (result) => progress.tick(result.done))
  progress.stop()

  const problems: ContentProblem[] = [...content.problems, ...results.flatMap((result) => result.problems)]
  const hits = results.reduce((sum, result) => sum + result.hits, 0)
  count('compile-step-hit', hits)
  count('compile-step-miss', posts.length - hits)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  process.stderr.write(`recap: ${posts.length} posts validated and compiled in ${seconds} s on ${threads} thread(s), ${hits} from the build cache\n`)
  trace(`compile-step posts=${posts.length} hits=${hits} threads=${threads} s=${seconds}`)
  if (problems.some((problem) => problem.severity === 'error')) throw new ContentError(problems)
  if (dir) {
    writeSnapshotContent(dir, content, postFactsOf(content))
    // The routes that render on request carry the snapshot into their functions.
    addToFileTraces(join(dir, '..'), dir, ['app/[...segments]/page', 'app/og/[...path]/route'])
  }
}

/** Runs every batch in a pool of worker threads; in this thread when workers cannot start. */
async function compileBatches(
  batches: CompileBatch[],
  workerData: CompileWorkerData,
  threads: number,
  onResult: (result: CompileBatchResult) => void,
): Promise<CompileBatchResult[]> {
  const { Tinypool } = await import('tinypool')
  // A plain .mjs file that registers tsx, then loads the worker's TypeScript (see the file).
  const filename = join(/* turbopackIgnore: true */ process.cwd(), 'lib', 'markdown', 'compile-worker.mjs')
  const pool = new Tinypool({ filename, minThreads: threads, maxThreads: threads, workerData, isolateWorkers: false })
  try {
    return await Promise.all(
      batches.map(async (batch) => {
        try {
          const result = (await pool.run(batch)) as CompileBatchResult
          onResult(result)
          return result
        } catch (error) {
          // A worker that crashes costs its batch, reported at each of its posts, never the others.
          const problems = batch.indexes.map((index) => unexpectedProblem(workerData.content.posts[index].filePath, error))
          const result: CompileBatchResult = { problems, hits: 0, done: batch.indexes.length }
          onResult(result)
          return result
        }
      }),
    )
  } finally {
    await pool.destroy()
  }
}
