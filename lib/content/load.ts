import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { getVisibility, site, type Visibility } from '../site'
import { displayPath, throwOnErrors, unexpectedProblem, type ContentProblem } from './problems'
import { listFiles } from '../files'
import { linksLeaving } from '../safe-files'
import { publicFileProblems } from '../public-files'
import { processMemo } from '../process-memo'
import { count, trace } from '../trace'
import { readAuthors, type Author } from './authors'
import { readPermalinks } from './permalinks'
import { authorFinder } from './credits'
import { readPost, type Post } from './post'
import { readContentTree, type BundleFiles } from './tree'
import { listSections, readSection, type Section } from './sections'
import { readSiteParams, readSiteShortcodes, type SiteShortcode } from './site-shortcodes'
import { readMissingFiles } from './site-files'
import { isComponentName } from '../markdown/shortcodes'
import { checkUniquePaths, indexAuthors, indexTags, sortNewestFirst, type Tag } from './indexes'
import { indexEvents, type EventGroup } from './events'
import { readSpeakerEntries, type SpeakerEntry } from './speakers'
import type { PostFacts } from './post-facts'
import { isServingBuild, readSnapshotContent, snapshotDir } from './snapshot'
import { getContentDir, getPublicDir } from './dirs'

export { getContentDir, getPublicDir }
import { readGitDates } from './git-dates'
import { indexSeries, type Series } from './series'

/** Reading the whole content folder, once per process. */

/** Everything loaded from content/ for one build. */
export type SiteContent = {
  /** Posts this build shows, newest first. */
  posts: Post[]
  /** Every post that parsed, drafts and scheduled ones included, newest first. */
  allPosts: Post[]
  tags: Tag[]
  authors: Author[]
  events: EventGroup[]
  /** Every author content/authors.yml lists, by id. */
  authorsById: Map<string, Author>
  /** The entries of content/speakers.yml. */
  speakerEntries: SpeakerEntry[]
  /** content/speakers.yml as problems name it. */
  speakersFile: string
  /** The public folder this content's images are read from. */
  publicDir: string
  /** Series with their parts in reading order. */
  series: Series[]
  /** Every problem found, errors and warnings. */
  problems: ContentProblem[]
  visibility: Visibility
  /** Permalink patterns in force (site default and content/permalinks.yml), to tell post-shaped links. */
  permalinks: string[]
  /** Hugo sections (folders with an `_index.md`) this build lists, with their visible posts. */
  sections: Section[]
  /**
   * Files page bundles publish, by site path (decoded, as `/2024/05/01/my-talk/stage.jpg`): each
   * post's and section's resources, drafts' and scheduled posts' included, marked by whether
   * this build shows their page.
   */
  bundleFiles: Map<string, BundleFile>
  /** content/shortcodes.yml: how the site's own Hugo shortcodes render. */
  shortcodes: Map<string, SiteShortcode>
  /** content/params.yml: the site's Hugo params, for `{{% param %}}`. */
  siteParams: Record<string, unknown>
  /** content/missing-files.yml: files posts name that the imported Hugo site lacked too (shown broken, a warning). */
  missingFiles: Set<string>
  /**
   * Each visible post's talks and photos, by file, when they were read ahead (the server's
   * snapshot holds them, so a server never parses every body to find a speaker); else they are
   * read from the bodies when first asked for (lib/content/event-queries.ts).
   */
  facts?: ReadonlyMap<string, PostFacts>
}

/** A file a page bundle publishes at its page's URL. */
export type BundleFile = { file: string; isVisible: boolean; owner: string }

export type LoadOptions = {
  /** The content folder (posts under posts/, authors.yml). */
  contentDir: string
  /** The public folder, where thumbnails and images live. */
  publicDir: string
  visibility: Visibility
  /** The build's "now", for scheduled posts. */
  now: number
  /** The tweet cache, when it is not tweets/ in the content folder (RECAP_TWEETS_DIR). */
  tweetsDir?: string
  /** Date posts without `lastmod` by the last commit that changed their file (one `git log`). */
  useGitDates?: boolean
}

/** Reads and validates every post, author and permalink setting under `contentDir`. Never throws. */
export function loadContent(options: LoadOptions): SiteContent {
  const problems: ContentProblem[] = []
  problems.push(...leavingLinkProblems([options.contentDir, options.publicDir, ...(options.tweetsDir ? [options.tweetsDir] : [])]))
  // SVG, HTML and XML under public/ run as documents when opened: none may hold active content.
  problems.push(...publicFileProblems(options.publicDir))
  const permalinks = readPermalinks(options.contentDir, problems)
  const shortcodes = readSiteShortcodes(options.contentDir, isComponentName, problems)
  const siteParams = readSiteParams(options.contentDir, problems)
  const missingFiles = readMissingFiles(options.contentDir, problems)
  const authorsById = readAuthors(options.contentDir, options.publicDir, problems)
  const findAuthor = authorFinder(authorsById)
  const speakerEntries = readSpeakerEntries(options.contentDir, options.publicDir, authorsById, problems)
  const postsDir = join(options.contentDir, 'posts')
  const tree = existsSync(postsDir) ? readContentTree(postsDir) : readContentTree(join(postsDir, '.absent'))
  const sectionFolders = new Set(tree.sections.map((path) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '')))
  const resourcesOf = (map: ReadonlyMap<string, BundleFiles>, folder: string) =>
    (map.get(folder) ?? []).map((entry) => ({ name: entry.name, file: join(postsDir, entry.path) }))

  const parsed: Post[] = []
  const history = options.useGitDates ? readGitDates(postsDir) : undefined
  for (const path of tree.posts) {
    const file = join(postsDir, path)
    const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : ''
    const isBundle = /(^|\/)index\.mdx?$/i.test(path) && folder !== ''
    try {
      const post = readPost(file, { postsDir, permalinks, options, problems, findAuthor, sectionFolders, resources: isBundle ? resourcesOf(tree.leafResources, folder) : [] })
      if (post && history) applyGitDate(post, history.dates.get(file))
      if (post) parsed.push(post)
    } catch (error) {
      // A bug or an unreadable file must not hide the problems of every other post.
      problems.push(unexpectedProblem(displayPath(file), error))
    }
  }
  const allPosts = sortNewestFirst(parsed)

  const { visibility } = options
  const isShown = (post: Post) =>
    (visibility.drafts || !post.draft) && (visibility.scheduled || !post.scheduled) && ((visibility.expired ?? visibility.drafts) || !post.expired)
  const posts = allPosts.filter(isShown)

  const readSections: Section[] = []
  for (const path of tree.sections) {
    const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : ''
    if (folder === '') continue
    try {
      const section = readSection(join(postsDir, path), postsDir, resourcesOf(tree.branchResources, folder), problems)
      if (section) readSections.push(section)
    } catch (error) {
      problems.push(unexpectedProblem(displayPath(join(postsDir, path)), error))
    }
  }
  const sections = listSections(readSections.filter((section) => visibility.drafts || !section.draft), posts)
  checkUniquePaths(allPosts, problems, sections)
  const bundleFiles = new Map<string, BundleFile>()
  const publish = (base: string, resources: readonly { name: string; file: string }[], isVisible: boolean, owner: string) => {
    for (const resource of resources) if (!bundleFiles.has(base + resource.name)) bundleFiles.set(base + resource.name, { file: resource.file, isVisible, owner })
  }
  for (const post of allPosts) publish(post.path, post.resources, posts.includes(post), post.filePath)
  for (const section of readSections) publish(section.path, section.resources, sections.some((shown) => shown.id === section.id), section.filePath)
  const tags = indexTags(posts)
  const canonical = new Map(tags.map((tag) => [tag.name.toLowerCase(), tag]))
  for (const post of allPosts) {
    post.tags = post.tags.map((tag) => canonical.get(tag.name.toLowerCase()) ?? tag).map(({ name, slug }) => ({ name, slug }))
  }
  return {
    posts,
    allPosts,
    tags,
    authors: indexAuthors(posts, authorsById),
    events: indexEvents(posts, problems),
    authorsById,
    speakerEntries,
    speakersFile: displayPath(join(options.contentDir, 'speakers.yml')),
    publicDir: options.publicDir,
    series: indexSeries(posts),
    problems,
    visibility,
    permalinks: permalinks.map((entry) => entry.pattern),
    sections,
    bundleFiles,
    shortcodes,
    siteParams,
    missingFiles,
  }
}

/**
 * Every symbolic link under the folders the site reads and serves that leads out of them: an
 * error at the link, so nothing outside the repository is read, published or served.
 */
function leavingLinkProblems(roots: string[]): ContentProblem[] {
  const problems: ContentProblem[] = []
  const seen = new Set<string>()
  for (const root of roots) {
    for (const link of linksLeaving(root)) {
      const file = displayPath(join(root, link.path))
      if (seen.has(file)) continue
      seen.add(file)
      problems.push({
        file,
        line: 1,
        severity: 'error',
        rule: 'symlink',
        reason: `${link.path ? 'is a symbolic link' : 'the folder is a symbolic link'} to ${link.target}, outside ${link.path ? `${displayPath(root)}/` : 'the repository'}`,
        hint: 'commit the file itself instead of a link (nothing outside the repository is read or served)',
      })
    }
  }
  return problems
}

/** A post without `lastmod` changed when its file last did, if that is after its date. */
function applyGitDate(post: Post, committed: string | undefined): void {
  if (post.updatedFrom !== 'date' || !committed || committed <= post.date) return
  post.updated = committed
  post.updatedFrom = 'git'
}

// ---------------------------------------------------------------------------------------------
// The site's content for this process: read once, memoised. In `next dev` it is re-read when a
// file under content/ changes, so a saved post shows without a restart.

type Cached = { signature: string; content: SiteContent }
const loaded = processMemo('content', (): { cached?: Cached } => ({}))

function defaultOptions(): LoadOptions {
  return {
    contentDir: getContentDir(),
    publicDir: getPublicDir(),
    tweetsDir: process.env.RECAP_TWEETS_DIR ? join(/* turbopackIgnore: true */ process.cwd(), process.env.RECAP_TWEETS_DIR) : undefined,
    visibility: getVisibility(),
    now: Date.now(),
    useGitDates: site.updatedFromGit,
  }
}

/** Names, sizes and modification times of everything under content/: changes when any file does. */
export function contentSignature(dir: string): string {
  return listFiles(dir)
    .map((path) => {
      const stat = statSync(join(dir, path))
      return `${path}:${stat.size}:${stat.mtimeMs}`
    })
    .join('|')
}

/**
 * The site's content, loaded once per process (re-read on change in development). Never throws.
 * A production server reads what its build validated (lib/content/snapshot.ts), not content/.
 */
export function getContent(): SiteContent {
  const isDev = process.env.NODE_ENV === 'development'
  if (loaded.cached && !isDev) return loaded.cached.content
  const snapshot = isServingBuild() ? readSnapshotContent(snapshotDir()) : undefined
  if (snapshot) {
    loaded.cached = { signature: '', content: snapshot }
    count('snapshot-loads')
    return snapshot
  }
  const options = defaultOptions()
  const signature = isDev ? contentSignature(options.contentDir) : ''
  if (!loaded.cached || loaded.cached.signature !== signature) {
    const started = performance.now()
    loaded.cached = { signature, content: loadContent(options) }
    count('content-loads')
    trace(`content-load posts=${loaded.cached.content.allPosts.length} ms=${(performance.now() - started).toFixed(0)}`)
  }
  return loaded.cached.content
}

/** The content, or a ContentError listing every content error: what pages call. */
export function getCheckedContent(): SiteContent {
  const content = getContent()
  throwOnErrors(content.problems)
  return content
}

