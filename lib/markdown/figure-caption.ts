import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx'
import { toString } from 'mdast-util-to-string'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'

/**
 * Hugo's figure renders its caption and attribution (`attr`, linked by `attrlink`) as Markdown:
 * when they hold any, they become the figure's children, parsed; the caption prop keeps the plain
 * text (the alt text when none is given, as in Hugo).
 */
export function figureCaption(props: [string, string][], element: MdxJsxFlowElement): [string, string][] {
  const value = (name: string) => props.find(([prop]) => prop === name)?.[1]
  const caption = value('caption') ?? ''
  const attr = value('attr')
  const attrlink = value('attrlink')
  const rest = props.filter(([prop]) => prop !== 'attr' && prop !== 'attrlink')
  const markdown = [caption, attr ? (attrlink ? `[${attr}](${attrlink})` : attr) : ''].filter(Boolean).join(' ')
  if (!markdown || (!attr && !/[[*_`<\\]/.test(caption))) return rest
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown)
  // Parsed apart from the post: positions would point into the post's text, so there are none.
  visit(tree, (node) => {
    delete node.position
  })
  element.children = tree.children as MdxJsxFlowElement['children']
  const plain = toString(tree).replace(/\s+/g, ' ').trim()
  return rest.map(([prop, text]): [string, string] => (prop === 'caption' ? [prop, plain] : [prop, text])).concat(caption ? [] : [['caption', plain]])
}

