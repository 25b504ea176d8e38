import { afterEach, describe, expect, it } from 'vitest'
import { checkContent } from '@/tools/check/check'
import { makeSite, post, type TempSite } from '@/tests/helpers/content-dir'

/**
 * The loader and `npm run check` take time in proportion to what they read: a post the size of
 * the limit, of any one thing repeated, loads in seconds, and a larger one is refused at once.
 * (The limits here are loose for a loaded two-core machine; the quadratic versions took minutes.)
 */

let site: TempSite | undefined
afterEach(() => {
  site?.cleanup()
  site = undefined
})

const MB = 1024 * 1024
const fill = (unit: string, bytes = 1.9 * MB) => unit.repeat(Math.floor(bytes / unit.length))

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now()
  const value = run()
  return { value, ms: performance.now() - started }
}

describe('loading is linear in the input', () => {
  it('refuses a 10 MB post at once, with its size', () => {
    site = makeSite({ 'content/posts/huge.md': post('title: Huge\ndate: 2023-01-01', fill('word ', 10 * MB)) })
    const { value, ms } = timed(() => site!.load())
    expect(ms).toBeLessThan(3000)
    expect(value.problems.map((problem) => problem.reason)).toEqual(['file is 10.0 MB, larger than a post can be (2 MB)'])
  })

  it.each([
    ['control characters', fill('\u0007')],
    ['control characters, one a line', fill('a\u0007\n')],
    ['{{', fill('{{ ')],
    ['shortcodes', fill('{{< note >}}\n')],
    ['headings', fill('## Heading\n\n')],
    ['nested lists', fill(Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- item\n`).join(''))],
    ['emphasis', fill('*a **b ***c ')],
    ['links', fill('[a](b ')],
  ])('loads a 2 MB post of %s in seconds', (_kind, body) => {
    site = makeSite({ 'content/posts/big.md': post('title: Big\ndate: 2023-01-01', body) })
    const { value, ms } = timed(() => site!.load())
    expect(value.allPosts).toHaveLength(1)
    expect(ms).toBeLessThan(5000)
  })

  it('indexes 10,000 tags that slugify alike in seconds, each with a page of its own, in load and check', async () => {
    // "tag", "tag!", "Tag?", "tag!?"…: different names, one slug.
    const marks = ['!', '?', '.', ',', ';', ':', '(', ')']
    const names = Array.from({ length: 10_000 }, (_, i) => `tag${i.toString(8).split('').map((digit) => marks[Number(digit)]).join('')}`)
    const posts: Record<string, string> = {}
    for (let p = 0; p < 100; p++) posts[`content/posts/p${p}.md`] = post(`title: P${p}\ndate: 2023-01-01\ntags: ${JSON.stringify(names.slice(p * 100, p * 100 + 100))}`)
    site = makeSite(posts)
    const { value, ms } = timed(() => site!.load())
    expect(ms).toBeLessThan(5000)
    expect(new Set(value.tags.map((tag) => tag.slug)).size).toBe(10_000)
    expect(value.tags.map((tag) => tag.slug)).toEqual(expect.arrayContaining(['tag', 'tag-2', 'tag-10000']))
    const started = performance.now()
    const report = await checkContent({ contentDir: site.contentDir, publicDir: site.publicDir, workers: 0, now: Date.parse('2024-01-01T00:00:00Z') })
    expect(report.errors).toBe(0)
    expect(performance.now() - started).toBeLessThan(20_000)
  }, 60_000)
})
