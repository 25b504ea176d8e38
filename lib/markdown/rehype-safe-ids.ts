import type { Root } from 'hast'
import { visit } from 'unist-util-visit'
import { sanitizeSchema } from './sanitize-schema'
import { isFrameworkGlobal } from '../safe-ids'

const PREFIX = sanitizeSchema.clobberPrefix ?? 'user-content-'

/**
 * The ids recap writes (heading anchors from rehype-slug, after the sanitizer prefixed the
 * author's own) never name a framework global: such an id gets the `user-content-` prefix the
 * sanitizer gives every author id, and in-page links to it follow. Every other heading keeps the
 * id Hugo gave it, so old `#anchor` links still land.
 */
export function rehypeSafeIds() {
  return (tree: Root) => {
    const renamed = new Map<string, string>()
    visit(tree, 'element', (node) => {
      for (const key of ['id', 'name']) {
        const value = node.properties[key]
        if (typeof value !== 'string' || !isFrameworkGlobal(value)) continue
        node.properties[key] = PREFIX + value
        renamed.set(value, PREFIX + value)
      }
    })
    if (renamed.size === 0) return
    visit(tree, 'element', (node) => {
      const href = node.properties.href
      if (typeof href === 'string' && href.startsWith('#') && renamed.has(href.slice(1))) node.properties.href = `#${renamed.get(href.slice(1))}`
    })
  }
}
