import type { Nodes, Paragraph, Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Post } from '../content'
import { processMemo } from '../process-memo'

/** How long a description may be: what search results and share cards show before cutting. */
export const DESCRIPTION_LENGTH = 160

// {{< name … >}} and {{% name … %}}, on one line or several.
const SHORTCODE = /\{\{[<%][\s\S]*?[>%]\}\}/g

// Cards and metadata of every page ask for descriptions; pages and feeds share them.
const cache = processMemo('post-descriptions', () => new Map<string, string>())

/**
 * What a post is about, in one line of plain text for metadata, feeds and cards: its front matter
 * `description` (or Hugo's `summary`), else the text before Hugo's `<!--more-->` divider, else the
 * text of its first paragraph, without markup or shortcodes, cut at a word boundary to about 160
 * characters. Empty when the post has no prose.
 */
export function postDescription(post: Pick<Post, 'description' | 'body' | 'format' | 'filePath'>): string {
  if (post.description?.trim()) return collapse(post.description)
  const key = `${post.filePath}\0${post.body}`
  let summary = cache.get(key)
  if (summary === undefined) {
    summary = truncateAtWord(dividedSummary(post.body, post.format) ?? firstParagraphText(post.body, post.format), DESCRIPTION_LENGTH)
    cache.set(key, summary)
  }
  return summary
}

// Hugo's summary divider: what comes before it is the post's summary.
const DIVIDER = '<!--more-->'

/** The text before Hugo's `<!--more-->` divider, every paragraph of it; undefined without one (or with no text before it). */
function dividedSummary(body: string, format: Post['format']): string | undefined {
  const at = body.indexOf(DIVIDER)
  if (at === -1) return undefined
  const tree = parse(body.slice(0, at), format)
  const text = tree ? collapse(paragraphsIn(tree).map(textOf).join(' ')) : ''
  return text || undefined
}

// Most posts open with their first paragraph: it is read from the first few kilobytes.
const PREFIX_CHARS = 2000

/**
 * The plain text of the first paragraph that has any, '' when there is none or the text does not
 * parse. Parsing is the cost (a build asks for every post), so it first parses a prefix of the
 * post that ends at a blank line, and the whole post only when that prefix settles nothing. A
 * blank line closes every paragraph before it, and Markdown never reinterprets a closed block
 * from what follows, so a top-level paragraph of the prefix is the same in the whole post, with
 * one exception: a reference link (`[text][id]`) whose definition comes later, left as text with
 * its brackets; a paragraph holding a `[` is therefore always read from the whole post.
 * `prefixChars` is where the first cut is tried (Infinity: parse the whole post at once).
 */
export function firstParagraphText(body: string, format: Post['format'], prefixChars = PREFIX_CHARS): string {
  for (let size = prefixChars; size < body.length; size *= 4) {
    const blank = /\n[ \t]*\n/g
    blank.lastIndex = size
    const cut = blank.exec(body)
    if (!cut) break
    const tree = parse(body.slice(0, cut.index + 1), format)
    if (!tree) break
    const paragraph = tree.children.find((node): node is Paragraph => node.type === 'paragraph' && textOf(node) !== '')
    if (paragraph) return hasBracket(paragraph) ? firstIn(parse(body, format)) : textOf(paragraph)
  }
  return firstIn(parse(body, format))
}

/** The syntax tree of a post's text, undefined when it does not parse (an MDX syntax error: the page build reports it). */
function parse(text: string, format: Post['format']): Root | undefined {
  const processor = unified().use(remarkParse).use(remarkGfm)
  if (format === 'mdx') processor.use(remarkMdx)
  try {
    return processor.parse(text)
  } catch {
    return undefined
  }
}

/** The first paragraph with text: top-level ones first (a post's opening), then any (a post that opens with a list). */
function firstIn(tree: Root | undefined): string {
  if (!tree) return ''
  const topLevel = tree.children.filter((node): node is Paragraph => node.type === 'paragraph')
  for (const paragraph of [...topLevel, ...paragraphsIn(tree)]) {
    const text = textOf(paragraph)
    if (text) return text
  }
  return ''
}

function textOf(paragraph: Paragraph): string {
  return collapse(plainText(paragraph).replace(SHORTCODE, ''))
}

function hasBracket(node: Nodes): boolean {
  if (node.type === 'text') return node.value.includes('[')
  return 'children' in node && node.children.some((child) => hasBracket(child as Nodes))
}

function paragraphsIn(node: Nodes): Paragraph[] {
  if (node.type === 'paragraph') return [node]
  if (node.type === 'code' || node.type === 'html') return []
  return 'children' in node ? node.children.flatMap((child) => paragraphsIn(child as Nodes)) : []
}

/** Text as a reader sees it: link text kept, images, raw HTML and MDX expressions left out. */
function plainText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value
    case 'break':
      return ' '
    case 'image':
    case 'imageReference':
    case 'html':
    case 'footnoteReference':
    case 'mdxTextExpression':
    case 'mdxFlowExpression':
    case 'mdxjsEsm':
      return ''
    default:
      return 'children' in node ? node.children.map((child) => plainText(child as Nodes)).join('') : ''
  }
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** `text` cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function truncateAtWord(text: string, max: number): string {
  const chars = [...text]
  if (chars.length <= max) return text
  const head = chars.slice(0, max - 1).join('')
  const lastSpace = head.lastIndexOf(' ')
  // A single very long word (a URL) is cut where it is rather than dropped.
  const cut = lastSpace > max / 2 ? head.slice(0, lastSpace) : head
  return `${cut.replace(/[\s,;:.–—-]+$/u, '')}…`
}
