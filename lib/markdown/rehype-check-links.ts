import type { Root } from 'hast'
import type { Node } from 'unist'
import type { VFile } from 'vfile'
import { visit } from 'unist-util-visit'
import type { LinkTarget } from '../site-index'
import { isJsxElement, stringAttribute } from './jsx-attributes'

/** Options: where a root-relative link leads (lib/site-index.ts). */
export type RehypeCheckLinksOptions = { findPath: (href: string) => LinkTarget }

const EMAIL = /^[^\s@/:]+@(?:[a-z0-9-]+\.)+[a-z]{2,24}$/i
const SCHEME = /^[a-z][a-z0-9+.-]*:/i

/**
 * Checks every link of a post: a root-relative link to a post, tag or file that does not exist is
 * an error; an e-mail address without `mailto:` is a warning (web addresses without a scheme are
 * remark-schemeless-links's). Reads `a` elements (Markdown and raw HTML, so after rehype-raw) and
 * JSX elements with an `href` (`<a>`, `<ImageLink>`).
 */
export function rehypeCheckLinks({ findPath }: RehypeCheckLinksOptions) {
  return (tree: Root, file: VFile) => {
    visit(tree, (node: Node) => {
      const href = hrefOf(node)
      if (!href) return
      const place = node.position
      if (href.startsWith('/') && !href.startsWith('//')) {
        const target = findPath(href)
        if (target && !target.found) {
          const message = file.message(target.reason, { place, ruleId: 'link', source: 'rehype-check-links' })
          message.fatal = true
          message.note = target.hint
        }
        return
      }
      if (SCHEME.test(href) || !EMAIL.test(href)) return
      const message = file.message(`link "${href}" is an e-mail address without mailto:`, { place, ruleId: 'schemeless-link', source: 'rehype-check-links' })
      message.note = `write mailto:${href}`
    })
  }
}

function hrefOf(node: Node): string | undefined {
  if (node.type === 'element') {
    const element = node as Node & { tagName: string; properties: Record<string, unknown> }
    const href = element.properties.href
    return element.tagName === 'a' && typeof href === 'string' ? href.trim() : undefined
  }
  if (isJsxElement(node, ['a', 'ImageLink'])) return stringAttribute(node, 'href')?.trim()
  return undefined
}
