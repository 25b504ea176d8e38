import type { Element, Root } from 'hast'
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx'
import { h } from 'hastscript'
import { SKIP, visit } from 'unist-util-visit'

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast

/**
 * Lower-case JSX in `.mdx` (`<div>`, `<a href>`, `<script>`) is HTML: it becomes plain elements,
 * so the sanitizer treats it as it treats raw HTML in `.md` (which rehype-raw parsed before).
 * A fragment `<>…</>` gives way to its children. `<Note>` and `<motion.div>` stay: they are
 * components, checked in remark-check-components.
 */
export function rehypeHtmlFromJsx() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !parent || index === undefined) return
      if (node.name === null) {
        parent.children.splice(index, 1, ...node.children)
        // Visit what took its place (and nothing twice).
        return [SKIP, index]
      }
      if (!isHtmlName(node.name)) return
      parent.children[index] = toElement(node, node.name)
      return [SKIP, index]
    })
  }
}

/** `<div>`, `<iframe>`, `<svg:rect>`: an HTML name, not a component's. */
export function isHtmlName(name: string): boolean {
  return /^[a-z]/.test(name) && !name.includes('.')
}

function toElement(node: JsxElement, name: string): Element {
  const properties: Record<string, string | boolean> = {}
  for (const attribute of node.attributes) {
    // `{…}` values and spreads are errors (remark-refuse-code); they never become attributes.
    if (attribute.type !== 'mdxJsxAttribute') continue
    if (attribute.value === null || attribute.value === undefined) properties[attribute.name] = true
    else if (typeof attribute.value === 'string') properties[attribute.name] = attribute.value
  }
  // hastscript maps JSX and HTML attribute names alike (className/class, htmlFor/for) to properties.
  const made = h(name.toLowerCase(), properties)
  return { type: 'element', tagName: made.tagName, properties: made.properties, children: node.children, position: node.position }
}
