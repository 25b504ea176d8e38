import type { Root } from 'hast'
import type { Node } from 'unist'
import type { VFile } from 'vfile'
import { visit } from 'unist-util-visit'
import type { LinkTarget } from '../site-index'
import { isJsxElement, stringAttribute } from './jsx-attributes'
import { writtenUrl } from './rehype-resolve-urls'

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
        const isWrittenAsPath = writtenUrl(node as { data?: object }, 'href', href) === href
        if (!target && isWrittenAsPath && !isOwnFolder(href)) {
          // A page of the old site that is not part of this one (`/docs/…`): one warning per
          // link here; npm run check and the import show them as one line with the count.
          const message = file.message(`link "${href}" leads outside this site: no page or file here has that path`, { place, ruleId: 'outside-link', source: 'rehype-check-links' })
          message.note = 'import with --external-base https://the.old.site to link it there, or link a page of this site'
        }
        if (target && !target.found) {
          // A link written relative to the post is named as written, with where it leads.
          const written = writtenUrl(node as { data?: object }, 'href', href)
          const reason = written === href ? target.reason : `${target.reason.replace(`"${href}"`, `"${written}"`)} (${written} read from the post's URL is ${href})`
          const message = file.message(reason, { place, ruleId: 'link', source: 'rehype-check-links' })
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

/** Paths of the site's own pages and Next's files, which findPath does not judge but exist. */
function isOwnFolder(href: string): boolean {
  return /^\/(?:_next|api|og|site-files)\//.test(href)
}

function hrefOf(node: Node): string | undefined {
  if (node.type === 'element') {
    const element = node as Node & { tagName: string; properties: Record<string, unknown> }
    const href = element.properties.href
    return element.tagName === 'a' && typeof href === 'string' ? href.trim() : undefined
  }
  if (isJsxElement(node, ['a', 'ImageLink'])) return stringAttribute(node, 'href')?.trim()
  // A video file must be there as much as a linked one.
  if (isJsxElement(node, ['Video'])) return stringAttribute(node, 'src')?.trim()
  return undefined
}
