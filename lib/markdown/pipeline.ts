import { createElement, type ReactElement } from 'react'
import * as jsxRuntime from 'react/jsx-runtime'
import * as jsxDevRuntime from 'react/jsx-dev-runtime'
import { serialize } from 'next-mdx-remote/serialize'
import { compile as compileMdx, run, nodeTypes } from '@mdx-js/mdx'
import type { MDXComponents } from 'mdx/types'
import type { PluggableList } from 'unified'
import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'
import { VFile } from 'vfile'
import rehypeRaw from 'rehype-raw'
import rehypeSlug from 'rehype-slug'
import rehypeAutolinkHeadings from 'rehype-autolink-headings'
import rehypeHighlight from 'rehype-highlight'
import { rehypeHtmlFromJsx } from './rehype-html-from-jsx'
import { rehypeVideoEmbeds } from './rehype-video-embeds'
import { rehypeRemoteImages } from './rehype-remote-images'
import { rehypeReportRemovals } from './rehype-report-removals'
import { rehypeSanitizeHtml } from './rehype-sanitize-html'
import { rehypeSafeIds } from './rehype-safe-ids'
import { parseLimitProblems } from './parse-limits'
import { findShortcodesInMdx } from './mdx-shortcodes'
import { remarkPlugins } from './remark-plugins'

export { remarkPlugins } from './remark-plugins'
import { rehypeImageSize } from './rehype-image-size'
import { rehypeScrollables } from './rehype-scrollables'
import { rehypeCheckLinks } from './rehype-check-links'
import { rehypeCheckTweets } from './rehype-check-tweets'
import { rehypeCollectHeadings, type Heading } from './rehype-collect-headings'
import type { Post } from '../content'
import { getImageSize } from '../images'
import { processMemo } from '../process-memo'
import { count } from '../trace'
import { tweetCachePath, tweetsDir } from '../tweets'
import { siteContext, tweetCacheDamageIn, type PageInfo, type PipelineContext } from './context'
import { rehypeResolveUrls } from './rehype-resolve-urls'
import { originalPoint } from './source-edits'

export { contextFor, siteContext, type PageInfo, type PipelineContext, type TweetCacheDamage } from './context'
import { hashOf, openBuildCache, throughCache, type CacheOutcome, type DiskCache } from './compile-cache'
import { ContentError, displayPath, type ContentProblem } from '../content/problems'
import { isServingBuild, readSnapshotPost, snapshotDir } from '../content/snapshot'

/**
 * The Markdown pipeline: the one module that knows how a post's text becomes React. Every use
 * of next-mdx-remote (archived upstream) is here, so it can be swapped in one place.
 *
 *   .md  -> remark (GFM, Hugo shortcodes -> component elements) -> rehype (raw HTML parsed, as Hugo's blackfriday kept it)
 *   .mdx -> (no Hugo shortcodes: checked first; no import/export or {…}: errors) -> remark (GFM) -> rehype
 *   both -> HTML sanitized with an allowlist (our component elements kept), videos click-to-play
 *   both -> linked images -> <ImageLink>, lists in <TalkList> -> <Talk>, every component element
 *           checked against lib/markdown/shortcodes.ts (the remark half is remark-plugins.ts); names resolve through components/mdx-components.tsx
 *   both -> heading ids and anchors, highlighted code, image sizes -> compiled JS -> React
 */

/**
 * What makes the HTML a post wrote safe, in this order: lower-case JSX becomes HTML (so it is
 * sanitized as HTML), YouTube and Vimeo iframes become click-to-play players (the sanitizer drops
 * iframes), images from other sites become links, what the sanitizer will remove is reported at
 * its line, then the allowlist applies (README, "Security").
 */
export const sanitizingPlugins = [rehypeHtmlFromJsx, rehypeVideoEmbeds, rehypeRemoteImages, rehypeReportRemovals, rehypeSanitizeHtml] satisfies PluggableList

// Fence names that mean plain text in Hugo sites (chroma's `text`, `plaintext`, the OpenTelemetry docs' `nocode`).
const PLAIN_TEXT_LANGUAGES = ['text', 'txt', 'plain', 'plaintext', 'nocode', 'none', 'ignorelang', 'console-output', 'output', 'log']

/** rehype-highlight says so of a language it does not know; the code is shown plain, as Hugo shows it: nothing to report. */
function rehypeQuietMissingLanguages() {
  return (_tree: unknown, file: VFile) => {
    // In place: next-mdx-remote holds this very array (see compilePost).
    for (let i = file.messages.length - 1; i >= 0; i--) {
      const message = file.messages[i]
      if (message.source === 'rehype-highlight' && message.ruleId === 'missing-language') file.messages.splice(i, 1)
    }
  }
}

/** rehype plugins for a post of the given format. */
export function rehypePlugins(format: Post['format'], context: PipelineContext, page?: PageInfo): PluggableList {
  const plugins: PluggableList = []
  // In .md, raw HTML arrives as `raw` nodes; parse it, leaving the MDX nodes our plugins made alone.
  if (format === 'md') plugins.push([rehypeRaw, { passThrough: [...nodeTypes] }])
  // Relative URLs (a page bundle's `diagram.png`, `../other-post/`) read from the page's permalink.
  if (page) plugins.push([rehypeResolveUrls, { pagePath: page.path, pageFor: context.pageFor }])
  plugins.push(
    // Before the plugins below, so only what the author wrote is sanitized, never what we add.
    ...sanitizingPlugins,
    rehypeSlug,
    // Before the heading anchors and the contents, which link to the ids as this leaves them.
    rehypeSafeIds,
    rehypeCollectHeadings,
    [rehypeAutolinkHeadings, { behavior: 'append', properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 }, content: { type: 'text', value: '#' } }],
    // Code in a language highlight.js does not know (mermaid, promql) stays plain text without a
    // word, as Hugo leaves it.
    [rehypeHighlight, { detect: false, plainText: PLAIN_TEXT_LANGUAGES }],
    rehypeQuietMissingLanguages,
    rehypeScrollables,
    [rehypeImageSize, { imageSize: context.imageSize ?? ((src: string) => getImageSize(context.publicDir, src)) }],
  )
  // Last, so they see links and elements as every other plugin left them.
  if (context.findPath) plugins.push([rehypeCheckLinks, { findPath: context.findPath }])
  if (context.hasTweet) plugins.push([rehypeCheckTweets, { hasTweet: context.hasTweet }])
  return plugins
}

/** A post compiled to the body of an MDX function, with what the plugins reported and its headings. */
export type CompiledPost = { code: string; problems: ContentProblem[]; headings?: Heading[] }

function mdxOptions(post: Post, context: PipelineContext) {
  const page = { path: post.path, params: post.params }
  return {
    format: post.format,
    remarkPlugins: remarkPlugins(post, context, page),
    rehypePlugins: rehypePlugins(post.format, context, page),
  }
}

/** Plugin messages as content problems: fatal messages are errors, the rest warnings. */
export function problemsOf(file: VFile, post: Pick<Post, 'filePath'>): ContentProblem[] {
  // Shortcodes expanded in the source moved its text: report positions in the file as written.
  const map = file.data.sourceMap
  const at = (line: number | undefined, column: number | undefined) =>
    map && line !== undefined ? originalPoint(map, line, column ?? 1) : { line: line ?? 1, column: column ?? undefined }
  return file.messages.map((message) => ({
    file: post.filePath,
    line: at(message.line ?? undefined, message.column ?? undefined).line,
    column: message.column === undefined || message.column === null ? undefined : at(message.line ?? undefined, message.column).column,
    severity: message.fatal === true ? 'error' : 'warning',
    rule: message.ruleId ?? message.source ?? 'markdown',
    reason: message.reason,
    hint: message.note ?? undefined,
  }))
}

/**
 * Compiles one post. Never throws for bad content: syntax errors and plugin errors come back as
 * problems with their file line, so a caller can collect the problems of every post.
 */
export async function compilePost(post: Post, context: PipelineContext = siteContext()): Promise<CompiledPost> {
  // What the parser would take minutes on is refused before it starts, here as in `npm run check`.
  const tooSlow = parseLimitProblems(post.body, post.filePath)
  if (tooSlow.length > 0) return { code: '', problems: tooSlow }
  if (post.format === 'mdx') {
    // MDX would stop at the first `{{<` with a message about JavaScript; say what to write instead.
    const shortcodes = findShortcodesInMdx(post.body, context.resolveRef)
    if (shortcodes.length > 0) {
      return {
        code: '',
        problems: shortcodes.map(({ line, column, reason, hint }) => ({ file: post.filePath, line, column, severity: 'error', rule: 'hugo-shortcode-in-mdx', reason, hint })),
      }
    }
  }
  // Our VFile is shared with next-mdx-remote's (it copies `messages` by reference), so we see
  // every message the plugins leave.
  const file = new VFile({ path: post.filePath, value: post.body })
  try {
    const { compiledSource } = await serialize(
      file,
      { mdxOptions: mdxOptions(post, context), blockJS: true, blockDangerousJS: true },
      true,
    )
    return { code: compiledSource, problems: [...problemsOf(file, post), ...tweetCacheProblems(file, post, context)], headings: file.data.headings ?? [] }
  } catch (error) {
    return { code: '', problems: [...problemsOf(file, post).filter((p) => p.severity === 'warning'), await locateFailure(post, context, error)] }
  }
}

/**
 * A damaged cache file of a tweet the post embeds, as an error at that file: the page would show
 * the fallback link instead of the tweet, so the build stops (in `next dev` the page still renders).
 */
function tweetCacheProblems(file: VFile, post: Post, context: PipelineContext): ContentProblem[] {
  const dir = context.tweetsDir ?? tweetsDir()
  const damageOf = context.tweetCacheDamage ?? tweetCacheDamageIn(dir)
  const problems = new Map<string, ContentProblem>()
  for (const { id, line } of file.data.tweets ?? []) {
    if (problems.has(id) || !/^\d+$/.test(id)) continue
    const damage = damageOf(id)
    if (!damage) continue
    problems.set(id, {
      file: displayPath(tweetCachePath(id, dir)),
      line: damage.line ?? 1,
      column: damage.line === undefined ? undefined : damage.column,
      severity: 'error',
      rule: 'tweet-cache',
      reason: `the cached tweet ${id} is unusable: ${damage.reason}`,
      hint: `run \`npm run tweets:sync\` to fetch it again, or delete the file to show a link to the tweet (embedded at ${post.filePath}:${line})`,
    })
  }
  return [...problems.values()]
}

/**
 * next-mdx-remote reformats compile errors into text and drops their position; compiling once
 * more with @mdx-js/mdx (only on this failure path) gives back the located message.
 */
async function locateFailure(post: Post, context: PipelineContext, original: unknown): Promise<ContentProblem> {
  const file = new VFile({ path: post.filePath, value: post.body })
  let line = 1
  let column: number | undefined
  let reason = original instanceof Error ? original.message.split('\n').find((l) => l && !l.startsWith('[next-mdx-remote]')) ?? original.message : String(original)
  let rule = 'mdx'
  let source = ''
  try {
    await compileMdx(file, { ...mdxOptions(post, context), outputFormat: 'function-body' })
  } catch (located) {
    const place = located as { line?: number; column?: number; reason?: string; ruleId?: string; source?: string; note?: string }
    line = place.line ?? 1
    column = place.column ?? undefined
    reason = place.reason ?? reason
    rule = place.ruleId ?? place.source ?? rule
    source = place.source ?? ''
  }
  // Parser messages name their package in `source` (micromark-extension-mdx-jsx, …), not in ruleId.
  const isSyntax = rule !== 'mdx' && /micromark|acorn|mdx/.test(`${rule} ${source}`)
  return {
    file: post.filePath,
    line,
    column,
    severity: 'error',
    rule,
    reason: isSyntax ? `MDX syntax: ${reason}` : reason,
    hint: post.format === 'mdx' ? 'check the JSX tag or { } near this line (see https://mdxjs.com/docs/troubleshooting-mdx)' : undefined,
  }
}

/** A component element in a post's syntax tree: its string props and line. */
export type FoundElement = { name: string; props: Record<string, string>; line: number }

/**
 * Every element named `name` in a post, read from its syntax tree after Hugo shortcodes became
 * elements (so `{{< tweet 1 >}}` and `<Tweet id="1" />` are found alike). A post that does not
 * compile gives what was found before the failure; `npm run check` reports the failure itself.
 */
export async function findElements(post: Post, name: string, context: PipelineContext = siteContext()): Promise<FoundElement[]> {
  const found: FoundElement[] = []
  const collect = () => (tree: Root) => {
    visit(tree, (node) => {
      if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== name) return
      const props: Record<string, string> = {}
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') props[attribute.name] = attribute.value
      }
      found.push({ name, props, line: node.position?.start.line ?? 1 })
    })
  }
  const options = mdxOptions(post, context)
  try {
    await compileMdx(new VFile({ path: post.filePath, value: post.body }), { ...options, remarkPlugins: [...options.remarkPlugins, collect], outputFormat: 'function-body' })
  } catch {
    // Reported by compilePost; the elements found so far are still worth having.
  }
  return found
}

const compiled = processMemo('compiled-posts', () => new Map<string, Promise<CompiledPost>>())

/** compilePost, shared by concurrent callers (kept per process in development), and cached across builds on disk (see compile-cache.ts). */
export function getCompiledPost(post: Post, context?: PipelineContext): Promise<CompiledPost> {
  // Tests and tools pass their own context: compiled afresh, neither memoised nor cached.
  if (context) return compilePost(post, context)
  // A production server renders what its build compiled (lib/markdown/compile-site.ts).
  const built = isServingBuild() ? readSnapshotPost(snapshotDir(), post) : undefined
  if (built) return Promise.resolve({ code: built.code, problems: [] })
  const key = `${post.filePath}\0${post.format}\0${post.body}`
  let result = compiled.get(key)
  if (!result) {
    result = compileCached(post)
    compiled.set(key, result)
    // A production build renders each post once: share a compile while it runs, then let the
    // code go (it is on disk) rather than hold a thousand posts' code until the build ends.
    if (process.env.NODE_ENV === 'production') result.finally(() => compiled.delete(key)).catch(() => undefined)
  }
  return result
}

/** Compiles a post with the site's context, through the build cache when there is one. */
async function compileCached(post: Post): Promise<CompiledPost> {
  const context = siteContext()
  const cache = openBuildCache<CompiledPost>('mdx')
  if (!cache) return compilePost(post, context)
  const { compiled, from } = await compileWithCache(post, context, cache)
  count(`mdx-cache-${from}`)
  return compiled
}

/** What a post's compile reads of the post itself: its file, format, text, permalink (relative URLs) and front matter (`param`). */
export function compileKey(post: Post, ...more: string[]): string {
  return hashOf(post.filePath, post.format, post.body, post.path, JSON.stringify(post.params), ...more)
}

/**
 * A post from `cache` when its text is unchanged and every question its compile asked (refs,
 * post paths, image sizes) gets the same answer; else compiled, with its questions recorded.
 */
export async function compileWithCache(
  post: Post,
  context: PipelineContext,
  cache: DiskCache<CompiledPost>,
): Promise<{ compiled: CompiledPost; from: CacheOutcome }> {
  const { value, from } = await throughCache(cache, compileKey(post), context, (recording) => compilePost(post, recording))
  return { compiled: value, from }
}

// Errors a page can show around: the Tweet component falls back to a link, an image without a
// size still loads (or shows as broken).
const RECOVERABLE_RULES = new Set(['image', 'tweet-cache'])

/**
 * The post's body as React, its components resolved through `components`. Throws a
 * ContentError (path:line: reason; hint) when the post has errors, so the build stops on them.
 * In `next dev`, errors the page can show around (a damaged image or tweet cache) are printed
 * instead and the page renders with its fallbacks: an author sees the problem, never a blank page.
 */
export async function renderPost(post: Post, components: MDXComponents, context?: PipelineContext): Promise<ReactElement> {
  return (await renderPostParts(post, components, context)).content
}

/** renderPost, with the post's headings (for its table of contents) from the same compile. */
export async function renderPostParts(post: Post, components: MDXComponents, context?: PipelineContext): Promise<{ content: ReactElement; headings: Heading[] }> {
  const { code, problems, headings = [] } = await getCompiledPost(post, context)
  const errors = problems.filter((problem) => problem.severity === 'error')
  if (errors.length > 0) {
    const isRecoverable = code !== '' && errors.every((problem) => RECOVERABLE_RULES.has(problem.rule))
    if (!isRecoverable || process.env.NODE_ENV !== 'development') throw new ContentError(problems)
    console.error(new ContentError(problems).message)
  }
  const runtime = process.env.NODE_ENV === 'production' ? jsxRuntime : { ...jsxRuntime, ...jsxDevRuntime }
  const { default: Content } = await run(code, { ...runtime, baseUrl: import.meta.url })
  return { content: createElement(Content, { components }), headings }
}
