/**
 * `npm run test:corpus`: the shared Hugo corpus, imported, built and served, must pass the
 * conformance check. Works on a scratch copy of the project (node_modules hard-linked, as
 * Turbopack refuses a symlinked one), so the checkout is never touched:
 *
 *   copy -> npm run import:hugo (in-process) -> next build (timed) -> search index (timed)
 *        -> next start -> check-site.mjs -> search in Chromium (e2e/corpus/, when the corpus is Linkerd's)
 *
 * Prints the checker's output (its last line is `conformance: X/Y checks pass; posts N/M`) and the
 * build time, cleans up, and exits with the checker's status. Options: --corpus DIR, --keep (leave
 * the copy for a look), --verbose (every check, not just failures). The port is CORPUS_PORT, else
 * E2E_PORT_BASE + 9, else one the system picks.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { importHugoSite } from '../hugo-import/import'
import { formatImportReport } from '../hugo-import/report'
import { freePort, makeScratchCopy, stopServer, waitForServer } from '../shared/scratch'

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
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }

if (!existsSync(corpus) || !existsSync(checker)) {
  console.log(`No corpus at ${corpus} (or no checker at ${checker}): nothing to check.`)
  process.exit(0)
}

const copy = makeScratchCopy(projectDir, 'recap-corpus-')
let server: ChildProcess | undefined
let status = 1
try {
  const report = importHugoSite({ siteDir: corpus, projectDir: copy })
  console.log(formatImportReport(report))
  if (!report.written) throw new Error('the import wrote nothing')

  const port = await freePort(Number(process.env.CORPUS_PORT ?? (process.env.E2E_PORT_BASE ? Number(process.env.E2E_PORT_BASE) + 9 : 0)))
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
  const indexStarted = Date.now()
  const indexed = spawnSync('npx', ['tsx', 'tools/search/main.ts'], { cwd: copy, env: buildEnv, encoding: 'utf8' })
  process.stdout.write(`${indexed.stdout}${indexed.stderr}`)
  if (indexed.status !== 0) throw new Error('the search index failed')
  console.log(`corpus search index: ${((Date.now() - indexStarted) / 1000).toFixed(1)} s`)

  server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: copy, env: buildEnv, stdio: 'ignore', detached: true })
  await waitForServer(`${base}/`, server, 60_000)

  const args = [relative(projectDir, checker), '--corpus', relative(projectDir, corpus), '--base', base, ...(values.verbose ? ['--verbose'] : [])]
  console.log(`\n$ node ${args.join(' ')}`)
  // From the project root: the checker reads gray-matter from the project's node_modules.
  const check = spawnSync('node', args, { cwd: projectDir, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 })
  process.stdout.write(`${check.stdout}${check.stderr}`)
  console.log(`corpus build time: ${buildSeconds.toFixed(1)} s`)
  // The checker's score stays the last line, for tools/test-runner/main.ts.
  const last = `${check.stdout}`.trim().split('\n').at(-1) ?? ''
  if (last.startsWith('conformance:')) console.log(last)
  status = check.status ?? 1
  // Search over the imported posts, in Chromium (e2e/corpus/search.spec.ts knows Linkerd's posts).
  if (corpus.endsWith('linkerd-blog-2019')) {
    const searched = spawnSync('npx', ['playwright', 'test', '--project', 'corpus'], { cwd: projectDir, env: { ...env, CORPUS_BASE_URL: base }, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' })
    process.stdout.write(`${searched.stdout}${searched.stderr}`)
    if (searched.status !== 0) status = searched.status ?? 1
    if (last.startsWith('conformance:')) console.log(last)
  }
} catch (error) {
  console.error(`test:corpus: ${error instanceof Error ? error.message : String(error)}`)
  status = 1
} finally {
  stopServer(server)
  if (values.keep) console.error(`kept the copy at ${copy}`)
  else rmSync(copy, { recursive: true, force: true })
}
process.exit(status)
