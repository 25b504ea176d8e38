/**
 * `npm test`: every suite CI runs, in order, with one summary line at the end:
 *   typecheck, lint, unit (Vitest), e2e (Playwright in Debian's Chromium, every project), load
 *   (the production server under autocannon), and the corpus conformance check when
 *   ../shared/corpus is present.
 * Installs Chromium with apt when it is missing. Ends with `N passed, N failed`.
 * `npm test -- --only unit,e2e` runs some suites.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, mkdtempSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { ensureChromium } from './lib/chromium'

type Result = { suite: string; passed: number; failed: number; seconds: number }

const onlyArg = process.argv.indexOf('--only')
const only = onlyArg >= 0 ? process.argv[onlyArg + 1].split(',') : undefined
const wanted = (suite: string) => !only || only.includes(suite)
const results: Result[] = []
const scratch = mkdtempSync(join(tmpdir(), 'recap-test-'))
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }

function run(command: string, args: string[], extraEnv: Record<string, string> = {}): { ok: boolean; output: string } {
  console.log(`\n$ ${command} ${args.join(' ')}`)
  const child = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, ...extraEnv }, maxBuffer: 512 * 1024 * 1024 })
  const output = `${child.stdout ?? ''}${child.stderr ?? ''}`
  process.stdout.write(output)
  return { ok: child.status === 0, output }
}

function timed(suite: string, body: () => { passed: number; failed: number }) {
  if (!wanted(suite)) return
  const started = Date.now()
  const { passed, failed } = body()
  results.push({ suite, passed, failed, seconds: Math.round((Date.now() - started) / 1000) })
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T
  } catch {
    return undefined
  }
}

timed('typecheck', () => (run('npx', ['tsc', '--noEmit']).ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 }))
timed('lint', () => (run('npx', ['eslint', '.', '--max-warnings=0']).ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 }))

timed('unit', () => {
  const report = join(scratch, 'vitest.json')
  const { ok } = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`])
  const json = readJson<{ numPassedTests: number; numFailedTests: number }>(report)
  if (!json) return { passed: 0, failed: 1 }
  return { passed: json.numPassedTests, failed: json.numFailedTests + (ok || json.numFailedTests > 0 ? 0 : 1) }
})

timed('e2e', () => {
  if (!ensureChromium()) return { passed: 0, failed: 1 }
  const report = join(scratch, 'playwright.json')
  const { ok } = run('npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: report })
  const json = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(report)
  if (!json) return { passed: 0, failed: 1 }
  const { expected, unexpected, flaky } = json.stats
  return { passed: expected + flaky, failed: unexpected + (ok || unexpected > 0 ? 0 : 1) }
})

timed('load', () => {
  // The e2e run has just built the site for production: serve that build rather than make another.
  const e2eBuild = '.next-e2e-site'
  const reuse = wanted('e2e') && existsSync(join(e2eBuild, 'BUILD_ID')) ? ['--dist', e2eBuild] : []
  const { output } = run('npx', ['tsx', 'scripts/test-load.ts', ...reuse])
  const score = /load: (\d+) passed, (\d+) failed/.exec(output)
  return score ? { passed: Number(score[1]), failed: Number(score[2]) } : { passed: 0, failed: 1 }
})

timed('corpus', () => {
  if (!existsSync(join('..', 'shared', 'corpus', 'linkerd-blog-2019'))) {
    console.log('\n../shared/corpus is not here: skipping the corpus conformance check.')
    return { passed: 0, failed: 0 }
  }
  if (!existsSync(join('scripts', 'test-corpus.ts'))) return { passed: 0, failed: 0 }
  const { output } = run('npx', ['tsx', 'scripts/test-corpus.ts'])
  const score = /conformance: (\d+)\/(\d+) checks pass/.exec(output)
  if (!score) return { passed: 0, failed: 1 }
  return { passed: Number(score[1]), failed: Number(score[2]) - Number(score[1]) }
})

rmSync(scratch, { recursive: true, force: true })
console.log('\nsuite        passed  failed  seconds')
for (const r of results) console.log(`${r.suite.padEnd(12)} ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${String(r.seconds).padStart(7)}`)
const passed = results.reduce((sum, r) => sum + r.passed, 0)
const failed = results.reduce((sum, r) => sum + r.failed, 0)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
