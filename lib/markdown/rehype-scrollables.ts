import type { Root } from 'hast'
import type {} from 'mdast-util-mdx-jsx'
import { visit, SKIP } from 'unist-util-visit'

/**
 * Code blocks and tables can be wider than a phone: they scroll sideways inside the column, and
 * keyboard users must be able to scroll them too (WCAG 2.1.1; axe's scrollable-region-focusable).
 * So every `<pre>` takes a place in the tab order, and every table is wrapped in a focusable
 * `<div class="table-scroll">` that does the scrolling (the table keeps its own display, so its
 * semantics survive in every browser). Tables inside a `<Table>` component are left to it.
 */
export function rehypeScrollables() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'mdxJsxFlowElement' && node.name === 'Table') return SKIP
      if (node.type !== 'element') return
      if (node.tagName === 'pre') {
        node.properties.tabIndex = 0
        return SKIP
      }
      if (node.tagName === 'table' && parent && index !== undefined) {
        parent.children[index] = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-scroll'], tabIndex: 0 },
          children: [node],
        }
        return SKIP
      }
    })
  }
}
