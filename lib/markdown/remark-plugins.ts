import type { PluggableList } from 'unified'
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { visit } from 'unist-util-visit'
import remarkGfm from 'remark-gfm'
import { remarkHugoShortcodes } from './remark-hugo-shortcodes'
import { remarkSchemelessLinks } from './remark-schemeless-links'
import { remarkImageLink } from './remark-image-link'
import { remarkTalkList } from './remark-talk-list'
import { remarkMarkdownTalks } from './remark-markdown-talks'
import { remarkGallery } from './remark-gallery'
import { remarkCheckComponents } from './remark-check-components'
import { remarkRefuseCode } from './remark-refuse-code'
import { getImageSize, listFolderImages } from '../images'
import { lookupParam } from '../content/site-shortcodes'
import type { PageInfo, PipelineContext } from './context'

/**
 * The remark half of the Markdown pipeline, for a post of either format: what compiles a page
 * (lib/markdown/pipeline.ts) and what reads a post's talks and galleries for the indexes
 * (lib/content/post-facts.ts) run these same plugins, so a page and its event and speaker pages
 * never disagree.
 */

declare module 'vfile' {
  interface DataMap {
    /** The tweets a post embeds, with their lines: their cache files are checked after compiling. */
    tweets: { id: string; line: number }[]
  }
}

/** What the remark plugins need to know of a post: its format, whether its Markdown lists may be talk lists, and whether it covers an event. */
export type RemarkPost = { format: 'md' | 'mdx'; detectTalks?: boolean; event?: unknown }

/** Notes every <Tweet> (written or made from a shortcode) in file.data.tweets. */
function remarkCollectTweets() {
  return (tree: Root, file: VFile) => {
    const tweets: { id: string; line: number }[] = []
    visit(tree, (node) => {
      if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'Tweet') return
      const id = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id')?.value
      if (typeof id === 'string') tweets.push({ id, line: node.position?.start.line ?? 1 })
    })
    file.data.tweets = tweets
  }
}

/** remark plugins for a post; `page` is what Hugo's `param` reads first (the page's own params). */
export function remarkPlugins(post: RemarkPost, context: PipelineContext, page?: PageInfo): PluggableList {
  // First, so code in MDX is an error at its place before anything else reads the tree (and
  // before next-mdx-remote's blockJS removers, which would drop it silently).
  const plugins: PluggableList = [remarkRefuseCode, remarkGfm, remarkSchemelessLinks]
  if (post.format === 'md') {
    const param = (key: string) => lookupParam(key, page?.params ?? {}) ?? context.siteParam?.(key)
    plugins.push([remarkHugoShortcodes, { resolveRef: context.resolveRef, param, siteShortcode: context.siteShortcode }])
  }
  const gallery = {
    imageSize: context.imageSize ?? ((src: string) => getImageSize(context.publicDir, src)),
    listImages: context.listImages ?? ((folder: string) => listFolderImages(context.publicDir, folder)),
  }
  // The gallery first: its linked images must not become <ImageLink>s.
  plugins.push([remarkGallery, gallery], [remarkImageLink, { isPostPath: context.isPostPath }])
  // Talk lists in Markdown (Hugo) posts; MDX posts write <TalkList>.
  if (post.format === 'md') plugins.push([remarkMarkdownTalks, { enabled: post.detectTalks ?? true, warnNearMisses: post.event !== undefined }])
  plugins.push(remarkTalkList, remarkCheckComponents, remarkCollectTweets)
  return plugins
}
