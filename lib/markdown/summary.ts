import type { Nodes, Paragraph, Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Post } from '../content'

/** How long a description may be: what search results and share cards show before cutting. */
export const DESCRIPTION_LENGTH = 160

// {{< name … >}} and {{% name … %}}, on one line or several.
const SHORTCODE = /\{\{[<%][\s\S]*?[>%]\}\}/g

const cache = new Map<string, string>()

/**
 * What a post is about, in one line of plain text for metadata, feeds and cards: its front matter
 * `description` (or Hugo's `summary`), else the text of its first paragraph without markup or
 * shortcodes, cut at a word boundary to about 160 characters. Empty when the post has no prose.
 */
export function postDescription(post: Pick<Post, 'description' | 'body' | 'format' | 'filePath'>): string {
  if (post.description?.trim()) return collapse(post.description)
  const key = `${post.filePath}\0${post.body}`
  let summary = cache.get(key)
  if (summary === undefined) {
    summary = truncateAtWord(firstParagraphText(post.body, post.format), DESCRIPTION_LENGTH)
    cache.set(key, summary)
  }
  return summary
}

/** The plain text of the first paragraph that has any, '' when there is none or the text does not parse. */
export function firstParagraphText(body: string, format: Post['format']): string {
  const processor = unified().use(remarkParse).use(remarkGfm)
  if (format === 'mdx') processor.use(remarkMdx)
  let tree: Root
  try {
    tree = processor.parse(body)
  } catch {
    // An MDX syntax error: the page build reports it with its line; the description stays empty.
    return ''
  }
  // Top-level paragraphs first (a post's opening), then any paragraph (a post that opens with a list).
  const topLevel = tree.children.filter((node): node is Paragraph => node.type === 'paragraph')
  for (const paragraph of [...topLevel, ...paragraphsIn(tree)]) {
    const text = collapse(plainText(paragraph).replace(SHORTCODE, ''))
    if (text) return text
  }
  return ''
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
