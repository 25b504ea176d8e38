import type { Image, Link, Paragraph, Root } from 'mdast'
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import { SKIP, visit } from 'unist-util-visit'
import { isSiteImage } from '../images'

/** Options: which site paths are posts (by default every root-relative path counts). */
export type RemarkImageLinkOptions = { isPostPath?: (path: string) => boolean }

/**
 * Turns Markdown's linked image, `[![alt](/uploads/x.png)](/2019/05/18/some-post/)`, into an
 * `<ImageLink src alt href />` when the image is on this site and the link leads to one of its
 * posts; a paragraph holding only that becomes a block element. Other linked images stay as they are.
 */
export function remarkImageLink(options: RemarkImageLinkOptions = {}) {
  const isPostPath = options.isPostPath ?? (() => true)
  const attributesFor = (link: Link): MdxJsxAttribute[] | undefined => {
    const image = onlyImage(link)
    if (!image || !isSiteImage(image.url) || !isSitePath(link.url) || !isPostPath(link.url.split(/[?#]/)[0])) return undefined
    return [
      { type: 'mdxJsxAttribute', name: 'src', value: image.url },
      { type: 'mdxJsxAttribute', name: 'alt', value: image.alt ?? '' },
      { type: 'mdxJsxAttribute', name: 'href', value: link.url },
    ]
  }
  return (tree: Root) => {
    // A paragraph that is only the linked image becomes a block; elsewhere it stays inline.
    visit(tree, 'paragraph', (paragraph: Paragraph, index, parent) => {
      const content = paragraph.children.filter((node) => !(node.type === 'text' && node.value.trim() === ''))
      const link = content.length === 1 && content[0].type === 'link' ? content[0] : undefined
      const attributes = link && attributesFor(link)
      if (!attributes || !parent || index === undefined) return
      const element: MdxJsxFlowElement = { type: 'mdxJsxFlowElement', name: 'ImageLink', attributes, children: [], position: paragraph.position }
      parent.children[index] = element
      return SKIP
    })
    visit(tree, 'link', (link: Link, index, parent) => {
      const attributes = attributesFor(link)
      if (!attributes || !parent || index === undefined) return
      const element: MdxJsxTextElement = { type: 'mdxJsxTextElement', name: 'ImageLink', attributes, children: [], position: link.position }
      parent.children[index] = element
      return SKIP
    })
  }
}

function onlyImage(link: Link): Image | undefined {
  const content = link.children.filter((node) => !(node.type === 'text' && node.value.trim() === ''))
  return content.length === 1 && content[0].type === 'image' ? content[0] : undefined
}

function isSitePath(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//')
}

