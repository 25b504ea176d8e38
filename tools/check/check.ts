import { existsSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import { factsContext, loadContent, readPostFacts, unexpectedProblem, type Post, type SiteContent } from '../../lib/content'
import { indexTalks } from '../../lib/content/talks'
import { displayPath, formatProblem, sortProblems, type ContentProblem } from '../../lib/content/problems'
import { getVisibility, type Visibility } from '../../lib/site'
import { groupProblems } from '../shared/group-problems'
import { startProgress, type Progress } from '../../lib/progress'

/**
 * `npm run check`: every problem of every content file, without a Next build. It runs the very
 * loader (lib/content.ts) and Markdown pipeline (compilePost) the build runs, so the build fails
 * on the same errors with the same lines. Posts compile in worker threads, in parallel, each with
 * a time limit: a post that would make the parser run for minutes is reported, not waited for.
 */

export type CheckOptions = {
  /** The content folder (posts/, authors.yml, tweets/). */
  contentDir: string
  /** The folder the site serves, where images live. */
  publicDir: string
  /** What the build being checked shows; `npm run check` checks what `next build` would show. */
  visibility?: Visibility
  /** The build's "now", for scheduled posts. */
  now?: number
  /** Longest one post may take to compile, in ms. */
  timeoutMs?: number
  /** Worker threads to compile in; 0 compiles in this thread, without a time limit. */
  workers?: number
  /** Show progress on stderr (a bar on a terminal, a line every few seconds elsewhere). */
  showProgress?: boolean
}

/** What a check found. */
export type CheckReport = {
  /** Sorted by file, line and column; each problem once. */
  problems: ContentProblem[]
  errors: number
  warnings: number
  /** Files with at least one problem. */
  files: number
  /** Post files checked. */
  posts: number
  ms: number
}

/** The `--json` output: a stable shape for editors and CI (documented in README.md, "npm run check"). */
export type CheckJson = {
  version: 1
  summary: { errors: number; warnings: number; files: number; posts: number; ms: number }
  problems: {
    file: string
    line: number
    column: number | null
    severity: ContentProblem['severity']
    rule: string
    message: string
    hint: string | null
    /** The line `npm run check` prints. */
    text: string
  }[]
}

const DEFAULT_TIMEOUT_MS = 10_000

/** Checks every file under `contentDir`. Never throws for bad content; never waits on one post for long. */
export async function checkContent(options: CheckOptions): Promise<CheckReport> {
  const started = performance.now()
  const contentDir = resolve(options.contentDir)
  const publicDir = resolve(options.publicDir)
  const problems: ContentProblem[] = []
  let posts = 0
  if (!isDirectory(contentDir)) {
    problems.push({ file: displayPath(contentDir), line: 1, severity: 'error', rule: 'content', reason: 'content folder not found', hint: 'pass the folder that holds posts/ (and authors.yml)' })
  } else {
    if (!isDirectory(join(contentDir, 'posts'))) {
      problems.push({ file: displayPath(join(contentDir, 'posts')), line: 1, severity: 'warning', rule: 'content', reason: 'no posts/ folder, so the site has no posts', hint: 'add posts under posts/, or run `npm run new -- "Title"`' })
    }
    let content: SiteContent | undefined
    try {
      content = loadContent({ contentDir, publicDir, visibility: options.visibility ?? getVisibility(), now: options.now ?? Date.now() })
    } catch (error) {
      problems.push(unexpectedProblem(displayPath(contentDir), error))
    }
    if (content) {
      problems.push(...content.problems)
      const workers = options.workers ?? Math.min(availableParallelism(), Math.ceil(content.allPosts.length / 8))
      const compile = workers > 0 && content.allPosts.length > 0 ? compileInWorkers : compileHere
      const progress = startProgress('check', 'posts', content.allPosts.length, { isQuiet: !options.showProgress })
      const compiled = await compile(content, { contentDir, publicDir, workers, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, progress })
      progress.stop()
      problems.push(...compiled)
      problems.push(...speakerProblems(content, publicDir, compiled))
      // Files the loader refused are checked posts too, just not compiled ones.
      const postsDir = displayPath(join(contentDir, 'posts')) + '/'
      const refused = new Set(content.problems.map((problem) => displayPath(problem.file)).filter((file) => file.startsWith(postsDir)))
      for (const post of content.allPosts) refused.delete(displayPath(post.filePath))
      posts = content.allPosts.length + refused.size
    }
  }
  const unique = groupProblems([...new Map(problems.map((problem) => [formatProblem(problem), problem])).values()])
  const sorted = sortProblems(unique)
  return {
    problems: sorted,
    errors: sorted.filter((problem) => problem.severity === 'error').length,
    warnings: sorted.filter((problem) => problem.severity === 'warning').length,
    files: new Set(sorted.map((problem) => displayPath(problem.file))).size,
    posts,
    ms: Math.round(performance.now() - started),
  }
}

/**
 * What the talk lists of the visible posts say about content/speakers.yml (an entry no talk
 * names, one spelling under two entries), as the build's speaker pages read them. Posts the
 * compile had to stop are left out: reading them again here would hang the same way.
 */
function speakerProblems(content: SiteContent, publicDir: string, compiled: readonly ContentProblem[]): ContentProblem[] {
  const stopped = new Set(compiled.filter((problem) => problem.rule === 'too-slow' || problem.rule === 'internal').map((problem) => displayPath(problem.file)))
  const posts = content.posts.filter((post) => !stopped.has(displayPath(post.filePath)))
  const context = factsContext(publicDir)
  return indexTalks(posts, (post) => readPostFacts(post, context), content.speakerEntries, content.authorsById, content.speakersFile).problems
}

/** The summary line: `N errors, N warnings in N files (N posts checked in N ms)`. */
export function formatSummary(report: CheckReport): string {
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  return `${count(report.errors, 'error')}, ${count(report.warnings, 'warning')} in ${count(report.files, 'file')} (${count(report.posts, 'post')} checked in ${report.ms} ms)`
}

/** What `npm run check` prints: one line per problem, then the summary. */
export function formatReport(report: CheckReport): string {
  return [...report.problems.map(formatProblem), formatSummary(report)].join('\n')
}

/** The report in the `--json` shape. */
export function toJson(report: CheckReport): CheckJson {
  const { errors, warnings, files, posts, ms } = report
  return {
    version: 1,
    summary: { errors, warnings, files, posts, ms },
    problems: report.problems.map((problem) => ({
      file: displayPath(problem.file),
      line: problem.line,
      column: problem.column ?? null,
      severity: problem.severity,
      rule: problem.rule,
      message: problem.reason,
      hint: problem.hint ?? null,
      text: formatProblem(problem),
    })),
  }
}

type CompileOptions = { contentDir: string; publicDir: string; workers: number; timeoutMs: number; progress?: Progress }

async function compileHere(content: SiteContent, options: CompileOptions): Promise<ContentProblem[]> {
  // Loaded only here: the pipeline takes a second to load, and workers load their own.
  const { compileForCheck } = await import('./compile')
  const problems: ContentProblem[] = []
  for (const post of content.allPosts) {
    problems.push(...(await compileForCheck(content, post, options)))
    options.progress?.tick()
  }
  return problems
}

/** Messages between tools/check/check.ts and tools/check/worker.ts. */
export type WorkerRequest = { index: number }
export type WorkerReply = { ready: true } | { index: number; problems: ContentProblem[] }

function timeoutProblem(post: Post, timeoutMs: number): ContentProblem {
  return {
    file: post.filePath,
    line: 1,
    severity: 'error',
    rule: 'too-slow',
    reason: `compiling this post took longer than ${timeoutMs / 1000} s, so it was stopped (the build would hang on it)`,
    hint: 'look for lists or quotes nested dozens of levels deep, or long runs of * _ [ ` characters',
  }
}

/**
 * Compiles posts in a pool of worker threads. Each post gets `timeoutMs`; a worker that overruns
 * is ended, its post reported, and a fresh worker takes the rest of the queue.
 */
function compileInWorkers(content: SiteContent, options: CompileOptions): Promise<ContentProblem[]> {
  const posts = content.allPosts
  const problems: ContentProblem[] = []
  let next = 0
  let done = 0
  return new Promise((resolveAll) => {
    const finishOne = () => {
      done++
      options.progress?.tick()
      if (done === posts.length) resolveAll(problems)
    }
    const compileRestHere = async () => {
      const { compileForCheck } = await import('./compile')
      while (next < posts.length) {
        const post = posts[next++]
        problems.push(...(await compileForCheck(content, post, options)))
        finishOne()
      }
    }
    const start = () => {
      const worker = new Worker(new URL('./worker.mjs', import.meta.url), {
        workerData: { entry: new URL('./worker.ts', import.meta.url).href, content, contentDir: options.contentDir, publicDir: options.publicDir },
        // The worker brings its own TypeScript loader; the parent's flags are not for it.
        execArgv: [],
        // A post that needs more than this is as stuck as one that takes too long.
        resourceLimits: { maxOldGenerationSizeMb: 2048 },
      })
      let current: { index: number; timer: NodeJS.Timeout } | undefined
      let ended = false
      let ready = false
      const take = () => {
        if (next >= posts.length) {
          ended = true
          void worker.terminate()
          return
        }
        const index = next++
        // The clock starts when the post is handed over, after the worker has loaded the pipeline.
        const timer = setTimeout(() => {
          ended = true
          problems.push(timeoutProblem(posts[index], options.timeoutMs))
          void worker.terminate()
          finishOne()
          if (next < posts.length) start()
        }, options.timeoutMs)
        current = { index, timer }
        worker.postMessage({ index } satisfies WorkerRequest)
      }
      worker.on('message', (reply: WorkerReply) => {
        if ('ready' in reply) {
          ready = true
          return take()
        }
        if (!current || reply.index !== current.index) return
        clearTimeout(current.timer)
        current = undefined
        problems.push(...reply.problems)
        finishOne()
        take()
      })
      worker.on('error', (error) => {
        if (ended) return
        ended = true
        // No worker threads here (no TypeScript loader?): compile in this thread instead.
        if (!ready) return void compileRestHere()
        // A worker that crashes costs its current post, never the others.
        if (current) {
          clearTimeout(current.timer)
          problems.push(unexpectedProblem(posts[current.index].filePath, error))
          finishOne()
        }
        if (next < posts.length) start()
      })
      worker.on('exit', () => {
        if (ended || !current) return
        ended = true
        clearTimeout(current.timer)
        problems.push(unexpectedProblem(posts[current.index].filePath, new Error('the compiler stopped (out of memory?)')))
        finishOne()
        if (next < posts.length) start()
      })
    }
    const count = Math.max(1, Math.min(options.workers, posts.length))
    for (let i = 0; i < count; i++) start()
  })
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory()
}
