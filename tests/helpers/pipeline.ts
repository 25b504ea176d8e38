import { renderToStaticMarkup } from 'react-dom/server'
import sharp from 'sharp'
import { resolvePostReference, type SiteContent } from '@/lib/content'
import { getImageSize } from '@/lib/images'
import { renderPost, type PipelineContext } from '@/lib/markdown/pipeline'
import { mdxComponents } from '@/components/mdx-components'
import type { Post } from '@/lib/content'

/** The pipeline context of a loaded site: refs and post paths among its posts, images under publicDir. */
export function contextFor(content: SiteContent, publicDir: string): PipelineContext {
  const paths = new Set(content.posts.map((post) => post.path))
  return {
    resolveRef: (target) => {
      const found = resolvePostReference(target, content.posts)
      return found && found.post.path + (found.anchor ? `#${found.anchor}` : '')
    },
    publicDir,
    isPostPath: (path) => paths.has(path),
    imageSize: (src) => getImageSize(publicDir, src),
  }
}

/** A post rendered to HTML with the site's components, as its page body shows it. */
export async function renderToHtml(post: Post, context: PipelineContext): Promise<string> {
  return renderToStaticMarkup(await renderPost(post, mdxComponents, context))
}

/** A small PNG of the given size, for image fixtures. */
export function png(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#6b8cae' } }).png().toBuffer()
}
