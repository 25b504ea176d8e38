import type { Element, Root } from 'hast'
import { nodeTypes } from '@mdx-js/mdx'
import { toHtml } from 'hast-util-to-html'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { SKIP, visit } from 'unist-util-visit'
import { VFile } from 'vfile'
import { ContentError } from '../content/problems'
import type { Post } from '../content'
import { absoluteUrl, postPath } from '../routes'
import { compileKey, problemsOf, rehypePlugins, remarkPlugins, siteContext, type PipelineContext } from './pipeline'
import { rehypeAbsoluteUrls } from './rehype-absolute-urls'
import { openBuildCache, throughCache } from './compile-cache'
import { count } from '../trace'
import { rehypeFeedElements } from './rehype-feed-elements'
import { rehypeRemoteImages } from './rehype-remote-images'
import { sanitizeTree } from './rehype-sanitize-html'
import { feedSanitizeSchema } from './sanitize-schema'
import { parseLimitProblems } from './parse-limits'

/**
 * A post as an HTML string, for feeds: the site's own remark and rehype plugins (from
 * pipeline.ts, not a copy), then the content components as plain HTML, every URL absolute, and
 * nothing a feed reader should not run. Throws a ContentError when the post has errors.
 */
export async function renderPostHtml(post: Post, options: { context?: PipelineContext; pageUrl?: string } = {}): Promise<string> {
  const pageUrl = options.pageUrl ?? absoluteUrl(postPath(post))
  if (options.context) return renderHtml(post, options.context, pageUrl)
  // The site's own posts go through the build cache, as compiled posts do (see compile-cache.ts).
  const context = siteContext()
  const cache = openBuildCache<string>('feed-html')
  if (!cache) return renderHtml(post, context, pageUrl)
  const { value, from } = await throughCache(cache, compileKey(post, pageUrl), context, (recording) => renderHtml(post, recording, pageUrl))
  count(`feed-html-cache-${from}`)
  return value
}

async function renderHtml(post: Post, context: PipelineContext, pageUrl: string): Promise<string> {
  const tooSlow = parseLimitProblems(post.body, post.filePath)
  if (tooSlow.length > 0) throw new ContentError(tooSlow)
  // Relative URLs are read from the page the HTML comes from (the post's permalink, unless told otherwise).
  const page = { path: new URL(pageUrl).pathname, params: post.params }
  const processor = unified().use(remarkParse)
  if (post.format === 'mdx') processor.use(remarkMdx)
  processor
    .use(remarkPlugins(post, context, page))
    // As @mdx-js/mdx does: raw HTML reaches rehype-raw (in .md), MDX nodes pass through untouched.
    .use(remarkRehype, { allowDangerousHtml: true, passThrough: [...nodeTypes] })
    .use(rehypePlugins(post.format, context, page))
    // The content components become HTML here, with props an author wrote: from now on the tree
    // takes the page's own rules again, images from other sites becoming links, then the allowlist.
    .use(rehypeFeedElements)
    .use(rehypeRemoteFeedImages)
    .use(rehypeDropHeadingAnchors)
    .use(rehypeSanitizeFeed)
    .use(rehypeAbsoluteUrls, { pageUrl })

  const file = new VFile({ path: post.filePath, value: post.body })
  let tree: Root
  try {
    tree = (await processor.run(processor.parse(file), file)) as Root
  } catch (error) {
    // A plugin that fails (file.fail) has left its message on the file; an MDX syntax error
    // carries its own place.
    if (!file.messages.some((message) => message.fatal === true)) file.message(String(error instanceof Error ? error.message : error)).fatal = true
    throw new ContentError(problemsOf(file, post))
  }
  const problems = problemsOf(file, post)
  if (problems.some((problem) => problem.severity === 'error')) throw new ContentError(problems)
  return toHtml(tree)
}

/**
 * The `#` links rehype-autolink-headings appends to headings help on the page; in a feed reader
 * they are stray "#" characters.
 */
function rehypeDropHeadingAnchors() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      const isAnchor =
        node.tagName === 'a' &&
        String(node.properties.ariaHidden) === 'true' &&
        typeof node.properties.href === 'string' &&
        node.properties.href.startsWith('#') &&
        parent?.type === 'element' &&
        /^h[1-6]$/.test(parent.tagName)
      if (!isAnchor || index === undefined) return
      parent.children.splice(index, 1)
      return [SKIP, index]
    })
  }
}

/**
 * rehype-remote-images once more, for the images the feed's elements made. (A plugin used twice in
 * one unified processor only takes the second options, so it runs under a name of its own.)
 */
function rehypeRemoteFeedImages() {
  return rehypeRemoteImages()
}

/**
 * The page's sanitizer (rehype-sanitize-html.ts, the allowlist in sanitize-schema.ts) with what
 * the feed's own elements add: the asides notes and warnings become, and their classes. No frame,
 * video or script gets through, and no image from another site (rehype-remote-images ran first).
 */
function rehypeSanitizeFeed() {
  return sanitizeTree(feedSanitizeSchema)
}
