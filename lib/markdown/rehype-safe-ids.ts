import type { Root } from 'hast'
import { visit } from 'unist-util-visit'
import { sanitizeSchema } from './sanitize-schema'

const PREFIX = sanitizeSchema.clobberPrefix ?? 'user-content-'

/**
 * Globals the framework's scripts read that no browser defines, besides every name starting with
 * `_` or `$` (`__next_f`, `__NEXT_DATA__`, `__webpack_require__`, `$RC`…). An element with such an
 * id or name becomes that global ("named access on the window object"): `<h2 id="__next_f">`
 * makes `self.__next_f` the heading, and every page script fails with "self.__next_f.push is
 * not a function". rehype-safe-ids.test.ts reads the names out of Next's client code, so a name a
 * new Next version adds fails a test until it is listed here.
 */
export const FRAMEWORK_GLOBALS = [
  'next', 'nd', 'TURBOPACK', 'TURBOPACK_ASSET_SUFFIX', 'TURBOPACK_NEXT_CHUNK_URLS', 'NEXT_DEPLOYMENT_ID',
  'AsyncLocalStorage', 'clipboardData', 'MSInputMethodContext', 'webpackChunk_N_E', 'React', 'ReactDOM',
]
const RESERVED = new Set(FRAMEWORK_GLOBALS.map((name) => name.toLowerCase()))

/** Whether an element id or name would shadow a global the framework's scripts read. */
export function isFrameworkGlobal(id: string): boolean {
  return /^[_$]/.test(id) || RESERVED.has(id.toLowerCase())
}

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
