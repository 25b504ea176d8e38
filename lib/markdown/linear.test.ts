import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compilePost, contextFor } from './pipeline'
import { formatProblem } from '../content/problems'
import { makeSite, post, type TempSite } from '@/tests/helpers/content-dir'

/**
 * What `npm run check` and the build do to each post's text (compilePost) costs time in
 * proportion to the text: four times the text may cost about four times the CPU, never sixteen.
 * And what the Markdown parser itself cannot do in linear time is refused before it starts.
 */

let site: TempSite
beforeAll(() => {
  site = makeSite({})
})
afterAll(() => site.cleanup())

/** CPU milliseconds compilePost spends on a post with this body, and its problems. */
async function compileCost(body: string): Promise<{ ms: number; problems: string[] }> {
  const { writeFileSync } = await import('node:fs')
  writeFileSync(`${site.contentDir}/posts/p.md`, post('title: P\ndate: 2023-01-01', body))
  const content = site.load()
  const context = contextFor(content, { contentDir: site.contentDir, publicDir: site.publicDir, includeHidden: true })
  const cpu = process.cpuUsage()
  const { problems } = await compilePost(content.allPosts[0], context)
  const used = process.cpuUsage(cpu)
  return { ms: (used.user + used.system) / 1000, problems: problems.map(formatProblem) }
}

const repeat = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length))

describe('compiling a post is linear in its text', () => {
  it.each([
    ['unclosed shortcodes in one paragraph', '{{< note >}}\n'],
    ['shortcodes that close', '{{< note >}}\nx\n{{< /note >}}\n\n'],
    ['headings', '## Heading\n\n'],
    ['nested lists', Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- item\n`).join('')],
    ['emphasis', '*a **b ***c '],
  ])('%s: four times the text costs less than ten times the time', async (_kind, unit) => {
    await compileCost(repeat(unit, 4_000))
    const small = await compileCost(repeat(unit, 20_000))
    const large = await compileCost(repeat(unit, 80_000))
    expect(large.ms / Math.max(small.ms, 50)).toBeLessThan(10)
  }, 180_000)

  it('refuses at once, at its line, a paragraph the parser would take minutes on', async () => {
    const { ms, problems } = await compileCost(`Intro.\n\n${repeat('[a](b ', 2 * 1024 * 1024 - 100)}\n`)
    expect(problems).toEqual([expect.stringMatching(/p\.md:8: error: this paragraph holds more than 5000 `\[`; the Markdown parser would take minutes on it; split it/)])
    expect(ms).toBeLessThan(3000)
  })

  it('still compiles thousands of links in paragraphs of their own', async () => {
    const { problems } = await compileCost(repeat('[a](https://example.com/) [b][c]\n\n', 40_000))
    expect(problems.filter((problem) => problem.includes('error'))).toEqual([])
  }, 120_000)
})
