import { randomUUID } from 'node:crypto'
import type { Root } from 'hast'
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx'
import { SKIP, visit } from 'unist-util-visit'
import { COMPONENTS, isComponentName } from './shortcodes'
import { isHtmlName } from './rehype-html-from-jsx'
import { PLACEHOLDER_PROPERTY, PLACEHOLDER_TAG } from './sanitize-schema'

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast

/**
 * Takes the site's components (<Tweet>, <Note>…) through the sanitizer, which drops node types it
 * does not know. Each is swapped for a placeholder element carrying a token made for this call,
 * so what it holds is sanitized like any HTML while the component itself waits here. The
 * returned function puts them back in the sanitized tree, with only the props their spec lists
 * (remark-check-components checked the values). Authors cannot forge a placeholder: they do not
 * know the token, and one with a wrong token gives way to its content. JSX with an HTML name
 * (rehype-html-from-jsx makes it HTML first) is not protected: the sanitizer drops it.
 */
export function protectComponents(tree: Root): (sanitized: Root) => void {
  const token = randomUUID()
  const stash: JsxElement[] = []
  visit(tree, (node, index, parent) => {
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !parent || index === undefined) return
    if (node.name !== null && isHtmlName(node.name)) return
    parent.children[index] = {
      type: 'element',
      tagName: PLACEHOLDER_TAG,
      properties: { [PLACEHOLDER_PROPERTY]: `${token}:${stash.length}` },
      children: node.children,
    }
    stash.push(node)
    // Into the placeholder, for the components it holds.
    return [SKIP, index]
  })
  return (sanitized) => restoreComponents(sanitized, token, stash)
}

function restoreComponents(tree: Root, token: string, stash: JsxElement[]): void {
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== PLACEHOLDER_TAG || !parent || index === undefined) return
    const [given, position] = String(node.properties[PLACEHOLDER_PROPERTY] ?? '').split(':')
    const original = given === token ? stash[Number(position)] : undefined
    if (!original) {
      // Written by the author, not made by us: keep only its content.
      parent.children.splice(index, 1, ...node.children)
      return [SKIP, index]
    }
    const known = original.name && isComponentName(original.name) ? COMPONENTS[original.name].props : {}
    // Props the spec does not list were reported as warnings in remark; here they go.
    original.attributes = original.attributes.filter((attribute) => attribute.type === 'mdxJsxAttribute' && Object.hasOwn(known, attribute.name) && typeof attribute.value === 'string')
    original.children = node.children
    parent.children[index] = original
    // Into the component, for the placeholders it holds.
    return [SKIP, index]
  })
}
