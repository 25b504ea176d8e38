import type { Element, Root } from 'hast'
import { toString } from 'hast-util-to-string'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'

/** A section heading of a post: its level, its text, and the id the page gives it. */
export type Heading = { depth: number; text: string; id: string }

declare module 'vfile' {
  interface DataMap {
    /** The post's headings with their ids, in order: the table of contents is made from them. */
    headings: Heading[]
  }
}

/**
 * Notes every heading that has an id (h1 to h4) in file.data.headings: run after rehype-slug, so
 * the ids are the ones the page carries (a heading the author gave an id keeps it, with the
 * sanitizer's `user-content-` prefix), and before the `#` anchors are appended to the text.
 */
export function rehypeCollectHeadings() {
  return (tree: Root, file: VFile) => {
    const headings: Heading[] = []
    visit(tree, 'element', (node: Element) => {
      const depth = /^h([1-4])$/.exec(node.tagName)?.[1]
      const id = node.properties.id
      if (!depth || typeof id !== 'string' || !id) return
      const text = toString(node).replace(/\s+/g, ' ').trim()
      if (text) headings.push({ depth: Number(depth), text, id })
    })
    file.data.headings = headings
  }
}

/**
 * What a table of contents lists: the top two heading levels the post uses (h2 and h3 in most
 * posts; h1 and h2 in Hugo posts that start sections with `#`), when there are at least
 * `minHeadings` of them (levels renumbered 2 and 3); otherwise nothing.
 */
export function tableOfContents(headings: readonly Heading[], minHeadings: number): Heading[] {
  if (minHeadings <= 0 || headings.length === 0) return []
  const top = Math.min(...headings.map((heading) => heading.depth))
  const listed = headings.filter((heading) => heading.depth <= top + 1)
  return listed.length >= minHeadings ? listed.map((heading) => ({ ...heading, depth: heading.depth - top + 2 })) : []
}
