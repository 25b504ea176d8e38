import { describe, it, expect } from 'vitest'
import { spawnSync } from 'node:child_process'
import { checkContent } from '@/tools/check/check'
import { formatProblem } from '@/lib/content/problems'

/**
 * The build fails on the errors `npm run check` reports, with the same one-line messages: a body
 * error (renderPost throws) and a front matter error (getCheckedContent throws), each in a fixture
 * site of one good and one bad post.
 */

const DIST = '.next-check-build'

async function checkLines(contentDir: string): Promise<string[]> {
  const report = await checkContent({ contentDir, publicDir: 'public', workers: 0 })
  return report.problems.filter((problem) => problem.severity === 'error').map(formatProblem)
}

function build(contentDir: string, extraEnv: Record<string, string> = {}): { status: number | null; output: string } {
  const result = spawnSync('npx', ['next', 'build'], {
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', RECAP_CONTENT_DIR: contentDir, RECAP_DIST_DIR: DIST, ...extraEnv },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 480_000,
  })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

describe('next build and npm run check agree', () => {
  it.each([
    ['a body error', 'tests/fixtures/check/build-body/content', 'bad-link.md:6:26: error: link "/2019/05/17/a-goood-post/" leads to no post; did you mean /2019/05/17/a-good-post/?'],
    ['a front matter error', 'tests/fixtures/check/build-front-matter/content', 'bad-date.md:3:7: error: front matter "date": "May 3rd" is not a date; write 2023-05-03 or Wed, 03 May 2023 09:00:00 +0000'],
  ])('fails the build on %s with the line npm run check prints', async (_kind, contentDir, ending) => {
    const lines = await checkLines(contentDir)
    expect(lines).toEqual([`${contentDir}/posts/${ending}`])
    const { status, output } = build(contentDir)
    expect(status).not.toBe(0)
    expect(output).toContain(lines[0])
  }, 500_000)

  it('fails the build on an error in a post that is not prerendered (prerender 0), with its line', async () => {
    const contentDir = 'tests/fixtures/check/build-body/content'
    const [line] = await checkLines(contentDir)
    const { status, output } = build(contentDir, { RECAP_PRERENDER: '0' })
    expect(status).not.toBe(0)
    expect(output).toContain(line)
    // Failed in the content step, before any page was rendered.
    expect(output).toMatch(/recap: \d+ posts validated and compiled/)
  }, 500_000)
})
