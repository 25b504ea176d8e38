/**
 * `npm run test:corpus`: the shared Hugo corpus, imported, built and served, must pass the
 * conformance check. Works on a scratch copy of the project (node_modules hard-linked, as
 * Turbopack refuses a symlinked one), so the checkout is never touched:
 *
 *   copy -> npm run import:hugo (in-process) -> next build (timed) -> search index (timed)
 *        -> next start -> check-site.mjs -> search in Chromium (e2e/corpus/, when the corpus is Linkerd's)
 *
 * Prints the checker's output (its last line is `conformance: X/Y checks pass; posts N/M`), the
 * import and build times, cleans up, and exits with the checker's status. Options: --corpus DIR
 * (default: every corpus of ../shared/corpus with a hugo-manifest.json, one after the other), --keep
 * (leave the copy for a look), --verbose (every check, not just failures). The port is CORPUS_PORT,
 * else E2E_PORT_BASE + 9, else one the system picks.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { importHugoSite } from '../hugo-import/import'
import { formatImportReport } from '../hugo-import/report'
import { freePort, makeScratchCopy, stopServer, waitForServer } from '../shared/scratch'
import { corpusNames } from './corpora'

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    keep: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
})
const projectDir = process.cwd()
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
const corpora = values.corpus ? [resolve(values.corpus)] : corpusNames().map((name) => resolve('..', 'shared', 'corpus', name))
if (corpora.length === 0) {
  console.log('No corpus in ../shared/corpus: nothing to check.')
  process.exit(0)
}
let worst = 0
for (const corpus of corpora) worst = Math.max(worst, await checkCorpus(corpus))
process.exit(worst)

/** Imports, builds, serves and checks one corpus; the checker's exit status. */
async function checkCorpus(corpus: string): Promise<number> {
  const checker = resolve(corpus, '..', '..', 'conformance', 'check-site.mjs')
  if (!existsSync(corpus) || !existsSync(checker)) {
    console.log(`No corpus at ${corpus} (or no checker at ${checker}): nothing to check.`)
    return 0
  }
  console.log(`\n== ${relative(projectDir, corpus)}`)
  const copy = makeScratchCopy(projectDir, 'recap-corpus-')
  let server: ChildProcess | undefined
  let status = 1
  try {
    // The templates Hugo rendered the reference with (the oracle theme) hold copies of shortcodes a
    // corpus uses but does not contain (opentelemetry.io's blog/integration-badge): given to the
    // import as a theme's layouts would be, so it can read them as it reads a site's own.
    const oracleLayouts = resolve(checker, '..', 'hugo-oracle', 'layouts')
    const importStarted = Date.now()
    const report = importHugoSite({ siteDir: corpus, projectDir: copy, layouts: existsSync(oracleLayouts) ? [oracleLayouts] : [] })
    const importSeconds = (Date.now() - importStarted) / 1000
    console.log(formatImportReport(report))
    console.log(`\ncorpus import: ${importSeconds.toFixed(1)} s`)
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
    const indexSeconds = (Date.now() - indexStarted) / 1000
    console.log(`corpus search index: ${indexSeconds.toFixed(1)} s`)

    server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: copy, env: buildEnv, stdio: 'ignore', detached: true })
    await waitForServer(`${base}/`, server, 60_000)

    const args = [relative(projectDir, checker), '--corpus', relative(projectDir, corpus), '--base', base, ...(values.verbose ? ['--verbose'] : [])]
    console.log(`\n$ node ${args.join(' ')}`)
    // From the project root: the checker reads gray-matter from the project's node_modules.
    const check = spawnSync('node', args, { cwd: projectDir, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 })
    process.stdout.write(`${check.stdout}${check.stderr}`)
    console.log(`corpus import time: ${importSeconds.toFixed(1)} s, build time: ${buildSeconds.toFixed(1)} s, search index: ${indexSeconds.toFixed(1)} s`)
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
  return status
}
