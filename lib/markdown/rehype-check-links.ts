import type { Root } from 'hast'
import type { Node } from 'unist'
import type { VFile } from 'vfile'
import { visit } from 'unist-util-visit'
import type { LinkTarget } from '../site-index'
import { isJsxElement, stringAttribute } from './jsx-attributes'

/** Options: where a root-relative link leads (lib/site-index.ts). */
export type RehypeCheckLinksOptions = { findPath: (href: string) => LinkTarget }

// File extensions that look like top-level domains (`notes.md`), so a relative file link is not
// mistaken for a web address.
const FILE_EXTENSIONS = new Set(['md', 'mdx', 'html', 'htm', 'png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'avif', 'pdf', 'txt', 'json', 'yaml', 'yml', 'xml', 'zip', 'gz', 'sh', 'js', 'ts', 'css', 'go', 'rs', 'py', 'mp4', 'mov'])
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,24})(?::\d+)?(?:[/?#]|$)/i
const EMAIL = /^[^\s@/:]+@(?:[a-z0-9-]+\.)+[a-z]{2,24}$/i
const SCHEME = /^[a-z][a-z0-9+.-]*:/i

/**
 * Checks every link of a post: a root-relative link to a post, tag or file that does not exist is
 * an error; a web address written without its scheme (`[SMI](smi-spec.org)`, which browsers read
 * as a path under the post) is a warning. Reads `a` elements (Markdown and raw HTML) and JSX
 * elements with an `href` (`<a>`, `<ImageLink>`).
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
      if (SCHEME.test(href) || href.startsWith('#') || href.startsWith('?') || href.startsWith('.')) return
      const domain = DOMAIN.exec(href)
      if (domain && !FILE_EXTENSIONS.has(domain[1].toLowerCase())) {
        const message = file.message(`link "${href}" has no scheme, so it leads to a page under this post`, { place, ruleId: 'link-scheme', source: 'rehype-check-links' })
        message.note = `write https://${href}`
      } else if (EMAIL.test(href)) {
        const message = file.message(`link "${href}" is an e-mail address without mailto:`, { place, ruleId: 'link-scheme', source: 'rehype-check-links' })
        message.note = `write mailto:${href}`
      }
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
