import { afterAll, describe, expect, it } from 'vitest'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadContent, type SiteContent } from '../../lib/content'
import { formatProblem } from '../../lib/content/problems'
import { compilePost, contextFor } from '../../lib/markdown/pipeline'
import { renderToHtml } from '../../tests/helpers/pipeline'
import { describeWith } from '../../tests/helpers/external'
import { importHugoSite, type ImportOptions, type ImportReport } from './import'
import { formatImportReport } from './report'
import { FIXTURES, hugoUrls, makeProject } from './test-helpers'

// Hugo's rules on two small sites of today's and yesterday's shapes: a classic content/posts/ blog
// with a theme and TOML/YAML/JSON front matter, and a Hugo 0.12x site with page bundles, year
// sections, a content mount and params: front matter.

type Expected = { section: string; urls: Record<string, string>; aliases: Record<string, string>; hidden?: Record<string, string>; sections?: Record<string, string> }
const expected = (site: string): Expected => JSON.parse(readFileSync(join(FIXTURES, site, 'expected-urls.json'), 'utf8'))

const projects: string[] = []
afterAll(() => {
  for (const dir of projects) rmSync(dir, { recursive: true, force: true })
})
function imported(site: string, options: Partial<ImportOptions> = {}): { dir: string; report: ImportReport } {
  const dir = makeProject()
  projects.push(dir)
  const report = importHugoSite({ siteDir: join(FIXTURES, site), projectDir: dir, ...options })
  return { dir, report }
}
const load = (dir: string, shown: 'production' | 'preview' = 'preview'): SiteContent =>
  loadContent({
    contentDir: join(dir, 'content'),
    publicDir: join(dir, 'public'),
    visibility: shown === 'preview' ? { drafts: true, scheduled: true, expired: true, isPreview: true } : { drafts: false, scheduled: false, expired: false, isPreview: false },
    now: Date.parse('2024-06-01T00:00:00Z'),
  })
const errorsOf = (report: ImportReport) => report.problems.filter((problem) => problem.severity === 'error').map(formatProblem)
/** URLs of imported posts under content/posts/<folder>/, keyed as in the Hugo site. */
function urlsOf(content: SiteContent, folder: string): Record<string, string> {
  const prefix = `content/posts/${folder}/`
  return Object.fromEntries(
    content.posts.filter((post) => post.filePath.includes(prefix)).map((post) => [post.filePath.split(prefix)[1], post.path]),
  )
}
async function compiled(content: SiteContent, dir: string, id: string) {
  const post = content.allPosts.find((candidate) => candidate.id === id)!
  const context = contextFor(content, { publicDir: join(dir, 'public'), contentDir: join(dir, 'content'), includeHidden: true })
  const result = await compilePost(post, context)
  return { post, result, html: await renderToHtml(post, context) }
}

describe('a classic blog: content/posts/, a theme, TOML, YAML and JSON front matter', () => {
  const { dir, report } = imported('classic-posts')
  const content = load(dir)

  it('imports beside the project\'s own posts, into a folder named after the section, where Hugo\'s pattern applies', () => {
    expect(errorsOf(report)).toEqual([])
    expect(report.into).toBe('posts')
    expect(readFileSync(join(dir, 'content/permalinks.yml'), 'utf8')).toContain('posts: /:year/:month/:title/')
    expect(urlsOf(load(dir, 'production'), 'posts')).toEqual(expected('classic-posts').urls)
    expect(content.allPosts.find((post) => post.id === 'our-own-post')?.path).toBe('/2018/01/01/our-own-post/')
  })

  it('leaves drafts, future and expired posts out of production builds, as Hugo does, and shows them in previews', () => {
    const production = load(dir, 'production')
    const hidden = Object.keys(expected('classic-posts').hidden ?? {})
    for (const file of hidden) expect(production.posts.some((post) => post.filePath.endsWith(`posts/${file}`)), file).toBe(false)
    const preview = load(dir, 'preview')
    const state = (file: string) => {
      const post = preview.allPosts.find((candidate) => candidate.filePath.endsWith(`posts/${file}`))!
      return post.draft ? 'draft' : post.scheduled ? 'future' : post.expired ? 'expired' : 'published'
    }
    expect(Object.fromEntries(hidden.map((file) => [file, state(file)]))).toEqual(expected('classic-posts').hidden)
  })

  it('reads keys in any case, JSON front matter, publishDate for a missing date, images and featured_image as covers', () => {
    const byFile = (file: string) => content.allPosts.find((post) => post.filePath.endsWith(`posts/${file}`))!
    expect(byFile('yaml-front.md')).toMatchObject({ title: 'Typed front matter', thumbnail: '/images/cover.png', keywords: ['front matter', 'yaml'], description: 'A summary written by hand.' })
    expect(byFile('yaml-front.md').aliases).toEqual(['/2021/03/old-typed/', '/legacy/typed.html/'])
    expect(byFile('json-front.md')).toMatchObject({ title: 'JSON front matter', thumbnail: '/images/cover.png', date: '2021-04-05T08:30:00.000Z' })
    expect(byFile('publish-date-only.md')).toMatchObject({ date: '2020-12-24T00:00:00.000Z', publishDate: '2020-12-24T00:00:00.000Z' })
  })

  it('brings the authors of data/authors.yaml and params.authors beside the project\'s own, matches a name, and shows free text as written', () => {
    const authors = readFileSync(join(dir, 'content/authors.yml'), 'utf8')
    // The project's own entries stay as they are; a bare file name is found under static/.
    expect(authors).toContain('ada:\n  name: Ada Park\nsam:\n  name: Sam Okafor\n')
    expect(authors).toContain('lovelace:\n  name: Ada Lovelace\n  avatar: /img/people/ada.png\n  bio: Writes about engines.')
    expect(authors).toContain('grace:\n  name: Grace Hopper\n  links:\n    twitter: https://twitter.com/gracehopper')
    const byFile = (file: string) => content.allPosts.find((post) => post.filePath.endsWith(`posts/${file}`))!
    expect(byFile('yaml-front.md').authorIds).toEqual(['grace', 'ada'])
    expect(byFile('json-front.md').authors).toEqual([{ credit: [{ text: 'Nobody In Particular' }] }])
    expect(content.problems.filter((problem) => problem.rule === 'unknown-author')).toEqual([])
  })

  it('writes a guess for each of the site\'s and the theme\'s shortcodes to content/shortcodes.yml, with a line each in the report', () => {
    const shortcodes = readFileSync(join(dir, 'content/shortcodes.yml'), 'utf8')
    expect(shortcodes).toContain('# themes/plain/layouts/shortcodes/callout.html: its template wraps its content in a note box\ncallout: Note')
    expect(shortcodes).toContain('spacer: nothing')
    expect(shortcodes).toContain('badge:\n  html: <a href="/2021/03/typed-front-matter/" title="Read more"><span>Featured</span></a>')
    expect(shortcodes).toContain('gallery: ask')
    const printed = formatImportReport(report)
    expect(printed).toMatch(/gallery -> ask \(written to content\/shortcodes\.yml\): layouts\/shortcodes\/gallery\.html: its template does more than recap can guess/)
    expect(readFileSync(join(dir, 'content/params.yml'), 'utf8')).toContain('subtitle: Notes from the [classic](https://classic.example.org/) blog')
  })

  it('renders figure (Markdown caption and attribution), highlight, gist, instagram, param and the site\'s own shortcodes', async () => {
    const { result, html } = await compiled(content, dir, 'posts/toml-front')
    expect(result.problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([])
    expect(html).toContain('<a href="https://example.org/engine"')
    expect(html).toMatch(/<em>work<\/em>/)
    expect(html).toMatch(/<a href="https:\/\/example\.org\/ada"[^>]*>Photo: Ada<\/a>/)
    expect(html).toMatch(/<code class="hljs language-go">/)
    expect(html).toContain('data-component="gist"')
    expect(html).toContain('href="https://www.instagram.com/p/BWNjjyYFxVx/"')
    // callout -> Note, with its Markdown; spacer -> nothing; badge -> its HTML.
    expect(html).toMatch(/data-component="note"[\s\S]*<strong>bold<\/strong> callout/)
    expect(html).toMatch(/<a title="Read more" href="\/2021\/03\/typed-front-matter\/?"><span>Featured<\/span><\/a>/)
    expect(html).not.toMatch(/\{\{[<%]/)
    const json = await compiled(content, dir, 'posts/json-front')
    // {{< param >}} prints the value as HTML: its Markdown stays text, as in Hugo (GFM still links the bare URL).
    expect(json.html).toMatch(/Notes from the \[classic\]\((<a [^>]*>)?https:\/\/classic\.example\.org\/(<\/a>)?\) blog/)
  })

  it('makes a shortcode content/shortcodes.yml has not decided (ask) an error naming the file, and an unknown one too', async () => {
    const post = content.allPosts.find((candidate) => candidate.id === 'posts/toml-front')!
    const context = contextFor(content, { publicDir: join(dir, 'public'), contentDir: join(dir, 'content'), includeHidden: true })
    const asking = { ...post, body: `${post.body}\n\n{{< gallery dir="images" >}}\n\n{{< speakerdeck 1 >}}\n` }
    const lines = (await compilePost(asking, context)).problems.filter((problem) => problem.severity === 'error').map(formatProblem)
    expect(lines).toEqual([
      expect.stringMatching(/toml-front\.md:\d+:1: error: shortcode `gallery` has no rendering yet: content\/shortcodes\.yml line \d+ says ask; write nothing, inner, a component/),
      expect.stringMatching(/toml-front\.md:\d+:1: error: unknown shortcode `speakerdeck`; known: .*say what a site's own shortcode becomes in content\/shortcodes\.yml/),
    ])
  })

  describeWith([{ kind: 'hugo' }], 'against Hugo itself', () => {
    it('hugo agrees with classic-posts/expected-urls.json', () => {
      const want = expected('classic-posts')
      expect(hugoUrls('classic-posts', want.section)).toEqual({ urls: want.urls, aliases: want.aliases })
    })
  })
})

describe('a Hugo 0.12x blog: a content mount, year sections, page bundles, params: front matter', () => {
  const { dir, report } = imported('modern-bundles')
  const content = load(dir)

  it('finds the section through module mounts, keeps folders as Hugo\'s sections, and Hugo\'s default permalinks', () => {
    expect(errorsOf(report)).toEqual([])
    expect(report.section).toBe('blog')
    expect(report.into).toBe('blog')
    expect(readFileSync(join(dir, 'content/permalinks.yml'), 'utf8')).toContain('blog: /:sections/:slugorfilename/')
    expect(urlsOf(content, 'blog')).toEqual(expected('modern-bundles').urls)
    expect(report.sectionPages).toEqual(['content/en/blog/_index.md'])
    expect(report.sections.map((action) => action.target).sort()).toEqual(['content/posts/blog/2022/_index.md', 'content/posts/blog/2023/_index.md'])
  })

  it('lists year sections at their folder\'s path, titled by their _index.md, with their posts', () => {
    expect(Object.fromEntries(content.sections.map((section) => [section.path, section.title]))).toEqual(expected('modern-bundles').sections)
    expect(content.sections.find((section) => section.path === '/blog/2022/')?.posts.map((post) => post.path)).toEqual(['/blog/2022/flat-post/', '/blog/2022/first-bundle/'])
  })

  it('keeps bundles whole: their files are served at the post\'s URL, and a cover.* or *featured* file is the cover', () => {
    expect(existsSync(join(dir, 'content/posts/blog/2022/first-bundle/media/anim.gif'))).toBe(true)
    expect(existsSync(join(dir, 'public/blog'))).toBe(false)
    const files = [...content.bundleFiles.keys()].filter((path) => path.startsWith('/blog/2022/first-bundle/')).sort()
    expect(files).toEqual(
      ['PHOTO.JPG', 'clip.webm', 'cover.png', 'diagram.svg', 'media/anim.gif', 'pack.zip', 'photo.avif', 'photo.webp'].map((name) => `/blog/2022/first-bundle/${name}`),
    )
    const byId = (id: string) => content.allPosts.find((post) => post.id === id)!
    expect(byId('blog/2022/first-bundle')).toMatchObject({ thumbnail: '/blog/2022/first-bundle/cover.png', title: 'A page bundle', linkTitle: 'Bundle' })
    expect(byId('blog/2023/second').thumbnail).toBe('/blog/2023/second/featured.png')
  })

  it('reads params: authors by name (a list of them too) and as free text, and canonicalURL', () => {
    const byId = (id: string) => content.allPosts.find((post) => post.id === id)!
    expect(byId('blog/2022/first-bundle').authorIds).toEqual(['ada'])
    expect(byId('blog/2022/flat-post').authorIds).toEqual(['ada', 'sam'])
    expect(byId('blog/2022/flat-post').canonicalUrl).toBe('https://elsewhere.example/original/')
    expect(byId('blog/2023/second').authors).toEqual([{ credit: [{ text: 'Sam Okafor', url: 'https://github.com/sam' }, { text: ' (Example Inc)' }] }])
  })

  it('renders the bundle: relative images with their sizes (SVG with a long prolog, upper-case JPEG, WebP, AVIF, GIF), files, page links and refs', async () => {
    const { result, html } = await compiled(content, dir, 'blog/2022/first-bundle')
    expect(result.problems.map(formatProblem)).toEqual([])
    const base = '/blog/2022/first-bundle/'
    expect(html).toContain(`src="${base}diagram.svg" alt="A diagram" width="761" height="421"`)
    expect(html).toContain(`src="${base}PHOTO.JPG" alt="Upper case" width="30" height="20"`)
    expect(html).toContain(`src="${base}media/anim.gif" alt="Animated" width="10" height="10"`)
    expect(html).toContain(`src="${base}photo.webp" alt="WebP" width="32" height="16"`)
    expect(html).toContain(`src="${base}photo.avif" alt="AVIF" width="24" height="12"`)
    // A <video> of the bundle's own clip plays it (next/link drops trailing slashes outside Next).
    expect(html).toContain(`<source src="${base}clip.webm" type="video/webm"/>`)
    expect(html).toContain(`href="${base}pack.zip"`)
    expect(html).toMatch(/href="\/blog\/2022\/flat-post\/?">the flat post<\/a>/)
    expect(html).toMatch(/href="\/blog\/2022\/flat-post\/?">its file<\/a>/)
    expect(html).toMatch(/href="\/blog\/2023\/?">2023 posts<\/a>/)
    expect(html).toMatch(/href="\/blog\/2023\/second\/?#part-two">/)
    // A figure with {{% %}}: its caption is Markdown.
    expect(html).toMatch(/<figcaption[\s\S]*<a href="https:\/\/example\.org\/"[^>]*>link<\/a>/)
    // The site's own shortcode with a slash in its name, as its template printed it.
    expect(html).toMatch(/<a href="\/blog\/2023\/second\/?">New here\?<\/a>/)
    // Commented out, as in Hugo: in an HTML comment, and in {{< comment >}}.
    expect(html).not.toMatch(/gone\.png|Not shown|\{\{/)
  })

  it('prints a site param inside a footnote as Markdown, and reports links to the old site once', async () => {
    const { result, html } = await compiled(content, dir, 'blog/2022/flat-post')
    expect(html).toContain('<a href="https://docs.docker.com/compose/"')
    expect(result.problems.map((problem) => problem.rule)).toEqual(['outside-link', 'outside-link'])
    const outside = report.problems.filter((problem) => problem.rule === 'outside-link').map(formatProblem)
    expect(outside).toEqual([expect.stringMatching(/flat-post\.md:8:\d+: warning: 2 links in 1 post lead to pages of the old site that are not in this import \(\/docs\/ 2\); import with --external-base/)])
  })

  it('with --external-base, points those links at the old site, and a second run changes nothing', () => {
    const { dir: other, report: first } = imported('modern-bundles', { externalBase: 'https://modern.example.org' })
    expect(first.outsideLinks).toMatchObject({ count: 2, rewritten: 2 })
    const text = readFileSync(join(other, 'content/posts/blog/2022/flat-post.md'), 'utf8')
    expect(text).toContain('[the setup docs](https://modern.example.org/docs/setup/) and [the FAQ](https://modern.example.org/docs/faq/)')
    const again = importHugoSite({ siteDir: join(FIXTURES, 'modern-bundles'), projectDir: other, externalBase: 'https://modern.example.org' })
    expect(again.written).toBe(false)
    expect(again.conflicts).toBe(0)
  })

  describeWith([{ kind: 'hugo' }], 'against Hugo itself', () => {
    it('hugo agrees with modern-bundles/expected-urls.json', () => {
      const want = expected('modern-bundles')
      expect(hugoUrls('modern-bundles', want.section)).toEqual({ urls: want.urls, aliases: want.aliases })
    })
  })
})

describe('a site with a post recap cannot read', () => {
  it('imports every other post, and reports the bad one at its line', () => {
    const site = mkdtempSync(join(tmpdir(), 'recap-bad-site-'))
    projects.push(site)
    cpSync(join(FIXTURES, 'classic-posts'), site, { recursive: true })
    writeFileSync(join(site, 'content/posts/broken.md'), '---\ntitle: Broken\ndate: 2021-01-01\ntags: [unclosed\n---\n\nText.\n')
    const dir = makeProject()
    projects.push(dir)
    const report = importHugoSite({ siteDir: site, projectDir: dir })
    expect(report.written).toBe(true)
    expect(errorsOf(report)).toEqual([expect.stringMatching(/content\/posts\/posts\/broken\.md:\d+(:\d+)?: error: front matter is not valid YAML/)])
    expect(Object.keys(urlsOf(load(dir, 'production'), 'posts')).sort()).toEqual(Object.keys(expected('classic-posts').urls).sort())
  })
})
