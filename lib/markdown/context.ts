import type { SiteIndex } from '../site-index'
import type { ImageSize } from '../images'

/** Why a tweet's cache file cannot be used, with where in the file it breaks when known. */
export type TweetCacheDamage = { reason: string; line?: number; column?: number }

/** The images of a gallery folder, or why there are none. */
export type FolderImages = { ok: true; images: string[] } | { ok: false; reason: string; hint: string }

/** What plugins may ask of the rest of the site, passed in so plugins stay pure. */
export type PipelineContext = {
  /** The permalink (with #anchor) a Hugo `ref` target names, or undefined when no post matches. */
  resolveRef: (target: string) => string | undefined
  /** The public/ folder, where root-relative images live. */
  publicDir: string
  /** Whether a site path is a post's permalink (a linked image becomes <ImageLink> then); all are, when absent. */
  isPostPath?: (path: string) => boolean
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
  /** The size of a site image (`/uploads/x.png`) or why it cannot be shown; read under publicDir when absent. */
  imageSize?: (src: string) => ImageSize
  /** The images of a gallery folder under public/; read under publicDir when absent. */
  listImages?: (folder: string) => FolderImages
}
