/**
 * `npm run bench [-- --posts 1000 --runs 1 --note "what changed"]`: how fast recap builds a big
 * blog and how light its pages are, next to Hugo on the same posts.
 *
 *   N posts (corpus copies, else generated) -> Hugo site in a temp folder
 *   -> scratch copy of the project (node_modules hard-linked) -> npm run import:hugo (in-process)
 *   -> next build, cold (timed, memory of the process tree sampled) [× --runs]
 *   -> one post changed, next build again with .next/cache kept (warm) [× --runs]
 *   -> hugo on the same posts (3 runs) -> next start: page weights, autocannon on a post
 *
 * Prints one table and appends it to bench/results.md with the date and commit. Options:
 * --corpus DIR, --runs K (builds, medians reported), --seconds S (load test), --no-hugo, --keep.
 * The server's port is BENCH_PORT, else E2E_PORT_BASE + 10, else one the system picks.
 */
import { listFiles } from '../../lib/files'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { importHugoSite } from '../hugo-import/import'
import { formatProblem } from '../../lib/content/problems'
import { loadTest } from './load'
import { BuildScripts } from './page-weight'
import { measureCommand, type MeasuredRun } from '../shared/process-tree'
import { formatBench, median, readSearchLine, readTrace, type BenchResult, type BuildRun, type LongTail } from './report'
import { curveSvg, curveTable, mergePoint, pointOf, readCurve, writeCurve } from './curve'
import { pickPost, touchPost, writeBenchSite } from './site'
import { freePort, makeScratchCopy, stopServer, waitForServer } from '../shared/scratch'

const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '1' },
    seconds: { type: 'string', default: '10' },
    corpus: { type: 'string', default: join('..', 'shared', 'corpus', 'linkerd-blog-2019') },
    note: { type: 'string' },
    output: { type: 'string', default: join('bench', 'results.md') },
    'no-hugo': { type: 'boolean', default: false },
    prerender: { type: 'string' },
    tail: { type: 'string', default: '20' },
    keep: { type: 'boolean', default: false },
  },
})
const count = Number(values.posts)
const runCount = Math.max(1, Number(values.runs))
if (!Number.isInteger(count) || count < 1) {
  console.error('usage: npm run bench -- [--posts N] [--runs K] [--seconds S] [--note TEXT] [--no-hugo] [--keep]')
  process.exit(2)
}
const projectDir = process.cwd()
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
const load = () => loadavg().map((value) => value.toFixed(2)).join(' ')
const git = (...args: string[]) => spawnSync('git', args, { cwd: projectDir, encoding: 'utf8' }).stdout?.trim() ?? ''
const step = (text: string) => console.log(`bench: ${text} (load ${load()})`)

function checked(run: MeasuredRun, what: string): BuildRun {
  if (run.status !== 0) {
    process.stdout.write(run.output.slice(-20_000))
    throw new Error(`${what} failed (exit ${run.status}) after ${run.seconds.toFixed(1)} s`)
  }
  return { seconds: run.seconds, cpuSeconds: run.cpuSeconds, peakRssBytes: run.peakRssBytes, trace: readTrace(run.output) }
}

function countHtml(dir: string): number {
  return listFiles(dir, (path) => path.endsWith('.html')).length
}

/**
 * Response times of up to `count` posts not prerendered, spread over the archive: the first
 * request (rendered on demand) and a second one (from the cache); and of as many prerendered posts.
 */
async function measureLongTail(base: string, paths: readonly string[], prerendered: ReadonlySet<string>, count: number): Promise<LongTail | undefined> {
  const isPrerendered = (path: string) => prerendered.has(path) || prerendered.has(path.replace(/\/$/, ''))
  const spread = (list: readonly string[]) => (list.length <= count ? [...list] : Array.from({ length: count }, (_, i) => list[Math.floor((i * list.length) / count)]))
  const tail = spread(paths.filter((path) => !isPrerendered(path)))
  if (tail.length === 0 || count <= 0) return undefined
  const timed = async (path: string) => {
    const started = performance.now()
    const response = await fetch(`${base}${encodeURI(path)}`)
    await response.text()
    if (!response.ok) throw new Error(`GET ${path}: ${response.status}`)
    return performance.now() - started
  }
  // One request first, so the server's own start (loading its code) is not counted against a post.
  await timed('/')
  const first: number[] = []
  const cached: number[] = []
  for (const path of tail) first.push(await timed(path))
  for (const path of tail) cached.push(await timed(path))
  const warm: number[] = []
  for (const path of spread(paths.filter(isPrerendered))) warm.push(await timed(path))
  return { posts: tail.length, firstP50Ms: median(first), cachedP50Ms: median(cached), prerenderedP50Ms: median(warm), firstMaxMs: Math.max(...first) }
}

const work = mkdtempSync(join(tmpdir(), 'recap-bench-site-'))
const copy = makeScratchCopy(projectDir, 'recap-bench-')
let server: ChildProcess | undefined
let status = 1
try {
  const loadBefore = load()
  const started = new Date().toISOString()
  // What is measured is the checkout as copied now: note its commit before anything else changes.
  const commit = git('rev-parse', '--short', 'HEAD')
  const isDirty = git('status', '--porcelain', '--', '.', ':!bench').length > 0
  const corpus = resolve(values.corpus)
  const site = writeBenchSite(join(work, 'site'), count, existsSync(corpus) ? corpus : undefined)
  step(`wrote ${site.posts.posts.length} posts and ${site.posts.images.length} images (${site.source})`)

  const report = importHugoSite({ siteDir: site.dir, projectDir: copy, showProgress: true })
  const errors = report.problems.filter((problem) => problem.severity === 'error')
  if (!report.written || errors.length > 0) {
    for (const problem of errors.slice(0, 20)) console.error(formatProblem(problem))
    throw new Error(`the import ${report.written ? `reported ${errors.length} errors` : 'wrote nothing'}`)
  }
  step(`imported ${report.posts.length} posts into ${copy}`)

  const port = await freePort(Number(process.env.BENCH_PORT ?? (process.env.E2E_PORT_BASE ? Number(process.env.E2E_PORT_BASE) + 10 : 0)))
  const base = `http://127.0.0.1:${port}`
  // RECAP_TRACE: content loads per process and cache hits (lib/trace.ts), for the table.
  // --prerender overrides site.config.ts `prerender` (RECAP_PRERENDER, lib/site.ts).
  const buildEnv = { ...env, SITE_URL: base, RECAP_TRACE: '1', ...(values.prerender ? { RECAP_PRERENDER: values.prerender } : {}) }
  const next = join(copy, 'node_modules', 'next', 'dist', 'bin', 'next')
  const build = () => measureCommand(process.execPath, [next, 'build'], { cwd: copy, env: buildEnv })

  const cold: BuildRun[] = []
  for (let run = 1; run <= runCount; run++) {
    rmSync(join(copy, '.next'), { recursive: true, force: true })
    cold.push(checked(await build(), 'cold next build'))
    step(`cold build ${run}/${runCount}: ${cold.at(-1)!.seconds.toFixed(1)} s`)
  }
  const indexed = await measureCommand(process.execPath, [join(copy, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'tools/search/main.ts'], { cwd: copy, env: buildEnv })
  checked(indexed, 'search index')
  const searchLine = readSearchLine(indexed.output)
  const search = searchLine && { seconds: indexed.seconds, ...searchLine }
  step(`search index: ${indexed.seconds.toFixed(1)} s`)
  const prerendered = JSON.parse(readFileSync(join(copy, '.next', 'prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> }
  const pages = Object.keys(prerendered.routes).length

  const postFile = pickPost(site, /\{\{<\s*youtube/)
  const postTarget = `content/posts/${postFile}`
  const postPath = report.urls.find((url) => url.target === postTarget)?.path
  if (!postPath) throw new Error(`no URL for ${postTarget}`)
  const warm: BuildRun[] = []
  for (let run = 1; run <= runCount; run++) {
    touchPost(join(copy, postTarget), `Edited for warm rebuild ${run} at ${new Date().toISOString()}.`)
    warm.push(checked(await build(), 'warm next build'))
    step(`warm build ${run}/${runCount}: ${warm.at(-1)!.seconds.toFixed(1)} s`)
  }

  let hugo: BenchResult['hugo']
  const hugoVersion = values['no-hugo'] ? undefined : spawnSync('hugo', ['version'], { encoding: 'utf8' })
  if (hugoVersion && hugoVersion.status === 0) {
    const seconds: number[] = []
    const cpuSeconds: number[] = []
    const out = join(work, 'hugo-public')
    for (let run = 1; run <= 3; run++) {
      rmSync(out, { recursive: true, force: true })
      // Static files stay out: recap's build does not copy public/ either.
      const result = await measureCommand('hugo', ['--quiet', '--source', site.dir, '--destination', out], {
        cwd: work,
        env: { ...env, HUGO_STATICDIR: 'no-static-files', HUGO_CACHEDIR: join(work, 'hugo-cache') },
      })
      seconds.push(checked(result, 'hugo').seconds)
      cpuSeconds.push(result.cpuSeconds)
    }
    hugo = { seconds, cpuSeconds, pages: countHtml(out), version: /v[\d.]+/.exec(hugoVersion.stdout)?.[0] ?? '?' }
    step(`hugo: ${seconds.map((value) => value.toFixed(2)).join(', ')} s`)
  }

  server = spawn(process.execPath, [next, 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: copy, env: buildEnv, stdio: 'ignore', detached: true })
  await waitForServer(`${base}/`, server, 60_000)
  const tagsHtml = await (await fetch(`${base}/tags/`)).text()
  const tagPath = /href="(\/tags\/[^"/]+\/)"/.exec(tagsHtml)?.[1] ?? '/tags/'
  const scripts = new BuildScripts(join(copy, '.next'))
  const weights: BenchResult['weights'] = []
  for (const [label, path] of [['home', '/'], ['post', postPath], ['tag', tagPath], ['events', '/events/'], ['search', '/search/']] as const) {
    const response = await fetch(`${base}${encodeURI(path)}`)
    if (!response.ok) throw new Error(`GET ${path}: ${response.status}`)
    weights.push({ label, ...scripts.weigh(path, await response.text()) })
  }
  const longTail = await measureLongTail(base, report.urls.map((url) => url.path), new Set(Object.keys(prerendered.routes)), Number(values.tail))
  if (longTail) step(`long tail: first ${longTail.firstP50Ms.toFixed(0)} ms, cached ${longTail.cachedP50Ms.toFixed(0)} ms, prerendered ${longTail.prerenderedP50Ms.toFixed(0)} ms (p50)`)
  step(`load test on ${postPath}`)
  const loadResult = await loadTest(`${base}${encodeURI(postPath)}`, { seconds: Number(values.seconds) })

  const result: BenchResult = {
    date: started,
    commit,
    isDirty,
    node: process.versions.node,
    posts: count,
    source: `${site.source}; plus the project's own sample posts`,
    loadBefore,
    loadAfter: load(),
    cold,
    warm,
    pages,
    hugo,
    weights,
    load: loadResult,
    longTail,
    search,
  }
  const section = `${formatBench(result)}${values.note ? `\nNote: ${values.note}\n` : ''}`
  console.log(`\n${section}`)
  const output = resolve(projectDir, values.output)
  mkdirSync(resolve(output, '..'), { recursive: true })
  if (!existsSync(output)) writeFileSync(output, '# Benchmark results\n\n`npm run bench` appends a section per run: newest last.\n\n')
  appendFileSync(output, `${section}\n`)
  console.log(`bench: appended to ${values.output}`)
  // The curve: this size's figures replace the last run of the same size.
  const curveFile = resolve(output, '..', 'curve.json')
  const points = mergePoint(readCurve(curveFile), pointOf(result))
  writeCurve(curveFile, points)
  writeFileSync(resolve(output, '..', 'curve.svg'), curveSvg(points))
  writeFileSync(resolve(output, '..', 'curve.md'), `# Build cost against blog size\n\n\`npm run bench -- --posts N\` updates its row; the chart is [curve.svg](curve.svg).\n\n${curveTable(points)}\n`)
  console.log(`bench: curve (${points.map((point) => point.posts).join(', ')} posts) in bench/curve.json, curve.md and curve.svg`)
  status = 0
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`)
} finally {
  stopServer(server)
  if (values.keep) console.error(`kept ${copy} and ${work}`)
  else {
    rmSync(copy, { recursive: true, force: true })
    rmSync(work, { recursive: true, force: true })
  }
}
process.exit(status)
