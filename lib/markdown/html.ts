import type { Element, Root } from 'hast'
import { nodeTypes } from '@mdx-js/mdx'
import { toHtml } from 'hast-util-to-html'
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize'
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
  // Relative URLs are read from the page the HTML comes from (the post's permalink, unless told otherwise).
  const page = { path: new URL(pageUrl).pathname, params: post.params }
  const processor = unified().use(remarkParse)
  if (post.format === 'mdx') processor.use(remarkMdx)
  processor
    .use(remarkPlugins(post, context, page))
    // As @mdx-js/mdx does: raw HTML reaches rehype-raw (in .md), MDX nodes pass through untouched.
    .use(remarkRehype, { allowDangerousHtml: true, passThrough: [...nodeTypes] })
    .use(rehypePlugins(post.format, context, page))
    .use(rehypeFeedElements)
    .use(rehypeDropHeadingAnchors)
    .use(rehypeAbsoluteUrls, { pageUrl })
    .use(rehypeSanitize, FEED_SCHEMA)

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
 * GitHub's sanitizing rules (no scripts, styles, event handlers or javascript: URLs), plus the
 * elements recap's components become, classes for code highlighting, and ids kept as written so
 * `#anchor` links still land.
 */
const FEED_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: '',
  clobber: [],
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'aside', 'caption', 'mark', 'abbr', 'cite', 'small', 'u', 'video', 'audio', 'track', 'iframe'],
  attributes: {
    // Elements the default limits to certain classes (ul, li, code…) may carry any class here.
    ...Object.fromEntries(
      Object.entries(defaultSchema.attributes ?? {}).map(([tag, allowed]) => [
        tag,
        [...allowed.filter((rule) => !(Array.isArray(rule) && rule[0] === 'className')), 'className'],
      ]),
    ),
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'className', 'id'],
    img: [...(defaultSchema.attributes?.img ?? []), 'srcSet', 'sizes', 'width', 'height', 'loading', 'decoding'],
    video: ['src', 'poster', 'controls', 'width', 'height', 'muted', 'loop', 'playsInline'],
    audio: ['src', 'controls'],
    track: ['src', 'kind', 'srcLang', 'label'],
    iframe: ['src', 'width', 'height', 'title', 'allow', 'allowFullScreen', 'loading'],
  },
  protocols: { ...defaultSchema.protocols, poster: ['http', 'https'] },
}
