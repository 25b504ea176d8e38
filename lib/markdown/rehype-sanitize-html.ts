import type { Properties, Root } from 'hast'
import type {} from 'mdast-util-mdx-jsx'
import { sanitize, type Schema } from 'hast-util-sanitize'
import { visit } from 'unist-util-visit'
import { isLocalImageSource } from '../safe-urls'
import { protectComponents } from './protect-components'
import { sanitizeSchema } from './sanitize-schema'

const PREFIX = sanitizeSchema.clobberPrefix ?? 'user-content-'
const CLOBBERED = sanitizeSchema.clobber ?? []

/**
 * Sanitizes the HTML of a post with the allowlist in lib/markdown/sanitize-schema.ts, so no
 * script from a post ever runs in a reader's browser. The site's components come through it
 * (protect-components.ts); ids and names get the `user-content-` prefix once, and in-page links
 * follow them. The plugins before it turn lower-case JSX into HTML, embed videos, link remote
 * images and report what goes; this one is the only one that has to run for a post to be safe.
 *
 * It runs first among the rehype plugins that add HTML, so the ids, classes and links our own
 * plugins add later (heading anchors, highlighting) are not touched.
 */
export function rehypeSanitizeHtml() {
  return sanitizeTree(sanitizeSchema)
}

/**
 * The sanitizing step with a schema of its own: the feed's (sanitize-schema.ts) adds its
 * elements' classes, and keeps ids as the page's pipeline left them (`clobber: []`), so anchors
 * into the page still land.
 */
export function sanitizeTree(schema: Schema) {
  const prefixesIds = (schema.clobber ?? []).length > 0
  return (tree: Root): Root => {
    dropForeignImageSources(tree)
    if (prefixesIds) unprefixIds(tree)
    const restoreComponents = protectComponents(tree)
    const clean = sanitize(tree, schema)
    const root: Root = clean.type === 'root' ? clean : { type: 'root', children: [] }
    restoreComponents(root)
    dropEmptyLists(root)
    if (prefixesIds) linkPrefixedAnchors(root)
    return root
  }
}

/** A value the sanitizer kept: for lists (class="a b"), at least one item of it. */
export function isKept(value: Properties[string]): boolean {
  return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)
}

/** The schema lets every data: URL through src; an image's must be the site's or data:image/…. */
function dropForeignImageSources(tree: Root): void {
  visit(tree, 'element', (node) => {
    const src = node.properties.src
    if (node.tagName === 'img' && typeof src === 'string' && !isLocalImageSource(src)) delete node.properties.src
  })
}

/** A list attribute whose every item was refused (class="evil" on a link) is left empty: drop it. */
function dropEmptyLists(tree: Root): void {
  visit(tree, 'element', (node) => {
    for (const [key, value] of Object.entries(node.properties)) if (!isKept(value)) delete node.properties[key]
  })
}

/**
 * The sanitizer prefixes ids and names even when they carry the prefix already (GFM footnotes
 * come from remark-rehype with it), so take it off first: every id ends up prefixed once.
 */
function unprefixIds(tree: Root): void {
  visit(tree, 'element', (node) => {
    for (const key of CLOBBERED) {
      const value = node.properties[key]
      if (typeof value === 'string') node.properties[key] = unprefix(value)
      else if (Array.isArray(value)) node.properties[key] = value.map((item) => (typeof item === 'string' ? unprefix(item) : item))
    }
  })
}

function unprefix(value: string): string {
  return value.startsWith(PREFIX) ? value.slice(PREFIX.length) : value
}

/** `[see below](#details)` still leads to `<div id="details">`, now `user-content-details`. */
function linkPrefixedAnchors(tree: Root): void {
  const ids = new Set<string>()
  visit(tree, 'element', (node) => {
    for (const key of ['id', 'name']) {
      const value = node.properties[key]
      if (typeof value === 'string' && value.startsWith(PREFIX)) ids.add(value)
    }
  })
  visit(tree, 'element', (node) => {
    const href = node.properties.href
    if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return
    const target = href.slice(1)
    if (!target.startsWith(PREFIX) && ids.has(PREFIX + target)) node.properties.href = `#${PREFIX}${target}`
  })
}
