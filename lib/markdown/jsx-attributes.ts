import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx'
import type { Node } from 'unist'

/** A JSX element in a hast tree: `<Tweet id="1" />` in .mdx, or what a Hugo shortcode became in .md. */
export type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast

/** Whether a node is a JSX element (optionally one of `names`). */
export function isJsxElement(node: Node, names?: readonly string[]): node is JsxElement {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return false
  const name = (node as JsxElement).name
  return !names || (name !== null && names.includes(name))
}

/** A JSX attribute's value when it is a plain string (next-mdx-remote strips `{…}` expressions). */
export function stringAttribute(node: JsxElement, name: string): string | undefined {
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name === name && typeof attribute.value === 'string') {
      return attribute.value
    }
  }
  return undefined
}
