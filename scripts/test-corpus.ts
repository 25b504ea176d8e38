/**
 * `npm run test:corpus`: the shared Hugo corpus, imported, built and served, must pass the
 * conformance check. Works on a scratch copy of the project (node_modules hard-linked, as
 * Turbopack refuses a symlinked one), so the checkout is never touched:
 *
 *   copy -> npm run import:hugo (in-process) -> next build (timed) -> next start -> check-site.mjs
 *
 * Prints the checker's output (its last line is `conformance: X/Y checks pass; posts N/M`) and the
 * build time, cleans up, and exits with the checker's status. Options: --corpus DIR, --keep (leave
 * the copy for a look), --verbose (every check, not just failures). The port is CORPUS_PORT, else
 * E2E_PORT_BASE + 9, else one the system picks.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { importHugoSite } from '../lib/hugo-import/import'
import { formatImportReport } from '../lib/hugo-import/report'

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: join('..', 'shared', 'corpus', 'linkerd-blog-2019') },
    keep: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
})
const projectDir = process.cwd()
const corpus = resolve(values.corpus)
const checker = resolve(corpus, '..', '..', 'conformance', 'check-site.mjs')
// What a fresh clone has: build output, test output and local caches stay behind.
const LEFT_OUT = new Set(['node_modules', '.git', '.next', 'out', 'tmp', 'test-results', 'playwright-report', 'blob-report'])
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }

if (!existsSync(corpus) || !existsSync(checker)) {
  console.log(`No corpus at ${corpus} (or no checker at ${checker}): nothing to check.`)
  process.exit(0)
}

async function freePort(): Promise<number> {
  const wanted = process.env.CORPUS_PORT ?? (process.env.E2E_PORT_BASE ? String(Number(process.env.E2E_PORT_BASE) + 9) : '0')
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(Number(wanted), '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : Number(wanted)
      server.close(() => resolvePort(port))
    })
  })
}

async function waitForServer(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) })
      if (response.status < 500) return
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 250))
  }
  throw new Error(`no answer from ${url} after ${timeoutMs / 1000} s`)
}

function stopServer(server: ChildProcess | undefined): void {
  // next start runs the server in a child of its own: end the whole process group we started.
  if (server?.pid && server.exitCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM')
    } catch {
      // Already gone.
    }
  }
}

const copy = mkdtempSync(join(tmpdir(), 'recap-corpus-'))
let server: ChildProcess | undefined
let status = 1
try {
  for (const entry of readdirSync(projectDir)) {
    if (LEFT_OUT.has(entry) || entry.startsWith('.next-')) continue
    cpSync(join(projectDir, entry), join(copy, entry), { recursive: true })
  }
  // Hard links: instant, and Turbopack accepts them where it refuses a symlink.
  const linked = spawnSync('cp', ['-al', join(projectDir, 'node_modules'), join(copy, 'node_modules')], { stdio: 'inherit' })
  if (linked.status !== 0) cpSync(join(projectDir, 'node_modules'), join(copy, 'node_modules'), { recursive: true })

  const report = importHugoSite({ siteDir: corpus, projectDir: copy })
  console.log(formatImportReport(report))
  if (!report.written) throw new Error('the import wrote nothing')

  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const buildEnv = { ...env, SITE_URL: base }
  const buildStarted = Date.now()
  const build = spawnSync('npx', ['next', 'build'], { cwd: copy, env: buildEnv, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 })
  const buildSeconds = (Date.now() - buildStarted) / 1000
  if (build.status !== 0) {
    process.stdout.write(`${build.stdout}${build.stderr}`)
    throw new Error(`next build failed after ${buildSeconds.toFixed(1)} s`)
  }
  console.log(`\ncorpus build: ${buildSeconds.toFixed(1)} s (next build, ${report.posts.length} imported posts)`)

  server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: copy, env: buildEnv, stdio: 'ignore', detached: true })
  await waitForServer(`${base}/`, server, 60_000)

  const args = [relative(projectDir, checker), '--corpus', relative(projectDir, corpus), '--base', base, ...(values.verbose ? ['--verbose'] : [])]
  console.log(`\n$ node ${args.join(' ')}`)
  // From the project root: the checker reads gray-matter from the project's node_modules.
  const check = spawnSync('node', args, { cwd: projectDir, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 })
  process.stdout.write(`${check.stdout}${check.stderr}`)
  console.log(`corpus build time: ${buildSeconds.toFixed(1)} s`)
  // The checker's score stays the last line, for scripts/test.ts.
  const last = `${check.stdout}`.trim().split('\n').at(-1) ?? ''
  if (last.startsWith('conformance:')) console.log(last)
  status = check.status ?? 1
} catch (error) {
  console.error(`test:corpus: ${error instanceof Error ? error.message : String(error)}`)
  status = 1
} finally {
  stopServer(server)
  if (values.keep) console.error(`kept the copy at ${copy}`)
  else rmSync(copy, { recursive: true, force: true })
}
process.exit(status)
