import { describe, it, expect, afterEach } from 'vitest'
import { join } from 'node:path'
import { loadContent, resolvePostReference } from './'
import { compilePost } from '../markdown/pipeline'
import { formatProblem } from './problems'
import { makeSite, post, preview, production, type TempSite } from '@/tests/helpers/content-dir'

let site: TempSite | undefined
afterEach(() => {
  site?.cleanup()
  site = undefined
})
const errorsOf = (content: ReturnType<TempSite['load']>) =>
  content.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p).replace(/^.*?content\//, 'content/'))

describe('permalinks', () => {
  it('takes the permalink day from the date as written, in its own offset', () => {
    site = makeSite({
      'content/posts/tokyo.md': post(`title: Tokyo\ndate: 2019-05-21T01:00:00+09:00`),
      'content/posts/rfc.md': post(`title: RFC\ndate: Fri, 31 May 2019 23:30:00 -0700`),
      'content/posts/plain.md': post(`title: Plain\ndate: 2023-05-01`),
      'content/posts/quoted.md': post(`title: Quoted\ndate: "2023-12-31"`),
    })
    const paths = Object.fromEntries(site.load().posts.map((p) => [p.id, p.path]))
    expect(paths).toEqual({
      tokyo: '/2019/05/21/tokyo/',
      rfc: '/2019/05/31/rfc/',
      plain: '/2023/05/01/plain/',
      quoted: '/2023/12/31/quoted/',
    })
  })

  it('uses slug verbatim (dots included), else the urlized title, and honours url', () => {
    site = makeSite({
      'content/posts/a.md': post(`title: Announcing Linkerd 2.3\nslug: announcing-linkerd-2.3\ndate: 2019-04-16`),
      'content/posts/b.md': post(`title: 'Linkerd at KubeCon EU 2019: Benchmarks, SMI, VSCode, and more'\ndate: Fri, 31 May 2019 09:00:00 +0000`),
      'content/posts/c.md': post(`title: About\ndate: 2019-01-01\nurl: /about-us`),
    })
    const paths = site.load().posts.map((p) => p.path).sort()
    expect(paths).toEqual([
      '/2019/04/16/announcing-linkerd-2.3/',
      '/2019/05/31/linkerd-at-kubecon-eu-2019-benchmarks-smi-vscode-and-more/',
      '/about-us/',
    ])
  })

  it('applies a folder pattern from content/permalinks.yml to nested posts', () => {
    site = makeSite({
      'content/permalinks.yml': 'news: /news/:year/:slug/\n',
      'content/posts/news/2019/launch.md': post(`title: Launch\ndate: 2019-03-01`),
      'content/posts/other.md': post(`title: Other\ndate: 2019-03-02`),
    })
    const paths = Object.fromEntries(site.load().posts.map((p) => [p.id, p.path]))
    expect(paths).toEqual({ 'news/2019/launch': '/news/2019/launch/', other: '/2019/03/02/other/' })
  })

  it('reads TOML front matter', () => {
    site = makeSite({ 'content/posts/t.md': '+++\ntitle = "TOML post"\ndate = 2019-05-21T01:00:00+09:00\ntags = ["x"]\n+++\n\nBody\n' })
    const [only] = site.load().posts
    expect(only).toMatchObject({ title: 'TOML post', path: '/2019/05/21/toml-post/', tags: [{ name: 'x', slug: 'x' }] })
  })

  it('accepts a byte order mark and CRLF line ends, keeping line numbers', () => {
    site = makeSite({ 'content/posts/w.md': '\uFEFF---\r\ntitle: Windows\r\ndate: 2019-01-01\r\n---\r\n\r\nLine five\r\n' })
    const [only] = site.load().posts
    expect(only.title).toBe('Windows')
    expect(only.body.split('\n')[5]).toBe('Line five')
  })
})

describe('tags', () => {
  it('merges tags case-insensitively under their most common spelling, decoding entities', () => {
    site = makeSite({
      'content/posts/1.md': post(`title: One\ndate: 2019-01-01\ntags: [Linkerd, linkerd, "Tutorials &amp; How-To's"]`),
      'content/posts/2.md': post(`title: Two\ndate: 2019-01-02\ntags: [Linkerd, HTTP/1]`),
      'content/posts/3.md': post(`title: Three\ndate: 2019-01-03\ntags: [linkerd]`),
      'content/posts/4.md': post(`title: Four\ndate: 2019-01-04\ntags: [LINKERD]`),
    })
    const content = site.load()
    expect(content.tags.map((t) => [t.name, t.slug, t.posts.length])).toEqual([
      ['Linkerd', 'linkerd', 4],
      ['HTTP/1', 'http-1', 1],
      ["Tutorials & How-To's", 'tutorials-and-how-tos', 1],
    ])
    // A post's own tags show the canonical spelling, once.
    expect(content.posts.find((p) => p.id === '1')!.tags.map((t) => t.name)).toEqual(['Linkerd', "Tutorials & How-To's"])
  })
})

describe('drafts, scheduled posts and order', () => {
  const files = {
    'content/posts/old.md': post(`title: Old\ndate: 2019-01-01`),
    'content/posts/new.md': post(`title: New\ndate: 2020-06-01T10:00:00+02:00`),
    'content/posts/draft.md': post(`title: Draft\ndate: 2020-01-01\ndraft: true\ntags: [secret-tag]`),
    'content/posts/future.md': post(`title: Future\ndate: 2099-01-01`),
    'content/posts/same-day.md': post(`title: Same day\ndate: 2020-06-01T09:00:00+02:00`),
  }

  it('leaves drafts and scheduled posts out of production builds, tags included', () => {
    site = makeSite(files)
    const content = site.load({ visibility: production })
    expect(content.posts.map((p) => p.title)).toEqual(['New', 'Same day', 'Old'])
    expect(content.tags.map((t) => t.name)).not.toContain('secret-tag')
    expect(content.allPosts).toHaveLength(5)
  })

  it('shows drafts and scheduled posts in previews, newest first', () => {
    site = makeSite(files)
    const content = site.load({ visibility: preview })
    expect(content.posts.map((p) => p.title)).toEqual(['Future', 'New', 'Same day', 'Draft', 'Old'])
    expect(content.posts.find((p) => p.title === 'Future')!.scheduled).toBe(true)
    expect(content.posts.find((p) => p.title === 'Draft')!.draft).toBe(true)
  })
})

describe('authors and events', () => {
  it('resolves authors from content/authors.yml and keeps unknown ids as written, with a warning', () => {
    site = makeSite({
      'content/authors.yml': 'ada:\n  name: Ada Park\n',
      'content/posts/a.md': post(`title: A\ndate: 2019-01-01\nauthor: [ada, casey]`),
    })
    const content = site.load()
    expect(content.authors.map((a) => [a.id, a.name, a.isKnown])).toEqual([
      ['ada', 'Ada Park', true],
      ['casey', 'casey', false],
    ])
    expect(content.problems.map(formatProblem)).toContainEqual(expect.stringMatching(/a\.md:4: warning: unknown author "casey"; add casey to content\/authors\.yml$/))
  })

  it('groups recaps by event, latest event first', () => {
    site = makeSite({
      'content/posts/a.md': post(`title: A\ndate: 2019-05-25\nevent: { name: KubeCon EU 2019, location: Barcelona, start: 2019-05-20, end: 2019-05-23 }`),
      'content/posts/b.md': post(`title: B\ndate: 2019-05-26\nevent: { name: KubeCon EU 2019 }`),
      'content/posts/c.md': post(`title: C\ndate: 2019-12-01\nevent: { name: KubeCon NA 2019, start: 2019-11-18 }`),
    })
    const events = site.load().events
    expect(events.map((e) => [e.name, e.location, e.posts.map((p) => p.title)])).toEqual([
      ['KubeCon NA 2019', undefined, ['C']],
      ['KubeCon EU 2019', 'Barcelona', ['B', 'A']],
    ])
  })
})

describe('bad content', () => {
  it('reports each bad file with its line and keeps every good post', () => {
    site = makeSite({
      'content/posts/good.md': post(`title: Good\ndate: 2019-01-01`),
      'content/posts/no-title.md': post(`date: 2019-01-01`),
      'content/posts/bad-date.md': post(`title: Bad date\ndate: May 3rd`),
      'content/posts/bad-yaml.md': post(`title: Colon: inside\ndate: 2019-01-01`),
      'content/posts/bad-tags.md': post(`title: Tags\ndate: 2019-01-01\ntags: { a: 1 }`),
      'content/posts/empty.md': '',
      'content/posts/no-front-matter.md': 'Just text\n',
    })
    const content = site.load()
    expect(content.posts.map((p) => p.title)).toEqual(['Good'])
    expect(errorsOf(content).sort()).toEqual([
      'content/posts/bad-date.md:3:7: error: front matter "date": "May 3rd" is not a date; write 2023-05-03 or Wed, 03 May 2023 09:00:00 +0000',
      'content/posts/bad-tags.md:4:7: error: front matter "tags": {"a":1} is not a list of strings; write tags: [kubecon, linkerd]',
      'content/posts/bad-yaml.md:2:8: error: front matter is not valid YAML: Nested mappings are not allowed in compact mappings; quote values that contain ": " or start with [ { * & ! | > \' " % @ `',
      'content/posts/empty.md:1: error: file is empty; start it with front matter: ---, title: …, date: …, ---, then the text',
      'content/posts/no-front-matter.md:1: error: no front matter; start the file with ---, title: …, date: …, --- (YAML) or +++ … +++ (TOML)',
      'content/posts/no-title.md:1: error: front matter has no "title"; write title: "KubeCon EU 2019 recap"',
    ])
  })

  it('names both files when two posts claim one URL', () => {
    site = makeSite({
      'content/posts/first.md': post(`title: Same\ndate: 2019-01-01`),
      'content/posts/second.md': post(`title: Same\ndate: 2019-01-01T12:00:00Z`),
    })
    expect(errorsOf(site.load())).toEqual([
      expect.stringMatching(/^content\/posts\/(first|second)\.md:2: error: URL \/2019\/01\/01\/same\/ is also the URL of .*content\/posts\/(first|second)\.md; give one of the two posts another slug, date or url$/),
    ])
  })
})

describe('ref targets', () => {
  it('finds a post by file name, with or without extension, section or anchor', () => {
    site = makeSite({ 'content/posts/guides/smi.md': post(`title: SMI\ndate: 2019-05-24`) })
    const { posts } = site.load()
    for (const target of ['smi', 'smi.md', 'guides/smi.md', '/blog/guides/smi.md', 'smi.md#the-spec']) {
      expect(resolvePostReference(target, posts)?.post.path, target).toBe('/2019/05/24/smi/')
    }
    expect(resolvePostReference('smi.md#the-spec', posts)?.anchor).toBe('the-spec')
    expect(resolvePostReference('nope', posts)).toBeUndefined()
  })
})

describe('the real content/ folder', () => {
  it('loads and compiles every post without errors', async () => {
    const root = process.cwd()
    const content = loadContent({ contentDir: join(root, 'content'), publicDir: join(root, 'public'), visibility: preview, now: Date.now() })
    const problems = [...content.problems]
    const context = {
      resolveRef: (target: string) => resolvePostReference(target, content.posts)?.post.path,
      publicDir: join(root, 'public'),
    }
    for (const p of content.posts) problems.push(...(await compilePost(p, context)).problems)
    const errors = problems.filter((p) => p.severity === 'error').map(formatProblem)
    expect(errors.join('\n')).toBe('')
    expect(content.posts.length).toBeGreaterThanOrEqual(4)
  })
})
