import { describe, expect, it } from 'vitest'
import { editPath, expandPermalink, feedPaths, isReservedPath, siteFolders, permalinkSlug, searchIndexPath, tagFeedPaths, type PermalinkFields } from './routes'

const post = (fields: Partial<PermalinkFields>): PermalinkFields => ({
  day: { year: 2019, month: 2, day: 3 },
  title: 'A title',
  filename: 'a-file',
  section: '',
  ...fields,
})

describe('expandPermalink', () => {
  // Expected paths are the ones Hugo 0.111 wrote for the same fields and pattern.
  it('fills the default Hugo pattern with the written day and the slug', () => {
    expect(expandPermalink('/:year/:month/:day/:slug/', post({ slug: 'linkerd-benchmarks' }))).toBe(
      '/2019/02/03/linkerd-benchmarks/',
    )
  })

  it('urlizes a slug as Hugo does, outer hyphens trimmed', () => {
    expect(expandPermalink('/:slug/', post({ slug: '  Spaced  Slug  ' }))).toBe('/spaced-slug/')
    expect(expandPermalink('/:slug/', post({ slug: '---a---b---' }))).toBe('/a---b/')
    expect(expandPermalink('/:year/:month/:day/:slug/', post({ slug: 'My Slug', day: { year: 2019, month: 5, day: 31 } }))).toBe(
      '/2019/05/31/my-slug/',
    )
  })

  it('falls back to the urlized title, keeping a slash in it', () => {
    expect(expandPermalink('/:year/:month/:day/:slug/', post({ title: 'Hello, World! Ça va? HTTP/1 & Friends' }))).toBe(
      '/2019/02/03/hello-world-ça-va-http/1-friends/',
    )
  })

  it('uses the file name for :slugorfilename only when there is no slug', () => {
    expect(expandPermalink('/news/:slugorfilename/', post({ filename: 'First-Post', title: 'No slug news' }))).toBe('/news/first-post/')
    expect(expandPermalink('/news/:slugorfilename/', post({ filename: 'second', slug: 'Sluggy' }))).toBe('/news/sluggy/')
  })

  it('writes month names in lower case and the day of the year unpadded', () => {
    const fields = post({ filename: 'Some_File', title: "A  --  Title: with 'quotes' @home 50% off a/b", section: 'misc' })
    expect(expandPermalink('/:section/:monthname/:yearday/:filename/:title/', fields)).toBe(
      '/misc/february/34/some_file/a--title-with-quotes-@home-50-off-a/b/',
    )
    expect(expandPermalink('/:weekday/:weekdayname/', fields)).toBe('/0/sunday/')
  })

  it('reads + as a space and decodes %XX in the expanded path, as Hugo does', () => {
    expect(expandPermalink('/:slug/', post({ title: 'C++ & C# tips' }))).toBe('/c-c#-tips/')
    expect(expandPermalink('/:slug/', post({ title: 'x+y' }))).toBe('/x-y/')
    expect(expandPermalink('/:slug/', post({ title: '%41%42' }))).toBe('/ab/')
  })
})

describe('permalinkSlug', () => {
  it('is the slug when there is one, else the title', () => {
    expect(permalinkSlug({ slug: 'smi', title: 'Linkerd and SMI' })).toBe('smi')
    expect(permalinkSlug({ title: 'Linkerd and SMI' })).toBe('linkerd-and-smi')
  })
})

describe('reader features', () => {
  it('puts the three feed formats beside any page', () => {
    expect(feedPaths()).toEqual({ rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' })
    expect(tagFeedPaths({ slug: 'smi' })).toEqual({ rss: '/tags/smi/feed.xml', atom: '/tags/smi/atom.xml', json: '/tags/smi/feed.json' })
    expect(feedPaths('/events/kubecon-eu-2019')).toEqual({ rss: '/events/kubecon-eu-2019/feed.xml', atom: '/events/kubecon-eu-2019/atom.xml', json: '/events/kubecon-eu-2019/feed.json' })
  })

  it("links a post's file in GitHub's, GitLab's and Gitea's editors", () => {
    expect(editPath({ url: 'https://github.com/recap-kit/recap', branch: 'main' }, 'content/posts/a b.md')).toBe('https://github.com/recap-kit/recap/edit/main/content/posts/a%20b.md')
    expect(editPath({ url: 'https://gitlab.com/team/site.git', branch: 'release/2' }, 'content/posts/a.md')).toBe('https://gitlab.com/team/site/-/edit/release/2/content/posts/a.md')
    expect(editPath({ url: 'https://codeberg.org/team/site/', branch: 'main' }, 'content/posts/a.md')).toBe('https://codeberg.org/team/site/_edit/main/content/posts/a.md')
  })

  it('keeps each build its own search index folder, and a static export /pagefind/', () => {
    expect(searchIndexPath({})).toBe('/pagefind/')
    expect(searchIndexPath({ RECAP_DIST_DIR: '.next' })).toBe('/pagefind/')
    expect(searchIndexPath({ RECAP_DIST_DIR: '.next-e2e-preview' })).toBe('/pagefind-next-e2e-preview/')
    expect(searchIndexPath({ RECAP_DIST_DIR: '.next-e2e-static', RECAP_STATIC_EXPORT: '1' })).toBe('/pagefind/')
  })

  it("reserves the search page, the series pages, the new feeds and the index for the site's own", () => {
    for (const path of ['/search/', '/series/', '/series/day-by-day/', '/atom.xml', '/feed.json', '/feed.xsl', '/pagefind/', '/feed.css']) expect(isReservedPath(path), path).toBe(true)
    expect(isReservedPath('/2019/05/27/search/')).toBe(false)
  })
})

describe("the bundle files' rewrite (next.config.js)", () => {
  it('leaves every folder of the site itself to its own routes and sends other file paths to app/site-files/', async () => {
    const { OWN_FOLDERS, default: nextConfig } = await import('../next.config.js')
    for (const folder of siteFolders()) expect(OWN_FOLDERS, folder).toContain(folder.slice(1))
    const config = nextConfig('phase-production-server')
    const rules = await config.rewrites!()
    const [rule] = Array.isArray(rules) ? [] : (rules.afterFiles ?? [])
    // Next matches `/:path(<regexp>)`: the regexp over the path without its first slash.
    const pattern = new RegExp(`^${/^\/:path\((.*)\)$/.exec(rule.source)![1]}$`)
    for (const own of ['tags/linkerd/feed.xml', 'events/kubecon/atom.xml', 'og/2019/05/31/x.png', 'gallery/porto/a.webp', '_next/static/x.js']) expect(pattern.test(own), own).toBe(false)
    // Posts whose last segment holds a dot: Next matches rewrites without the trailing slash.
    for (const page of ['2019/04/16/announcing-linkerd-2.3', 'blog/2022/v1.0-trio', 'blog/2024/otel-1.0-rc2']) expect(pattern.test(page), page).toBe(false)
    for (const file of ['blog/2023/my-post/cover.png', '2024/05/01/my-talk/img/diagram.svg', 'blog/2023/index.xml', 'blog/2025/pride/pride-logo-pack.zip', 'blog/2024/x/clip.mp4', 'blog/2023/x/PHOTO.JPG']) expect(pattern.test(file), file).toBe(true)
    expect(rule.destination).toBe('/site-files/:path')
  })
})
