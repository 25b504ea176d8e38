import { spawnSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { test, expect } from '@playwright/test'

// `next build` of tests/fixtures/hostile/refused/content: posts with import/export, {…}
// expressions and attribute spreads whose code would write a marker file or print a marker line.
// The build must stop with path:line:column errors, and none of that code may have run.
const MARKER = '/tmp/recap-hostile-build-marker'
const DIST = '.next-e2e-security-refused'

test('a build of posts with code in them stops with path:line:column errors, and runs none of the code', () => {
  test.setTimeout(600_000)
  rmSync(MARKER, { force: true })
  rmSync(DIST, { recursive: true, force: true })
  const build = spawnSync('npx', ['next', 'build'], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', RECAP_CONTENT_DIR: 'tests/fixtures/hostile/refused/content', RECAP_DIST_DIR: DIST },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  rmSync(DIST, { recursive: true, force: true })
  const output = `${build.stdout}\n${build.stderr}`
  expect(build.status, output).not.toBe(0)
  // The build's content step compiles every post before any page and stops with all their errors
  // at once, as `npm run check` prints them, every one with its place (once, in the error's message).
  const errors = [...new Set([...output.matchAll(/^tests\/fixtures\/hostile\/refused\/content\/posts\/[\w-]+\.mdx:\d+:\d+: error: [^\n]+/gm)].map((match) => match[0]))]
  expect(output).toMatch(/17 content errors/)
  expect(errors, output).toHaveLength(17)
  expect(new Set(errors.map((line) => line.split(':')[0].split('/').at(-1)))).toEqual(new Set(['attributes.mdx', 'bad-urls.mdx', 'esm.mdx', 'expressions.mdx']))
  expect(errors, output).toEqual(expect.arrayContaining([
    "tests/fixtures/hostile/refused/content/posts/expressions.mdx:6:1: error: `{require('fs').writeFileSync('/tmp/rec…}` is a JavaScript expression: posts run no code; write the text itself; for a literal brace write \\{",
    "tests/fixtures/hostile/refused/content/posts/expressions.mdx:8:8: error: `{console.log('RECAP_BUILD_PWNED')}` is a JavaScript expression: posts run no code; write the text itself; for a literal brace write \\{",
    "tests/fixtures/hostile/refused/content/posts/expressions.mdx:8:47: error: `{process.mainModule.require('child_pro…}` is a JavaScript expression: posts run no code; write the text itself; for a literal brace write \\{",
    "tests/fixtures/hostile/refused/content/posts/expressions.mdx:10:1: error: `{(() => { throw new Error('RECAP_BUILD…}` is a JavaScript expression: posts run no code; write the text itself; for a literal brace write \\{",
  ]))
  expect(output).not.toMatch(/^RECAP_BUILD_PWNED$/m)
  expect(existsSync(MARKER)).toBe(false)
})
