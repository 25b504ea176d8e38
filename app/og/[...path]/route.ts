import { getAllPosts, getPostAuthors } from '@/lib/content'
import { prerenderedPosts } from '@/lib/prerender'
import { renderShareCard } from '@/lib/og/render'
import { pathToSegments, postShareImagePath, siteShareImagePath } from '@/lib/routes'
import { needsGeneratedImage, postShareCard, siteShareCard } from '@/lib/share-image'

type Context = { params: Promise<{ path: string[] }> }

// Share images are PNG files at paths ending in .png (/og/site.png, /og/posts/2019/05/27/slug.png),
// so a static export writes files any host serves as image/png; an opengraph-image route
// would write extension-less files.
// Those of posts that are not prerendered (lib/prerender.ts) are drawn on first request, then cached.
export const dynamic = 'force-static'
export const revalidate = false

/** Segments under /og/ of a share image path. */
function segmentsOf(path: string): string[] {
  return pathToSegments(path).slice(1)
}

export function generateStaticParams() {
  const posts = prerenderedPosts().filter(needsGeneratedImage)
  return [siteShareImagePath(), ...posts.map(postShareImagePath)].map((path) => ({ path: segmentsOf(path) }))
}

export async function GET(_request: Request, { params }: Context) {
  const path = `/og/${(await params).path.map((segment) => decodeURIComponent(segment)).join('/')}`
  if (path === siteShareImagePath()) return renderShareCard(siteShareCard())
  const post = getAllPosts().find((candidate) => postShareImagePath(candidate) === path)
  if (!post || !needsGeneratedImage(post)) return new Response('Not found', { status: 404 })
  return renderShareCard(postShareCard(post, getPostAuthors(post)))
}
