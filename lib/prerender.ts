import { getAllPosts, getSections, type Post } from './content'
import { pageNumbers } from './pagination'
import { compileSite } from './markdown/compile-site'
import { pathToSegments } from './routes'
import { site } from './site'
import { EMPTY_PARAM, exportableParams } from './static-params'

/**
 * Which posts a build writes ahead (prerenders) and which render on their first request, from
 * `prerender` in site.config.ts: 'all', or the newest N. Lists, tags, events, feeds, the sitemap
 * and search always hold every post; a post not prerendered is rendered from what the build
 * compiled (lib/content/snapshot.ts) and then served from the cache until the next deploy. A
 * static export has no server to render later, so it writes every post whatever the setting.
 */

/** The setting: every post, or the newest N. */
export type PrerenderSetting = 'all' | number

/** The posts to prerender out of `posts` (newest first). */
export function selectPrerendered<T>(posts: readonly T[], setting: PrerenderSetting, isStaticExport: boolean): T[] {
  if (isStaticExport || setting === 'all') return [...posts]
  return posts.slice(0, Math.max(0, setting))
}

/** Whether this build is `npm run build:static`. */
export function isStaticExport(env: Partial<NodeJS.ProcessEnv> = process.env): boolean {
  return env.RECAP_STATIC_EXPORT === '1'
}

/** The posts this build prerenders. */
export function prerenderedPosts(): Post[] {
  return selectPrerendered(getAllPosts(), site.prerender, isStaticExport())
}

/**
 * The post route's generateStaticParams: first every visible post is validated and compiled (in
 * parallel, through the build cache), so an error in a post that is not prerendered still fails
 * the build with its line; then the permalinks and aliases of the posts to prerender, and every
 * Hugo section's list page with its /page/<n>/ pages (lists are cheap and hold every post).
 */
export async function postRouteParams(): Promise<{ segments: string[] }[]> {
  await compileSite()
  const posts = prerenderedPosts().flatMap((post) => [post.path, ...post.aliases])
  const sections = getSections().flatMap((section) => [
    section.path,
    ...pageNumbers(section.posts.length, site.postsPerPage).map((page) => `${section.path}page/${page}/`),
  ])
  const params = [...posts, ...sections].map((path) => ({ segments: pathToSegments(path) }))
  return exportableParams(params, { segments: [EMPTY_PARAM] })
}
