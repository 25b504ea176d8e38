import { afterEach, describe, expect, it } from 'vitest'
import { makeSite, post, postsWithTagsAlike, type TempSite } from '@/tests/helpers/content-dir'

/**
 * The loader takes time in proportion to what they read: a post the size of
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

  it('indexes 10,000 tags that slugify alike in seconds, each with a page of its own', () => {
    // "tag", "tag!", "Tag?", "tag!?"…: different names, one slug.
    site = makeSite(postsWithTagsAlike(10_000))
    const { value, ms } = timed(() => site!.load())
    expect(ms).toBeLessThan(5000)
    expect(new Set(value.tags.map((tag) => tag.slug)).size).toBe(10_000)
    expect(value.tags.map((tag) => tag.slug)).toEqual(expect.arrayContaining(['tag', 'tag-2', 'tag-10000']))
  })
})

