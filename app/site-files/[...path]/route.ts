import { readFileSync } from 'node:fs'
import { getBundleFile, getBundleFilePaths, getSectionPage, getSections } from '@/lib/content'
import { buildRssFeed, rssResponse, sectionFeed } from '@/lib/feeds'
import { contentTypeOf, bundleFileHeaders } from '@/lib/bundle-files'
import { pathToSegments, sectionFeedPath } from '@/lib/routes'
import { EMPTY_PARAM, exportableParams } from '@/lib/static-params'

type Context = { params: Promise<{ path: string[] }> }

// Files pages publish at their own paths: a page bundle's images and attachments
// (/2024/05/01/my-talk/stage.jpg), and each Hugo section's feed (/blog/2023/index.xml).
// next.config.js rewrites those paths here (a fallback rewrite: after every page and public/
// file); a static export writes them here and tools/static-export/build.ts moves them into
// place. Only what the content index lists is served, read from the path it recorded: a request
// never names a file on disk, so nothing outside a bundle folder (no `..`, no symbolic link,
// which the index never follows) and no draft's file in production can be reached.
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  const paths = [...getBundleFilePaths(), ...getSections().map(sectionFeedPath)]
  return exportableParams(
    paths.map((path) => ({ path: pathToSegments(path) })),
    { path: [EMPTY_PARAM] },
  )
}

export async function GET(_request: Request, { params }: Context) {
  const path = `/${(await params).path.map((segment) => decodeURIComponent(segment)).join('/')}`
  if (path.endsWith('/index.xml')) {
    const found = getSectionPage(path.slice(0, -'index.xml'.length))
    if (found && found.page === 1) return rssResponse(await buildRssFeed(sectionFeed(found.section)))
  }
  const file = getBundleFile(path)
  if (!file) return new Response('Not found', { status: 404 })
  return new Response(readFileSync(/* turbopackIgnore: true */ file.file), { headers: bundleFileHeaders(contentTypeOf(path)) })
}
