/**
 * `npm run test:load`: the production server under load. Builds the site (into .next-load; pass
 * `--reuse` to serve the last such build, or `--dist <folder>` to serve another production build
 * of the site, as `npm test` does with the e2e build), starts `next start`, warms it up, then
 * drives four pages with autocannon for 10 s each at 64 connections: a post, a tag page, the feed
 * and the 404 page.
 *
 * Passes when there is no error or timeout, every answer is 2xx (404 for the 404 page, and only
 * 404), and the server's memory grows by less than MAX_GROWTH_MB between the end of the warm-up
 * and the end of the runs. Prints a table and ends with `load: N passed, N failed`.
 *
 * Memory is the RSS of the server's process tree, sampled after a full garbage collection (the
 * server runs with --expose-gc and tools/shared/gc-on-signal.mjs; the site's code is unchanged).
 * Without that, RSS right after a load run swings by ±70 MB with garbage V8 has not collected
 * yet, which hides a leak as well as it fakes one. Why 16 MB: the pages are prerendered, so a
 * request reads a file from Next's cache and writes it out, and should leave nothing behind; the
 * warm-up has loaded every route and filled the caches; what remains is allocator slack. The runs
 * serve some 35,000 requests on two cores, so a leak of 500 bytes a request would break the bound.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { readProcesses, treeRss } from '../shared/process-tree'
import { waitForServer } from '../shared/scratch'

const distArg = process.argv.indexOf('--dist')
const DIST = distArg >= 0 ? process.argv[distArg + 1] : '.next-load'
const PORT = Number(process.env.LOAD_PORT ?? Number(process.env.E2E_PORT_BASE ?? 3210) + 90)
const ORIGIN = `http://127.0.0.1:${PORT}`
const CONNECTIONS = 64
const SECONDS = Number(process.env.LOAD_SECONDS ?? 10)
const WARMUP_SECONDS = Number(process.env.LOAD_WARMUP_SECONDS ?? 3)
const MAX_GROWTH_MB = 16

type Target = { name: string; path: string; status: number }
const TARGETS: Target[] = [
  { name: 'post', path: '/2019/05/27/kubecon-eu-2019-in-barcelona-what-we-took-home/', status: 200 },
  { name: 'tag page', path: '/tags/events/', status: 200 },
  { name: 'feed', path: '/feed.xml', status: 200 },
  { name: '404 page', path: '/no-such-page/', status: 404 },
]

const MEMORY_REPORT = join(tmpdir(), `recap-load-memory-${process.pid}.json`)
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', RECAP_DIST_DIR: DIST, SITE_URL: ORIGIN, RECAP_MEMORY_REPORT: MEMORY_REPORT }

function build(): void {
  if ((distArg >= 0 || process.argv.includes('--reuse')) && existsSync(join(DIST, 'BUILD_ID'))) return
  console.log(`building the site into ${DIST}/ …`)
  const result = spawnSync('npx', ['next', 'build'], { env, stdio: ['ignore', 'ignore', 'inherit'] })
  if (result.status !== 0) throw new Error('next build failed')
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type Memory = { rss: number; heapUsed: number; external: number }

/**
 * Memory after a full garbage collection in the server (tools/shared/gc-on-signal.mjs) and a moment
 * to settle: RSS of its process tree, and the V8 heap and external (Buffer) memory it reports.
 */
async function settledMemory(server: ChildProcess): Promise<Memory> {
  rmSync(MEMORY_REPORT, { force: true })
  for (let i = 0; i < 2; i++) {
    server.kill('SIGUSR2')
    await sleep(1_000)
  }
  const usage = JSON.parse(readFileSync(MEMORY_REPORT, 'utf8')) as { heapUsed: number; external: number }
  return { rss: treeRss(readProcesses(), server.pid!) / 1024 / 1024, heapUsed: usage.heapUsed / 1024 / 1024, external: usage.external / 1024 / 1024 }
}
const run = (path: string, duration: number) => autocannon({ url: `${ORIGIN}${path}`, connections: CONNECTIONS, duration })

async function main(): Promise<number> {
  build()
  const server = spawn(process.execPath, ['--expose-gc', '--import', './tools/shared/gc-on-signal.mjs', 'node_modules/next/dist/bin/next', 'start', '-p', String(PORT), '-H', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  let failed = 0
  let passed = 0
  const check = (ok: boolean, what: string) => {
    if (ok) passed++
    else failed++
    if (!ok) console.error(`FAIL ${what}`)
  }
  try {
    await waitForServer(`${ORIGIN}/`, server, 60_000)
    // Every route once under load, so compiled code, caches and pools are in place before measuring.
    for (const target of TARGETS) await run(target.path, WARMUP_SECONDS)
    const before = await settledMemory(server)
    console.log(`\n${CONNECTIONS} connections, ${SECONDS} s per page, against next start on ${ORIGIN}\n`)
    console.log('page        requests/s  latency p50  p99     p99.9   requests  errors  timeouts  status')
    for (const target of TARGETS) {
      const result = await run(target.path, SECONDS)
      const codes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, stats.count ?? 0]))
      const onlyExpected = Object.keys(codes).length === 1 && codes[String(target.status)] === result.requests.total
      console.log(
        `${target.name.padEnd(11)} ${result.requests.average.toFixed(0).padStart(10)}  ${`${result.latency.p50} ms`.padStart(11)}  ${`${result.latency.p99} ms`.padEnd(7)} ${`${result.latency.p99_9} ms`.padEnd(7)} ${String(result.requests.total).padStart(8)}  ${String(result.errors).padStart(6)}  ${String(result.timeouts).padStart(8)}  ${JSON.stringify(codes)}`,
      )
      check(result.errors === 0 && result.timeouts === 0, `${target.name}: ${result.errors} errors, ${result.timeouts} timeouts`)
      check(onlyExpected && result.requests.total > 0, `${target.name}: expected only ${target.status}, got ${JSON.stringify(codes)}`)
    }
    const after = await settledMemory(server)
    const mb = (value: number) => `${value.toFixed(0)} MB`
    const growth = after.rss - before.rss
    console.log(
      `\nserver memory after a full GC, after warm-up -> after the runs: RSS ${mb(before.rss)} -> ${mb(after.rss)} (${growth >= 0 ? '+' : ''}${growth.toFixed(0)} MB; bound ${MAX_GROWTH_MB} MB), ` +
        `V8 heap used ${mb(before.heapUsed)} -> ${mb(after.heapUsed)}, external ${mb(before.external)} -> ${mb(after.external)}`,
    )
    check(growth < MAX_GROWTH_MB, `memory grew by ${growth.toFixed(0)} MB, more than ${MAX_GROWTH_MB} MB`)
  } finally {
    server.kill('SIGTERM')
    rmSync(MEMORY_REPORT, { force: true })
  }
  console.log(`load: ${passed} passed, ${failed} failed`)
  return failed
}

main().then(
  (failed) => process.exit(failed > 0 ? 1 : 0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    console.log('load: 0 passed, 1 failed')
    process.exit(1)
  },
)
