import { join } from 'node:path'
import { getContent, getContentDir, getPublicDir, lookupParam, resolvePagePath, resolvePostReference, siteImageSize, type SiteContent, type SiteShortcode } from '../content'
import { listFolderImages, type ImageSize } from '../images'
import { createSiteIndex, type SiteIndex, type SiteIndexOptions } from '../site-index'
import { getCachedTweet, tweetsDir } from '../tweets'

/** Why a tweet's cache file cannot be used, with where in the file it breaks when known. */
export type TweetCacheDamage = { reason: string; line?: number; column?: number }

/** The images of a gallery folder, or why there are none. */
export type FolderImages = { ok: true; images: string[] } | { ok: false; reason: string; hint: string }

/** The page a post is compiled for: what relative URLs and Hugo's `param` are read against. */
export type PageInfo = { path: string; params?: Record<string, unknown> }

/**
 * What the Markdown plugins may ask of the rest of the site, passed in so plugins stay pure, and
 * functions so the build cache (compile-cache.ts) records each answer a compile relied on.
 */
export type PipelineContext = {
  /** The permalink (with #anchor) a Hugo `ref` target names, or undefined when no post matches. */
  resolveRef: (target: string) => string | undefined
  /** The public/ folder, where root-relative images live. */
  publicDir: string
  /** Whether a site path is a post's permalink (a linked image becomes <ImageLink> then); all are, when absent. */
  isPostPath?: (path: string) => boolean
  /** The permalink a site path names by a post's file (`/blog/x.md`) or without its slash; undefined when none. */
  pageFor?: (path: string) => string | undefined
  /** Where a root-relative link leads; without it links are not checked. */
  findPath?: SiteIndex['findPath']
  /** Whether the tweet cache holds a tweet; without it tweets are not checked. */
  hasTweet?: SiteIndex['hasTweet']
  /** The tweet cache, whose files are checked for damage; default: tweetsDir(). */
  tweetsDir?: string
  /**
   * Why a tweet's cache file is unusable, or null; read from tweetsDir when absent. A function,
   * so the build cache records the answer and a repaired (or newly damaged) file is noticed.
   */
  tweetCacheDamage?: (id: string) => TweetCacheDamage | null
  /** A site param (content/params.yml) by key, dotted keys walking into tables; undefined when unset. */
  siteParam?: (key: string) => unknown
  /** How content/shortcodes.yml renders a site shortcode, if it names it. */
  siteShortcode?: (name: string) => SiteShortcode | undefined
  /** The size of a site image (`/uploads/x.png`, a bundle's `/2024/05/01/post/x.png`) or why it cannot be shown; read under publicDir when absent. */
  imageSize?: (src: string) => ImageSize
  /** The images of a gallery folder under public/; read under publicDir when absent. */
  listImages?: (folder: string) => FolderImages
}

/**
 * The context for compiling posts of `content`. `includeHidden` counts drafts and scheduled posts
 * as link and ref targets: right for a draft itself, which only preview builds show, beside them.
 */
export function contextFor(content: SiteContent, options: SiteIndexOptions): PipelineContext {
  const posts = options.includeHidden ? content.allPosts : content.posts
  const paths = new Set(posts.map((post) => post.path))
  const index = createSiteIndex(content, options)
  return {
    resolveRef: (target) => {
      // `{{< ref "#part" >}}` is an anchor of the page itself.
      if (target.trim().startsWith('#')) return target.trim()
      const found = resolvePostReference(target, posts)
      if (found) return found.post.path + (found.anchor ? `#${found.anchor}` : '')
      // A section, by its folder or its list's path: `/blog/2023`, `blog/2023/_index.md`.
      const [path, anchor] = target.trim().split('#')
      const section = resolvePagePath(`/${path.replace(/^\/+/, '').replace(/\/?(_index\.mdx?)?$/i, '/_index.md')}`, [], content.sections)
      return section ? section + (anchor ? `#${anchor}` : '') : undefined
    },
    publicDir: options.publicDir,
    isPostPath: (path) => paths.has(path),
    pageFor: (path) => resolvePagePath(path, posts, content.sections),
    findPath: index.findPath,
    hasTweet: index.hasTweet,
    tweetsDir: options.tweetsDir ?? join(options.contentDir, 'tweets'),
    tweetCacheDamage: tweetCacheDamageIn(options.tweetsDir ?? join(options.contentDir, 'tweets')),
    imageSize: (src) => siteImageSize(content, options.publicDir, src),
    listImages: (folder) => listFolderImages(options.publicDir, folder),
    siteParam: (key) => lookupParam(key, content.siteParams),
    siteShortcode: (name) => content.shortcodes.get(name),
  }
}

const contexts = new WeakMap<SiteContent, PipelineContext>()

/** The context for this site: refs and links resolve among the posts this build shows. */
export function siteContext(): PipelineContext {
  const content = getContent()
  let context = contexts.get(content)
  if (!context) {
    context = contextFor(content, { publicDir: getPublicDir(), contentDir: getContentDir(), tweetsDir: tweetsDir(), includeHidden: false })
    contexts.set(content, context)
  }
  return context
}

/** The damage of tweet cache files in `dir` (missing files are no damage: the page links to the tweet). */
export function tweetCacheDamageIn(dir: string): (id: string) => TweetCacheDamage | null {
  return (id) => {
    const cached = getCachedTweet(id, dir)
    return cached.status === 'invalid' ? { reason: cached.reason, line: cached.line, column: cached.column } : null
  }
}
