/**
 * `npm test`: every suite CI runs, in order, each one's output shown as it runs, and one summary
 * line at the end:
 *   typecheck, lint, unit (Vitest), e2e (Playwright in Debian's Chromium, every project), load
 *   (the production server under autocannon), vercel (`vercel build` preview and production,
 *   offline, and what .vercel/output holds), and the Hugo corpus conformance check (every corpus
 *   in ../shared/corpus).
 * Installs Chromium and Hugo with apt when they are missing. Suites whose inputs are absent
 * (../shared, hugo) are skipped and counted as skipped, never as passed; with
 * RECAP_REQUIRE_EXTERNAL=1 (what .ci/run sets) they fail instead. Ends with `N passed, N failed`.
 * `npm test -- --only unit,e2e` runs some suites.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensureChromium, ensureHugo } from '../shared/system-packages'
import { corpusNames } from './corpora'

type Counts = { passed: number; failed: number; skipped: number }
type Result = Counts & { suite: string; seconds: number }

const onlyArg = process.argv.indexOf('--only')
const only = onlyArg >= 0 ? process.argv[onlyArg + 1].split(',') : undefined
const wanted = (suite: string) => !only || only.includes(suite)
const isRequired = process.env.RECAP_REQUIRE_EXTERNAL === '1'
const results: Result[] = []
const scratch = mkdtempSync(join(tmpdir(), 'recap-test-'))
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }

/** Runs a command with its output streamed to ours as it comes; resolves with its status and output. */
function run(command: string, args: string[], extraEnv: Record<string, string> = {}): Promise<{ ok: boolean; output: string }> {
  console.log(`\n$ ${command} ${args.join(' ')}`)
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, ...extraEnv } })
    const chunks: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk)
      process.stdout.write(chunk)
    })
    child.stderr.on('data', (chunk: Buffer) => {
      chunks.push(chunk)
      process.stderr.write(chunk)
    })
    child.on('close', (status) => resolve({ ok: status === 0, output: Buffer.concat(chunks).toString('utf8') }))
    child.on('error', (error) => resolve({ ok: false, output: String(error) }))
  })
}

async function timed(suite: string, body: () => Promise<Partial<Counts>>) {
  if (!wanted(suite)) return
  const started = Date.now()
  const counts = await body()
  results.push({ suite, passed: counts.passed ?? 0, failed: counts.failed ?? 0, skipped: counts.skipped ?? 0, seconds: Math.round((Date.now() - started) / 1000) })
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T
  } catch {
    return undefined
  }
}

const one = (ok: boolean): Counts => (ok ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 })

await timed('typecheck', async () => one((await run('npx', ['tsc', '--noEmit'])).ok))
await timed('lint', async () => one((await run('npx', ['eslint', '.', '--max-warnings=0'])).ok))

await timed('unit', async () => {
  // The importer's tests compare with Hugo itself: install it as the browser is installed below.
  ensureHugo()
  const report = join(scratch, 'vitest.json')
  const { ok } = await run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`])
  const json = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(report)
  if (!json) return { failed: 1 }
  return { passed: json.numPassedTests, failed: json.numFailedTests + (ok || json.numFailedTests > 0 ? 0 : 1), skipped: json.numPendingTests + json.numTodoTests }
})

await timed('e2e', async () => {
  if (!ensureChromium()) return { failed: 1 }
  const report = join(scratch, 'playwright.json')
  const { ok } = await run('npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: report })
  const json = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(report)
  if (!json) return { failed: 1 }
  const { expected, unexpected, flaky, skipped } = json.stats
  return { passed: expected + flaky, failed: unexpected + (ok || unexpected > 0 ? 0 : 1), skipped }
})

await timed('load', async () => {
  // The e2e run has just built the site for production: serve that build rather than make another.
  const e2eBuild = '.next-e2e-site'
  const reuse = wanted('e2e') && existsSync(join(e2eBuild, 'BUILD_ID')) ? ['--dist', e2eBuild] : []
  const { output } = await run('npx', ['tsx', 'tools/test-runner/load.ts', ...reuse])
  const score = /load: (\d+) passed, (\d+) failed/.exec(output)
  return score ? { passed: Number(score[1]), failed: Number(score[2]) } : { failed: 1 }
})

await timed('vercel', async () => {
  // The real Vercel CLI on a scratch copy: a preview and a production `vercel build`, offline.
  const { output } = await run('npx', ['tsx', 'tools/vercel/output-test.ts'])
  if (/^vercel: skipped/m.test(output)) return { skipped: 1 }
  const score = /vercel: (\d+) passed, (\d+) failed/.exec(output)
  return score ? { passed: Number(score[1]), failed: Number(score[2]) } : { failed: 1 }
})

await timed('corpus', async () => {
  const names = corpusNames()
  if (names.length === 0) {
    console.log(`\ncorpus: ${isRequired ? 'FAILED' : 'skipped'}: ../shared/corpus absent`)
    return isRequired ? { failed: 1 } : { skipped: 1 }
  }
  const counts: Counts = { passed: 0, failed: 0, skipped: 0 }
  for (const name of names) {
    const { output } = await run('npx', ['tsx', 'tools/test-runner/corpus.ts', '--corpus', join('..', 'shared', 'corpus', name)])
    const score = /conformance: (\d+)\/(\d+) checks pass/.exec(output)
    if (!score) counts.failed++
    else {
      counts.passed += Number(score[1])
      counts.failed += Number(score[2]) - Number(score[1])
    }
  }
  return counts
})

rmSync(scratch, { recursive: true, force: true })
console.log('\nsuite        passed  failed  skipped  seconds')
for (const r of results) {
  console.log(`${r.suite.padEnd(12)} ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${String(r.skipped).padStart(7)}  ${String(r.seconds).padStart(7)}`)
}
const skipped = results.reduce((sum, r) => sum + r.skipped, 0)
if (skipped > 0) console.log(`${skipped} skipped (not counted as passed): their inputs are absent here; RECAP_REQUIRE_EXTERNAL=1 makes that a failure`)
const passed = results.reduce((sum, r) => sum + r.passed, 0)
const failed = results.reduce((sum, r) => sum + r.failed, 0)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
