import { afterEach, describe, expect, it } from 'vitest'
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { formatProblem } from '../../lib/content/problems'
import { loadContent } from '../../lib/content'
import { importHugoSite, type ImportOptions, type ImportReport } from './import'
import { formatImportReport } from './report'
import { describeWith } from '../../tests/helpers/external'
import { FIXTURES, hugoUrls, loadedUrls, makeProject, snapshot } from './test-helpers'

type Expected = { section: string; urls: Record<string, string>; aliases: Record<string, string> }
const expected = (site: string): Expected => JSON.parse(readFileSync(join(FIXTURES, site, 'expected-urls.json'), 'utf8'))

const projects: string[] = []
afterEach(() => {
  for (const dir of projects.splice(0)) rmSync(dir, { recursive: true, force: true })
})
function project(): string {
  const dir = makeProject()
  projects.push(dir)
  return dir
}
function run(projectDir: string, site = 'yaml-blog', options: Partial<ImportOptions> = {}): ImportReport {
  return importHugoSite({ siteDir: join(FIXTURES, site), projectDir, ...options })
}
const lines = (report: ImportReport) => report.problems.map(formatProblem)
/** Loaded URLs of the posts under `folder` of content/posts/, keyed as in the Hugo site. */
function urlsUnder(projectDir: string, folder: string): Record<string, string> {
  const { urls } = loadedUrls(projectDir)
  const prefix = folder ? `${folder}/` : ''
  return Object.fromEntries(
    Object.entries(urls)
      .filter(([file]) => file.startsWith(prefix) && file !== 'our-own-post.md')
      .map(([file, url]) => [file.slice(prefix.length), url]),
  )
}

describe('importHugoSite', () => {
  it('brings a YAML site over: posts in nested folders, static files, permalinks, and a report', () => {
    const dir = project()
    const report = run(dir)
    expect(report.section).toBe('blog')
    expect(report.configFiles).toEqual(['config.yaml'])
    expect(report.posts.map((post) => post.target).sort()).toEqual([
      'content/posts/2019/custom-url.md',
      'content/posts/2019/nested.md',
      'content/posts/first-post.md',
      'content/posts/multi-line-title.md',
      'content/posts/no-slug.md',
    ])
    expect(report.posts.every((post) => post.status === 'new')).toBe(true)
    // Byte for byte: nothing is converted.
    expect(readFileSync(join(dir, 'content/posts/first-post.md'))).toEqual(readFileSync(join(FIXTURES, 'yaml-blog/content/blog/first-post.md')))
    expect(existsSync(join(dir, 'public/uploads/first.png'))).toBe(true)
    expect(report.sectionPages).toEqual(['content/blog/_index.md'])
    expect(existsSync(join(dir, 'content/posts/_index.md'))).toBe(false)
    expect(report.skipped).toEqual([{ file: 'static/robots.txt', reason: 'recap generates this path itself' }])
    expect(readFileSync(join(dir, 'content/permalinks.yml'), 'utf8')).toContain('.: /:year/:month/:day/:slug/')
    expect(report.written).toBe(true)
  })

  it('counts shortcodes by name from their syntax: not in a /* comment */, yes in code blocks, closing tags apart', () => {
    const report = run(project())
    expect(Object.fromEntries(report.shortcodes)).toEqual({ tweet: 2, fig: 1, youtube: 1, note: 1 })
  })

  it('names the authors, and those content/authors.yml lacks', () => {
    const report = run(project())
    expect(report.authors).toEqual([
      { id: 'ada', posts: 1, isKnown: true },
      { id: 'casey', posts: 1, isKnown: false },
    ])
    expect(formatImportReport(report)).toContain('not in content/authors.yml: casey')
  })

  it('reports a link written without its scheme with its line and column', () => {
    const dir = project()
    const report = run(dir)
    expect(lines(report)).toContainEqual(
      expect.stringMatching(/content\/posts\/first-post\.md:22:10: warning: link "smi-spec\.org" has no scheme, so it leads to \/2019\/05\/12\/first-post\/smi-spec\.org on this site; write https:\/\/smi-spec\.org/),
    )
    // The real URL next to it is fine.
    expect(lines(report).join('\n')).not.toContain('linkerd.io/docs')
  })

  it('imports nothing twice: a second run changes no file', () => {
    const dir = project()
    run(dir)
    const before = snapshot(dir)
    const again = run(dir)
    expect(again.written).toBe(false)
    expect(again.conflicts).toBe(0)
    expect(new Set([...again.posts, ...again.statics].map((action) => action.status))).toEqual(new Set(['same']))
    expect(again.permalinks.map((entry) => entry.status)).toEqual(['same'])
    expect(snapshot(dir)).toEqual(before)
    expect(formatImportReport(again)).toContain('Nothing to do: everything is already here.')
  })

  it('refuses to overwrite a file that differs, names each conflict and writes nothing', () => {
    const dir = project()
    run(dir)
    appendFileSync(join(dir, 'content/posts/first-post.md'), '\nEdited after the import.\n')
    appendFileSync(join(dir, 'public/uploads/first.png'), 'x')
    const before = snapshot(dir)
    const report = run(dir)
    expect(report.conflicts).toBe(2)
    expect(report.written).toBe(false)
    expect(lines(report)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/content\/posts\/first-post\.md:1: error: a different file is already here .*; rerun with --force to replace it/),
        expect.stringMatching(/public\/uploads\/first\.png:1: error: a different file is already here/),
      ]),
    )
    expect(snapshot(dir)).toEqual(before)
  })

  it('replaces files that differ with --force', () => {
    const dir = project()
    run(dir)
    appendFileSync(join(dir, 'content/posts/first-post.md'), '\nEdited after the import.\n')
    const report = run(dir, 'yaml-blog', { force: true })
    expect(report.conflicts).toBe(0)
    expect(report.posts.find((post) => post.target.endsWith('first-post.md'))?.status).toBe('replace')
    expect(readFileSync(join(dir, 'content/posts/first-post.md'))).toEqual(readFileSync(join(FIXTURES, 'yaml-blog/content/blog/first-post.md')))
  })

  it('writes nothing on a dry run, and reports the same plan', () => {
    const dir = project()
    const before = snapshot(dir)
    const report = run(dir, 'yaml-blog', { dryRun: true })
    expect(report.posts).toHaveLength(5)
    expect(report.written).toBe(false)
    expect(snapshot(dir)).toEqual(before)
  })

  it('merges a second site with another pattern into a folder of its own', () => {
    const dir = project()
    run(dir)
    const second = run(dir, 'toml-notes', { into: 'notes' })
    expect(second.conflicts).toBe(0)
    expect(second.written).toBe(true)
    const permalinks = readFileSync(join(dir, 'content/permalinks.yml'), 'utf8')
    expect(permalinks).toContain('.: /:year/:month/:day/:slug/')
    // Imported into a folder named as the section, Hugo's :section means the same in recap.
    expect(permalinks).toContain('notes: /:section/:year/:slugorfilename/')
    const { urls, errors } = loadedUrls(dir)
    expect(errors).toEqual([])
    expect(urls['our-own-post.md']).toBe('/2018/01/01/our-own-post/')
    expect(urls['first-post.md']).toBe('/2019/05/12/first-post/')
    expect(urls['notes/Toml-Post.md']).toBe('/notes/2020/toml-post/')
  })

  it('will not move posts already in the project: a pattern for the top folder that differs is a conflict', () => {
    const dir = project()
    const report = run(dir, 'toml-notes', { into: '' })
    expect(report.written).toBe(false)
    expect(report.permalinks[0]).toMatchObject({ folder: '.', status: 'conflict' })
    expect(lines(report)).toContainEqual(
      expect.stringMatching(/content\/permalinks\.yml:1: error: imported posts in "\." need the pattern \/notes\/:year\/:slugorfilename\/, but 1 post already in content\/posts\/ would move \(e\.g\. content\/posts\/our-own-post\.md\); import with --into <folder>/),
    )
  })

  it('reads config/_default/ and the newer [permalinks.page] form', () => {
    const dir = project()
    const report = run(dir, 'config-dir', { into: 'dir-posts' })
    expect(report.configFiles).toEqual(['config/_default/hugo.toml', 'config/_default/permalinks.yaml'])
    expect(report.pattern.value).toBe('/p/:year/:slug/')
    expect(report.pattern.from).toContain('[permalinks.page] posts')
  })

  it('says which section to pick when none is named blog or posts', () => {
    const report = run(project(), 'json-articles', { section: 'nope' })
    expect(lines(report)).toContainEqual(expect.stringMatching(/error: no section "nope" in .*content; sections: articles/))
  })
})

describe('imported posts keep the URLs Hugo gave them', () => {
  it.each([
    ['yaml-blog', ''],
    ['toml-notes', 'notes'],
    ['json-articles', 'articles'],
  ])('%s, imported into content/posts/%s', (site, into) => {
    const dir = project()
    const report = run(dir, site, { into })
    expect(report.problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([])
    const want = expected(site)
    expect(urlsUnder(dir, into)).toEqual(want.urls)
    expect(loadedUrls(dir).aliases).toEqual(want.aliases)
  })

  it('keeps tags like HTTP/1 and Tutorials &amp; How-To\'s, with safe tag pages, and a date whose weekday is wrong', () => {
    const dir = project()
    run(dir)
    const content = loadContent({ contentDir: join(dir, 'content'), publicDir: join(dir, 'public'), visibility: { drafts: false, scheduled: false, isPreview: false }, now: Date.now() })
    const post = content.posts.find((candidate) => candidate.id === 'first-post')!
    expect(post.tags).toEqual([
      { name: 'HTTP/1', slug: 'http-1' },
      { name: "Tutorials & How-To's", slug: 'tutorials-and-how-tos' },
      { name: 'Linkerd', slug: 'linkerd' },
    ])
    // 'Linkerd' here and 'linkerd' in no-slug.md are one tag.
    expect(content.tags.find((tag) => tag.slug === 'linkerd')?.posts.map((p) => p.id).sort()).toEqual(['first-post', 'no-slug'])
    expect(post.date).toBe('2019-05-12T09:00:00.000Z')
  })

  it('keeps a page bundle whole beside its post, and the build serves its files at the post\'s URL', () => {
    const dir = project()
    const report = run(dir, 'json-articles', { into: 'articles' })
    expect(report.bundleFiles.map((file) => file.target)).toEqual(['content/posts/articles/bundled/diagram.png'])
    expect(existsSync(join(dir, 'content/posts/articles/bundled/diagram.png'))).toBe(true)
    const content = loadContent({ contentDir: join(dir, 'content'), publicDir: join(dir, 'public'), visibility: { drafts: false, scheduled: false, isPreview: false }, now: Date.now() })
    expect(content.bundleFiles.get('/articles/bundled/diagram.png')).toMatchObject({ file: join(dir, 'content/posts/articles/bundled/diagram.png'), isVisible: true })
  })

  it('config/_default/ with [permalinks.page], and a section with no pattern at all', () => {
    const dir = project()
    run(dir, 'config-dir', { into: 'dir-posts' })
    run(dir, 'config-dir', { section: 'docs', into: 'docs' })
    const want = (JSON.parse(readFileSync(join(FIXTURES, 'config-dir', 'expected-urls.json'), 'utf8')) as { sections: Record<string, Record<string, string>> }).sections
    expect(urlsUnder(dir, 'dir-posts')).toEqual(want.posts)
    expect(urlsUnder(dir, 'docs')).toEqual(want.docs)
  })

  describeWith([{ kind: 'hugo' }], 'against Hugo itself', () => {
    it.each(['yaml-blog', 'toml-notes', 'json-articles'])('hugo itself still agrees with %s/expected-urls.json', (site) => {
      const want = expected(site)
      expect(hugoUrls(site, want.section)).toEqual({ urls: want.urls, aliases: want.aliases })
    })
  })
})

describe('Hugo series', () => {
  it("maps Hugo's `series` taxonomy (a list) and `series_weight` onto recap's series", () => {
    const dir = project()
    const site = mkdtempSync(join(tmpdir(), 'recap-hugo-series-'))
    projects.push(site)
    writeFileSync(join(site, 'config.yaml'), 'baseURL: https://example.org/\ntitle: Series\npermalinks:\n  post: /:year/:month/:day/:slug/\ntaxonomies:\n  tag: tags\n  series: series\n')
    mkdirSync(join(site, 'content', 'post'), { recursive: true })
    const post = (file: string, title: string, date: string, extra: string) =>
      writeFileSync(join(site, 'content', 'post', file), `---\ntitle: "${title}"\ndate: ${date}\nseries: ["KubeCon EU 2019 day by day"]\n${extra}---\n\nText.\n`)
    post('day-2.md', 'Day 2', '2019-05-21', 'series_weight: 2\n')
    post('day-1.md', 'Day 1', '2019-05-22', 'series_weight: 1\n')
    post('day-3.md', 'Day 3', '2019-05-23', '')
    const report = importHugoSite({ siteDir: site, projectDir: dir })
    expect(report.problems.filter((problem) => problem.severity === 'error')).toEqual([])
    const content = loadContent({ contentDir: join(dir, 'content'), publicDir: join(dir, 'public'), visibility: { drafts: false, scheduled: false, isPreview: false }, now: Date.now() })
    expect(content.series.map((series) => ({ name: series.name, parts: series.posts.map((part) => part.title) }))).toEqual([
      { name: 'KubeCon EU 2019 day by day', parts: ['Day 1', 'Day 2', 'Day 3'] },
    ])
  })
})
