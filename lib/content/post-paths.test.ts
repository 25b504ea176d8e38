import { afterEach, describe, expect, it } from 'vitest'
import { formatProblem, sortProblems } from './problems'
import { makeSite, post, type TempSite } from '@/tests/helpers/content-dir'

let site: TempSite | undefined
afterEach(() => {
  site?.cleanup()
  site = undefined
})

/** Error lines as `npm run check` prints them, from content/ on. */
function errors(files: Record<string, string>): string[] {
  site = makeSite(files)
  return sortProblems(site.load().problems)
    .filter((problem) => problem.severity === 'error')
    .map((problem) => formatProblem(problem).replace(/^.*?content\//, 'content/'))
}

describe('paths made from front matter', () => {
  it('refuses a url a browser reads as another site, at its line, and keeps the post off every list', () => {
    site = makeSite({
      'content/posts/evil.md': post('title: Evil\ndate: 2023-01-01\nurl: "/\\\\evil.example/x/"'),
      'content/posts/tab.md': post('title: Tab\ndate: 2023-01-01\nurl: "/\\t/evil.example/x/"'),
      'content/posts/good.md': post('title: Good\ndate: 2023-01-02'),
    })
    const content = site.load()
    expect(content.posts.map((p) => p.path)).toEqual(['/2023/01/02/good/'])
    const lines = content.problems.map((problem) => formatProblem(problem).replace(/^.*?content\//, 'content/'))
    expect(lines).toEqual([
      'content/posts/evil.md:4:6: error: front matter "url": "/\\\\evil.example/x/" starts with // or /\\, which a browser reads as another site; write url: as a path on this site, e.g. url: /2019/05/31/kubecon-recap/',
      'content/posts/tab.md:4:6: error: front matter "url": "/\\t/evil.example/x/" holds the invisible character U+0009, which browsers drop from addresses; write url: as a path on this site, e.g. url: /2019/05/31/kubecon-recap/',
    ])
  })

  it('refuses slugs a browser reads differently, at the slug line', () => {
    const lines = errors({
      'content/posts/a.md': post('title: A\ndate: 2023-01-01\nslug: "x\\\\y"'),
      'content/posts/b.md': post('title: B\ndate: 2023-01-01\nslug: "c#"'),
      'content/posts/c.md': post('title: C\ndate: 2023-01-01\nslug: "%2e%2e"'),
      'content/posts/d.md': post('title: D\ndate: 2023-01-01\nslug: ".."'),
      'content/posts/e.md': post('title: E\ndate: 2023-01-01\nslug: "a/../../b"'),
      'content/posts/f.md': post('title: F\ndate: 2023-01-01\nslug: "%252e%252e"'),
    })
    expect(lines).toHaveLength(6)
    for (const line of lines) expect(line).toMatch(/^content\/posts\/[a-f]\.md:4:7: error: path .* cannot be a page: .*; write slug: as a short name/)
  })

  it('refuses a C# title at the title line with the hint to set slug, as Hugo wrote an unreachable page for it', () => {
    expect(errors({ 'content/posts/cs.md': post('title: "C# tips"\ndate: 2023-01-01') })).toEqual([
      'content/posts/cs.md:2:8: error: path "/2023/01/01/c#-tips/" cannot be a page: it holds `#`, which ends the path in a browser; the address is made from the title: set slug: to a short name for it, e.g. slug: kubecon-recap',
    ])
  })

  it('keeps a short CJK title as Hugo names it, and asks for a slug when the title is too long for a file name', () => {
    site = makeSite({
      'content/posts/short.md': post('title: "日本語のタイトルです東京で開催されたカンファレンスのまとめ"\ndate: 2023-01-01'),
      'content/posts/long.md': post(`title: "${'東京'.repeat(40)}"\ndate: 2023-01-02`),
      'content/posts/slugged.md': post(`title: "${'東京'.repeat(40)}"\nslug: tokyo\ndate: 2023-01-03`),
    })
    const content = site.load()
    expect(content.posts.map((p) => p.path)).toEqual(['/2023/01/03/tokyo/', '/2023/01/01/日本語のタイトルです東京で開催されたカンファレンスのまとめ/'])
    expect(content.problems.map(formatProblem).map((line) => line.replace(/^.*?content\//, 'content/'))).toEqual([
      expect.stringMatching(/^content\/posts\/long\.md:2:8: error: path ".*…" cannot be a page: ".*…" is 240 bytes long; a page name holds at most 200; the address is made from the title: set slug:/),
    ])
  })

  it('blames the file name when the pattern takes it', () => {
    expect(errors({ 'content/permalinks.yml': '.: /:filename/\n', 'content/posts/a#b.md': post('title: Fine\ndate: 2023-01-01') })).toEqual([
      'content/posts/a#b.md:1: error: path "/a#b/" cannot be a page: it holds `#`, which ends the path in a browser; rename the file (or its folder) with letters, digits and -, or set url:',
    ])
  })

  it('refuses aliases a browser reads differently, and keeps the good ones', () => {
    site = makeSite({ 'content/posts/a.md': post('title: A\ndate: 2023-01-01\naliases: ["/\\\\evil.example/", "//evil.example/", "/x/%2e%2e/", "/old/", "older", "caf%C3%A9"]') })
    const content = site.load()
    expect(content.allPosts[0].aliases).toEqual(['/old/', '/2023/01/01/older/', '/2023/01/01/café/'])
    expect(content.problems.map((problem) => problem.reason)).toEqual([
      'alias "/\\\\evil.example/" starts with // or /\\, which a browser reads as another site',
      'alias "//evil.example/" starts with // or /\\, which a browser reads as another site',
      'alias "/x/%2e%2e/" holds an escaped `.`, `/` or `\\` (%2e, %2f, %5c), which a browser decodes',
    ])
    expect(content.problems.every((problem) => problem.line === 4)).toBe(true)
  })

  it('refuses a tag or an author id too long to name a page, at its line', () => {
    const lines = errors({
      'content/posts/a.md': post(`title: A\ndate: 2023-01-01\ntags: [fine, "${'t'.repeat(300)}"]\nauthor: "${'a'.repeat(300)}"`),
      'content/authors.yml': `${'b'.repeat(300)}:\n  name: Long\n`,
    })
    expect(lines).toEqual([
      expect.stringMatching(/^content\/authors\.yml:1: error: author id "b{37}…" cannot name a page: "b{57}…" is 300 bytes long; a page name holds at most 200; use a short id, e.g. ada$/),
      expect.stringMatching(/^content\/posts\/a\.md:4:7: error: tag "t{37}…" cannot name a page: .* is 300 bytes long; a page name holds at most 200; shorten the tag$/),
      expect.stringMatching(/^content\/posts\/a\.md:5:9: error: author id "a{37}…" cannot name a page: .* is 300 bytes long; a page name holds at most 200; shorten the author id$/),
    ])
  })
})
