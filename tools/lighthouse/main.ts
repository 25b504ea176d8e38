/**
 * `npm run lighthouse [-- --runs 3 --pages /,/2019/05/27/post/]`: Lighthouse 12 (mobile profile)
 * in Debian's Chromium on the home page, a post and a tag page of a production build of this
 * project (built in a scratch copy, so the checkout is untouched). Prints the four scores and
 * LCP/CLS/TBT per page, the median of --runs runs, and any audit below full marks.
 * `--url http://host:port` skips the build and audits a server already running. The table is
 * appended to bench/results.md (--output) with the date, commit and machine load (--note says why).
 * The server's port is LIGHTHOUSE_PORT, else E2E_PORT_BASE + 11, else one the system picks.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { appendFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { formatLighthouse, medianSummary, runLighthouse, type LighthouseSummary } from './lighthouse'
import { chromiumPath, ensureChromium } from '../shared/system-packages'
import { freePort, makeScratchCopy, stopServer, waitForServer } from '../shared/scratch'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    pages: { type: 'string' },
    url: { type: 'string' },
    note: { type: 'string' },
    output: { type: 'string', default: join('bench', 'results.md') },
    keep: { type: 'boolean', default: false },
  },
})
const runs = Math.max(1, Number(values.runs))
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }

/** Home, the lead post (the first post the home page links to) and the first tag of /tags/. */
async function defaultPages(base: string): Promise<[string, string][]> {
  const home = await (await fetch(`${base}/`)).text()
  const post = /href="(\/\d{4}\/\d{2}\/\d{2}\/[^"]+\/)"/.exec(home)?.[1]
  const tags = await (await fetch(`${base}/tags/`)).text()
  const tag = /href="(\/tags\/[^"/]+\/)"/.exec(tags)?.[1]
  return [['home', '/'], ...(post ? [['post', post] as [string, string]] : []), ...(tag ? [['tag', tag] as [string, string]] : [])]
}

const load = () => loadavg().map((value) => value.toFixed(2)).join(' ')
const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout?.trim() ?? '?'
const isDirty = (spawnSync('git', ['status', '--porcelain', '--', '.', ':!bench'], { encoding: 'utf8' }).stdout ?? '').trim() !== ''
const started = new Date().toISOString()
const loadBefore = load()

let copy: string | undefined
let server: ChildProcess | undefined
let status = 1
try {
  if (!ensureChromium()) throw new Error(`no Chromium at ${chromiumPath}`)
  let base = values.url?.replace(/\/+$/, '')
  if (!base) {
    copy = makeScratchCopy(process.cwd(), 'recap-lighthouse-')
    const port = await freePort(Number(process.env.LIGHTHOUSE_PORT ?? (process.env.E2E_PORT_BASE ? Number(process.env.E2E_PORT_BASE) + 11 : 0)))
    base = `http://127.0.0.1:${port}`
    const buildEnv = { ...env, SITE_URL: base }
    const next = join(copy, 'node_modules', 'next', 'dist', 'bin', 'next')
    console.log('lighthouse: next build (production) in a scratch copy…')
    const build = spawnSync(process.execPath, [next, 'build'], { cwd: copy, env: buildEnv, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 })
    if (build.status !== 0) {
      process.stdout.write(`${build.stdout}${build.stderr}`)
      throw new Error('next build failed')
    }
    server = spawn(process.execPath, [next, 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: copy, env: buildEnv, stdio: 'ignore', detached: true })
    await waitForServer(`${base}/`, server, 60_000)
  }
  const pages: [string, string][] = values.pages
    ? values.pages.split(',').map((path, i) => [`page ${i + 1}`, path.trim()])
    : await defaultPages(base)
  const rows: (LighthouseSummary & { label: string })[] = []
  for (const [label, path] of pages) {
    const results: LighthouseSummary[] = []
    // One run to warm the server's caches, not counted.
    await runLighthouse(`${base}${path}`, chromiumPath)
    for (let run = 0; run < runs; run++) results.push(await runLighthouse(`${base}${path}`, chromiumPath))
    rows.push({ label, ...medianSummary(results) })
    console.log(`lighthouse: ${label} ${path}: performance ${results.map((r) => r.scores.performance).join(', ')}`)
  }
  const table = formatLighthouse(rows)
  console.log(`\nLighthouse 12, mobile, median of ${runs} runs:\n\n${table}`)
  const section = [
    `## ${started.slice(0, 16).replace('T', ' ')} UTC · ${commit}${isDirty ? ' (uncommitted changes)' : ''} · Lighthouse`,
    '',
    `Lighthouse 12 (mobile), median of ${runs} runs per page, on a production build of the sample content; load average before ${loadBefore}, after ${load()}.`,
    '',
    table,
    ...(values.note ? ['', `Note: ${values.note}`] : []),
    '',
  ].join('\n')
  const output = resolve(values.output)
  mkdirSync(dirname(output), { recursive: true })
  if (!existsSync(output)) writeFileSync(output, '# Benchmark results\n\n')
  appendFileSync(output, `${section}\n`)
  status = 0
} catch (error) {
  console.error(`lighthouse: ${error instanceof Error ? error.message : String(error)}`)
} finally {
  stopServer(server)
  if (copy && !values.keep) rmSync(copy, { recursive: true, force: true })
  else if (copy) console.error(`kept ${copy}`)
}
process.exit(status)
