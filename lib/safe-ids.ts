/**
 * Element ids recap writes from content (heading anchors, event sections) must not name a global
 * the framework's scripts read: rehype-safe-ids.ts guards heading ids, `safeAnchor` the rest.
 */

/**
 * Globals the framework's scripts read that no browser defines, besides every name starting with
 * `_` or `$` (`__next_f`, `__NEXT_DATA__`, `__webpack_require__`, `$RC`…). An element with such an
 * id or name becomes that global ("named access on the window object"): `<h2 id="__next_f">`
 * makes `self.__next_f` the heading, and every page script fails with "self.__next_f.push is
 * not a function". lib/markdown/rehype-safe-ids.test.ts reads the names out of Next's client
 * code, so a name a new Next version adds fails a test until it is listed here.
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

/** An anchor recap makes from content (an event's slug), kept clear of the framework's globals. */
export function safeAnchor(slug: string): string {
  return isFrameworkGlobal(slug) ? `event-${slug}` : slug
}
