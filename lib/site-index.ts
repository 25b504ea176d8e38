import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import { distance } from 'fastest-levenshtein'
import type { Post, SiteContent } from './content'
import { displayPath } from './content/problems'
import { resolveInside } from './safe-files'
import { formatDay } from './dates'
import {
  authorPath,
  blogPath,
  eventFeedPaths,
  eventPath,
  eventsPath,
  normalisePath,
  sectionFeedPath,
  sectionPath,
  speakersPath,
  sitePages,
  tagFeedPaths,
  seriesPath,
  tagPath,
  tagsIndexPath,
} from './routes'
import { pageNumbers } from './pagination'
import { listFiles } from './files'
import { site } from './site'

/**
 * What exists on the site a build makes from some content: its pages, the files under public/ and
 * the cached tweets. Body checks ask it whether a root-relative link or a tweet leads anywhere.
 */

/**
 * Where a root-relative link leads: somewhere (`found`), nowhere (with why and how to fix it), or
 * `undefined` for paths recap does not own (an app page it does not know of), which are not judged.
 */
export type LinkTarget = { found: true } | { found: false; reason: string; hint: string } | undefined

/** Lookups for body checks. */
export type SiteIndex = {
  /** Where a root-relative href (`/2019/05/18/post/#anchor`, `/uploads/a.pdf`) leads. */
  findPath: (href: string) => LinkTarget
  /** Whether the tweet cache holds `<contentDir>/tweets/<id>.json`. */
  hasTweet: (id: string) => boolean
}

export type SiteIndexOptions = {
  publicDir: string
  contentDir: string
  /**
   * Count drafts and scheduled posts as pages. A preview build shows them, so a draft is checked
   * against them; a published post is checked against what a production build shows.
   */
  includeHidden: boolean
  /** The tweet cache; default: tweets/ in the content folder. */
  tweetsDir?: string
  /** The app's routes (app/), whose fixed pages a link may lead to; default: app/ of the working folder. */
  appDir?: string
}

/**
 * The fixed paths of the app's own routes (`app/about/page.tsx` -> `/about/`, `app/feed.xml/route.ts`
 * -> `/feed.xml`): pages a team added beside the posts. Dynamic (`[slug]`) and grouped
 * (`(marketing)`) folders are left out, private (`_x`) ones too.
 */
export function appRoutePaths(appDir: string): string[] {
  return listFiles(appDir, (path) => /(^|\/)(page|route)\.(tsx|ts|jsx|js|mdx)$/.test(path))
    .map((path) => path.split('/').slice(0, -1))
    .filter((parts) => parts.every((part) => !part.startsWith('[') && !part.startsWith('_') && !part.startsWith('@')))
    .map((parts) => parts.filter((part) => !/^\(.*\)$/.test(part)))
    .map((parts) => (parts.length && /\.\w+$/.test(parts.at(-1)!) ? `/${parts.join('/')}` : normalisePath(parts.join('/'))))
}

const TOKEN_PATTERNS: Record<string, string> = {
  year: '\\d{4}',
  month: '\\d{2}',
  day: '\\d{2}',
  yearday: '\\d{3}',
  monthname: '[a-z]+',
}

/** A regular expression matching the paths a permalink pattern makes (`/:year/:month/:day/:slug/`). */
export function permalinkShape(pattern: string): RegExp {
  const source = normalisePath(pattern)
    .split(/(:[a-z]+)/)
    .map((part) =>
      part.startsWith(':') ? (TOKEN_PATTERNS[part.slice(1)] ?? '[^/]+') : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('')
  return new RegExp(`^${source}$`, 'i')
}

/** Builds the lookups for one build's view of `content`. */
export function createSiteIndex(content: SiteContent, options: SiteIndexOptions): SiteIndex {
  const posts = options.includeHidden ? content.allPosts : content.posts
  const pages = new Set<string>([...sitePages(), tagsIndexPath(), eventsPath(), ...appRoutePaths(options.appDir ?? join(process.cwd(), 'app'))])
  for (const page of pageNumbers(posts.length, site.postsPerPage)) pages.add(blogPath(page))
  for (const tag of content.tags) {
    for (const page of pageNumbers(tag.posts.length, site.postsPerPage)) pages.add(tagPath(tag, page))
    for (const feed of Object.values(tagFeedPaths(tag))) pages.add(feed)
  }
  for (const author of content.authors) pages.add(authorPath(author))
  // Event and speaker pages: events come with the content; speakers need every post's talks, so a
  // link under /speakers/ is left unjudged rather than read every post here.
  pages.add(speakersPath())
  for (const event of content.events) {
    pages.add(eventPath(event))
    for (const feed of Object.values(eventFeedPaths(event))) pages.add(feed)
  }
  for (const series of content.series) pages.add(seriesPath(series))
  for (const post of posts) {
    pages.add(post.path)
    for (const alias of post.aliases) pages.add(alias)
  }
  for (const section of content.sections) {
    for (const page of pageNumbers(section.posts.length, site.postsPerPage)) pages.add(sectionPath(section, page))
    pages.add(sectionFeedPath(section))
  }
  const bundleFiles = new Set([...content.bundleFiles].filter(([, file]) => options.includeHidden || file.isVisible).map(([path]) => path))
  const hidden = new Map<string, Post>()
  for (const post of content.allPosts) if (!pages.has(post.path)) hidden.set(post.path, post)
  // A pattern that starts with a token (`/:year/…`, `/:sections/…`) shapes only paths under the
  // first folders its posts have: `/docs/specs/` is no misspelt post of `/:sections/:slug/`.
  const firstSegments = new Set(content.allPosts.map((post) => post.path.split('/')[1]))
  const shapes = content.permalinks.map((pattern) => {
    const shape = permalinkShape(pattern)
    const isLiteral = !normalisePath(pattern).startsWith('/:')
    return (page: string) => shape.test(page) && (isLiteral || firstSegments.has(page.split('/')[1]))
  })
  const publicRoot = resolve(options.publicDir)

  const findPath = (href: string): LinkTarget => {
    let path = href.split(/[?#]/)[0]
    try {
      path = decodeURI(path)
    } catch {
      // A stray % in a link: judge it as written.
    }
    if (pages.has(path) || bundleFiles.has(path)) return { found: true }
    const lastSegment = path.split('/').pop() ?? ''
    if (lastSegment.includes('.')) {
      const file = resolve(join(publicRoot, path))
      if (!file.startsWith(publicRoot + sep)) {
        return { found: false, reason: `link "${href}" leads outside public/`, hint: 'link a file under public/, e.g. /uploads/slides.pdf' }
      }
      if (isFile(publicRoot, file)) return { found: true }
      return {
        found: false,
        reason: `link "${href}" leads to no file: looked for ${displayPath(file)}`,
        hint: 'add the file under public/ or fix the link',
      }
    }
    const page = normalisePath(path)
    if (pages.has(page)) return { found: true }
    const draft = hidden.get(page)
    if (draft) {
      const state = draft.draft ? 'a draft' : `a post scheduled for ${formatDay(draft.day)}`
      return {
        found: false,
        reason: `link "${href}" leads to ${state} (${draft.filePath}), which this build leaves out`,
        hint: draft.draft ? 'publish that post (draft: false) or remove the link' : 'remove the link until that post is out',
      }
    }
    if (page.startsWith('/tags/') || page.startsWith('/authors/') || page.startsWith('/blog/page/')) {
      return { found: false, reason: `link "${href}" leads to no page`, hint: 'link a tag, author or page that exists' }
    }
    if (shapes.some((isShaped) => isShaped(page))) {
      const nearest = nearestPost(page, posts)
      return {
        found: false,
        reason: `link "${href}" leads to no post`,
        hint: nearest ? `did you mean ${nearest}?` : "link a post's permalink, /YYYY/MM/DD/slug/",
      }
    }
    return undefined
  }

  const tweetsDir = options.tweetsDir ?? join(options.contentDir, 'tweets')
  let tweets: Set<string> | undefined
  const hasTweet = (id: string) => {
    // The folder is known only at run time: without the ignore comments Turbopack would trace
    // (and ship with the server) the whole project.
    tweets ??= new Set(existsSync(/* turbopackIgnore: true */ tweetsDir) ? readdirSync(/* turbopackIgnore: true */ tweetsDir).filter((name) => name.endsWith('.json')) : [])
    return tweets.has(`${id}.json`)
  }
  return { findPath, hasTweet }
}

/** A regular file under `root`, not a link out of it. */
function isFile(root: string, file: string): boolean {
  const inside = resolveInside(root, file)
  if (!inside.ok) return false
  try {
    return statSync(inside.file).isFile()
  } catch {
    return false
  }
}

/** The permalink of the post whose slug is nearest the link's, when it is near enough to be a typo. */
function nearestPost(page: string, posts: readonly Post[]): string | undefined {
  const slug = page.split('/').filter(Boolean).pop() ?? ''
  let best: { path: string; score: number } | undefined
  for (const post of posts) {
    const candidate = post.path.split('/').filter(Boolean).pop() ?? ''
    const score = distance(slug, candidate)
    if (!best || score < best.score || (score === best.score && distance(page, post.path) < distance(page, best.path))) {
      best = { path: post.path, score }
    }
  }
  return best && best.score <= Math.max(2, Math.floor(slug.length / 4)) ? best.path : undefined
}
