import { site } from './site'
import type { CalendarDay } from './dates'
import { urlize } from './slugs'

/** What a permalink pattern can draw on: Hugo's tokens for one post. */
export type PermalinkFields = {
  day: CalendarDay
  /** Front matter `slug`, if the post has one. */
  slug?: string
  title: string
  /** File name without extension (Hugo's :filename / :contentbasename). */
  filename: string
  /** First folder under content/posts/, '' at the top (Hugo's :section). */
  section: string
  /**
   * The section folders above the post, outermost first (Hugo's :sections): the top folder, and
   * each folder below it that has an `_index.md`. Default: [section] when there is one.
   */
  sections?: string[]
}

const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
]
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']

/** The Hugo permalink tokens recap understands; anything else in a pattern is an error. */
export const PERMALINK_TOKENS = [
  'year', 'month', 'monthname', 'day', 'weekday', 'weekdayname', 'yearday',
  'slug', 'title', 'filename', 'contentbasename', 'section', 'sections', 'slugorfilename', 'slugorcontentbasename',
] as const

/**
 * Hugo's `:sections` with an optional slice: `:sections`, `:sections[1:]`, `:sections[:2]`,
 * `:sections[last]`, `:sections[0]`, `:sections[1:last]`: the section path, joined with `/`.
 */
export function sliceSections(sections: readonly string[], slice: string | undefined): string {
  if (!slice) return sections.join('/')
  const index = (text: string, fallback: number) => (text === '' ? fallback : text === 'last' ? sections.length - 1 : Number(text))
  const inner = slice.slice(1, -1).trim()
  if (!inner.includes(':')) {
    const at = index(inner, 0)
    return sections[at] ?? ''
  }
  const [from, to] = inner.split(':').map((part) => part.trim())
  // Hugo's upper bound is exclusive, except `last`, which names the last section itself.
  const end = to === 'last' ? sections.length - 1 : index(to, sections.length)
  return sections.slice(index(from, 0), end).join('/')
}

/** What Hugo's `:slug` gives: the front matter slug (outer `-` trimmed, as Hugo reads it) urlized, else the urlized title. */
export function permalinkSlug(fields: { slug?: string; title: string }): string {
  const slug = fields.slug?.replace(/^-+|-+$/g, '')
  return slug ? urlize(slug) : urlize(fields.title)
}

/**
 * Expands a Hugo permalink pattern (`/:year/:month/:day/:slug/`) for one post, as Hugo 0.111
 * does: each token urlized, then the whole path cleaned once more (`%XX` decoded, `+` read as a
 * space, sanitised, lower case), so `C++ tips` lands at `/c-tips/` as it did under Hugo.
 */
export function expandPermalink(pattern: string, fields: PermalinkFields): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  const { year, month, day } = fields.day
  const utc = Date.UTC(year, month - 1, day)
  const yearday = Math.round((utc - Date.UTC(year, 0, 0)) / 86_400_000)
  const weekday = new Date(utc).getUTCDay()
  const slugOrFilename = fields.slug?.replace(/^-+|-+$/g, '') ? permalinkSlug(fields) : urlize(fields.filename)
  const values: Record<(typeof PERMALINK_TOKENS)[number], string> = {
    year: String(year),
    month: pad(month),
    monthname: MONTH_NAMES[month - 1],
    day: pad(day),
    weekday: String(weekday),
    weekdayname: WEEKDAY_NAMES[weekday],
    yearday: String(yearday),
    slug: permalinkSlug(fields),
    slugorfilename: slugOrFilename,
    slugorcontentbasename: slugOrFilename,
    title: urlize(fields.title),
    filename: urlize(fields.filename),
    contentbasename: urlize(fields.filename),
    section: fields.section,
    sections: '',
  }
  const sections = fields.sections ?? (fields.section ? [fields.section] : [])
  const path = pattern.replace(/:([a-z]+)(\[[^\]]*\])?/g, (token, name: string, slice: string | undefined) =>
    name === 'sections' ? sliceSections(sections, slice) : name in values && !slice ? values[name as keyof typeof values] : token,
  )
  return normalisePath(cleanPermalink(path))
}

/** Hugo's last pass over an expanded permalink: decode `%XX`, `+` as a space, sanitise, lower case. */
function cleanPermalink(path: string): string {
  const decoded = path.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run)
    } catch {
      return run
    }
  })
  return decoded
    .split('/')
    .map((segment) => urlize(segment.replace(/\+/g, ' ')))
    .join('/')
}

/** A site path with one leading and one trailing slash, no doubled slashes (`a//b` -> `/a/b/`). */
export function normalisePath(path: string): string {
  const trimmed = path.split('/').filter(Boolean).join('/')
  return trimmed ? `/${trimmed}/` : '/'
}

/** The path of a post: its permalink, computed once by lib/content.ts. */
export function postPath(post: { path: string }): string {
  return post.path
}

/** `/blog/`, `/blog/page/2/` */
export function blogPath(page = 1): string {
  return page > 1 ? `/blog/page/${page}/` : '/blog/'
}

/** A Hugo section's list page (`/blog/2023/`, `/blog/2023/page/2/`). */
export function sectionPath(section: { path: string }, page = 1): string {
  return page > 1 ? `${section.path}page/${page}/` : section.path
}

/** A Hugo section's feed, where Hugo wrote it: `/blog/2023/index.xml`. */
export function sectionFeedPath(section: { path: string }): string {
  return `${section.path}index.xml`
}

/** The route that serves files pages publish (a page bundle's images, a section's feed) behind their own paths (next.config.js rewrites to it). */
export const SITE_FILES_ROUTE = '/site-files/'

/** `/tags/` */
export function tagsIndexPath(): string {
  return '/tags/'
}

/** `/tags/<slug>/`, `/tags/<slug>/page/2/` */
export function tagPath(tag: { slug: string }, page = 1): string {
  return page > 1 ? `/tags/${tag.slug}/page/${page}/` : `/tags/${tag.slug}/`
}

/** `/authors/<id>/` */
export function authorPath(author: { slug: string }): string {
  return `/authors/${author.slug}/`
}

/** `/events/`, and `/events/#<slug>` for one event's section there (the address old links use). */
export function eventsPath(event?: { slug: string }): string {
  return event ? `/events/#${event.slug}` : '/events/'
}

/** `/events/<slug>/`: one event's page. */
export function eventPath(event: { slug: string }): string {
  return `/events/${event.slug}/`
}

/** `/events/<slug>/feed.xml`, `atom.xml`, `feed.json`: the recaps of one event. */
export function eventFeedPaths(event: { slug: string }): Record<FeedFormat, string> {
  return feedPaths(eventPath(event))
}

/** `/speakers/` */
export function speakersPath(): string {
  return '/speakers/'
}

/** `/speakers/<slug>/` */
export function speakerPath(speaker: { slug: string }): string {
  return `/speakers/${speaker.slug}/`
}

/** Widths gallery images are made at: a thumbnail (2x a grid cell) and the large view. */
export const GALLERY_WIDTHS = [480, 1600] as const

/**
 * A gallery image made at build time (app/gallery/[...path]/route.ts): `/uploads/a/b.jpg` at 480
 * pixels is `/gallery/480/uploads/a/b.jpg.webp`.
 */
export function galleryImagePath(src: string, width: (typeof GALLERY_WIDTHS)[number]): string {
  return `/gallery/${width}/${src.replace(/^\/+/, '')}.webp`
}

/** The feed formats every feed comes in. */
export const FEED_FORMATS = ['rss', 'atom', 'json'] as const

/** RSS 2.0, Atom 1.0 or JSON Feed 1.1. */
export type FeedFormat = (typeof FEED_FORMATS)[number]

const FEED_FILES: Record<FeedFormat, string> = { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' }

/** The three feeds of a page at `folder` ('/', '/tags/x/', '/events/x/'): feed.xml, atom.xml, feed.json beside it. */
export function feedPaths(folder = '/'): Record<FeedFormat, string> {
  const base = normalisePath(folder)
  return { rss: `${base}${FEED_FILES.rss}`, atom: `${base}${FEED_FILES.atom}`, json: `${base}${FEED_FILES.json}` }
}

/** The site feed: `/feed.xml`, `/atom.xml`, `/feed.json`. */
export function feedPath(format: FeedFormat = 'rss'): string {
  return feedPaths()[format]
}

/** The XSL stylesheet that shows RSS and Atom feeds as a page in a browser. */
export function feedStylesheetPath(): string {
  return '/feed.xsl'
}

/** Its CSS (a file: the CSP allows no inline styles, in a transformed feed as on pages). */
export function feedStylesheetCssPath(): string {
  return '/feed.css'
}

/** The blog section's feed, where Hugo sites kept theirs. */
export function blogFeedPath(): string {
  return '/blog/index.xml'
}

/** One tag's feed. */
export function tagFeedPath(tag: { slug: string }, format: FeedFormat = 'rss'): string {
  return tagFeedPaths(tag)[format]
}

/** One tag's feeds in every format. */
export function tagFeedPaths(tag: { slug: string }): Record<FeedFormat, string> {
  return feedPaths(tagPath(tag))
}

/** The search page: `/search/`, `/search/?q=SMI`. */
export function searchPath(query?: string): string {
  return query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'
}

/**
 * Where this build's search index (Pagefind's bundle, written by tools/search/) is served:
 * `/pagefind/`, or `/pagefind-<distDir>/` for a `next build` into another RECAP_DIST_DIR, so test
 * builds side by side in one checkout (a production and a preview build) each keep their own
 * index under public/. A static export has its own folder, so always `/pagefind/`.
 */
export function searchIndexPath(env: Partial<NodeJS.ProcessEnv> = process.env): string {
  const distDir = env.RECAP_STATIC_EXPORT === '1' ? undefined : env.RECAP_DIST_DIR
  const name = distDir && distDir !== '.next' ? distDir.replace(/[^a-z0-9]+/gi, '-').replace(/^-+|-+$/g, '').toLowerCase() : ''
  return name ? `/pagefind-${name}/` : '/pagefind/'
}

/** `/series/`, and `/series/<slug>/` for one series' parts. */
export function seriesPath(series?: { slug: string }): string {
  return series ? `/series/${series.slug}/` : '/series/'
}

/** A post's file in the repository's web editor ("Edit this post"), for GitHub, GitLab and Gitea/Forgejo-style hosts. */
export function editPath(repository: { url: string; branch: string }, filePath: string): string {
  const url = repository.url.replace(/\/+$/, '').replace(/\.git$/, '')
  const file = filePath.split('/').map(encodeURIComponent).join('/')
  const branch = repository.branch.split('/').map(encodeURIComponent).join('/')
  const host = new URL(url).hostname
  if (/(^|\.)gitlab\./.test(host)) return `${url}/-/edit/${branch}/${file}`
  if (/(^|\.)(codeberg\.org|gitea\.|forgejo\.)/.test(host)) return `${url}/_edit/${branch}/${file}`
  return `${url}/edit/${branch}/${file}`
}

/** The sitemap, named in robots.txt. */
export function sitemapPath(): string {
  return '/sitemap.xml'
}

/** A post's generated share image (when it has no usable thumbnail): `/og/posts/2019/05/27/slug.png`. */
export function postShareImagePath(post: { path: string }): string {
  return `/og/posts${post.path.replace(/\/+$/, '')}.png`
}

/** The site's share image, for every page that is not a post. */
export function siteShareImagePath(): string {
  return '/og/site.png'
}

/** The palette of site.config.ts as a stylesheet (app/theme.css/route.ts). */
export function themeStylesheetPath(): string {
  return '/theme.css'
}

/** The favicon: the logo of site.config.ts in its colours (app/icon.svg/route.ts). */
export function iconPath(): string {
  return '/icon.svg'
}

/** An absolute URL on this site, for feeds, canonical links and share cards. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${site.baseUrl}/`).toString()
}

/** Path segments as a catch-all route receives them, and back. */
export function pathToSegments(path: string): string[] {
  return path.split('/').filter(Boolean)
}

/** Paths the site's own pages and files take, exactly: a post or an alias there would hide them. */
const SITE_PAGES = ['/', blogPath(), ...Object.values(feedPaths()), blogFeedPath(), feedStylesheetPath(), feedStylesheetCssPath(), sitemapPath(), '/robots.txt', '/favicon.ico', iconPath(), themeStylesheetPath()]

/** Folders whose every path belongs to the site's own pages (lists, share images, Next's files). */
const SITE_FOLDERS = ['/blog/page/', tagsIndexPath(), '/authors/', eventsPath(), speakersPath(), seriesPath(), searchPath(), '/gallery/', '/pagefind/', '/og/', '/_next/', '/api/', SITE_FILES_ROUTE]

/** Folders whose every path belongs to the site's own pages and files (`/tags/`, `/og/`…). */
export function siteFolders(): readonly string[] {
  return SITE_FOLDERS
}

/** Whether a path (`/tags/x/`, `/feed.xml/`) is one of the site's own, so no post may take it. */
export function isReservedPath(path: string): boolean {
  const page = normalisePath(path)
  const file = page.replace(/\/$/, '')
  return SITE_PAGES.some((own) => own === page || own === file) || SITE_FOLDERS.some((folder) => page.startsWith(folder))
}

/** The site's own pages and files a link may lead to besides posts and lists: `/`, the feeds, the sitemap. */
export function sitePages(): readonly string[] {
  return SITE_PAGES
}
