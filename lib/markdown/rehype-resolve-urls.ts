import type { Element, Root } from 'hast'
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx'
import { visit } from 'unist-util-visit'
import { isSiteUrl } from '../safe-urls'
import { schemelessHost } from './links'

/** Options: the page's own path, and where a path that names a page (a `.md` file, a post without its slash) leads. */
export type ResolveUrlsOptions = {
  /** The permalink of the page being compiled, ending in '/': relative URLs are read from it. */
  pagePath: string
  /** The permalink of the post or section a site path names, with its anchor; undefined when it names none. */
  pageFor?: (path: string) => string | undefined
}

// Attributes that hold a URL, by element; components name theirs by prop.
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  img: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
}
const COMPONENT_PROPS: Record<string, string[]> = { Figure: ['src', 'link'], ImageLink: ['src', 'href'], Video: ['src', 'poster'] }
const EMAIL = /^[^\s@/:]+@(?:[a-z0-9-]+\.)+[a-z]{2,24}$/i

declare module 'hast' {
  interface Data {
    /** URLs as the post wrote them, by attribute, where this plugin rewrote them: for messages. */
    writtenUrls?: Record<string, string>
  }
}

/**
 * Relative URLs (`diagram.png`, `./clip.webm`, `../why-histograms`, `other-post.md#part`) read
 * from the page's permalink, as a browser reads them on the page, and written as site paths, so
 * they hold in feeds and lists too and the image and link checks see the file they name. A path
 * that names a post or section by its file (`/blog/2025/x.md`, `../x.md`) or without its trailing
 * slash becomes that page's permalink, as the render hooks of Hugo sites do.
 */
export function rehypeResolveUrls({ pagePath, pageFor }: ResolveUrlsOptions) {
  const base = `http://site${pagePath}`
  const resolve = (value: string, isLink: boolean): string => {
    // Anything a browser reads as another scheme or host (however it is spelled: `jav\tascript:`,
    // ` //host`) is left for the sanitizer to judge, as written.
    if (value === '' || value.startsWith('#') || value.startsWith('?') || !isSiteUrl(value) || value !== value.trim() || /[\t\n\r\\]/.test(value)) return value
    // `smi-spec.org`, `us@example.com`: an address written without its scheme, which the link
    // checks report as such; read from the page it would be a path nobody meant.
    if (isLink && (schemelessHost(value) !== undefined || EMAIL.test(value))) return value
    const isRelative = !value.startsWith('/')
    let resolved = value
    if (isRelative) {
      try {
        const url = new URL(value, base)
        resolved = url.pathname + url.search + url.hash
      } catch {
        return value
      }
    }
    if (!isLink || !pageFor) return resolved
    const [path, ...rest] = resolved.split('#')
    const names = /\.(md|mdx|markdown)$/i.test(path) || (isRelative && !/\.[a-z0-9]+$/i.test(path.split('/').pop() ?? ''))
    if (!names) return resolved
    const page = pageFor(path)
    return page ? page + (rest.length ? `#${rest.join('#')}` : '') : resolved
  }
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'element') resolveElement(node, resolve)
      else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') resolveComponent(node, resolve)
    })
  }
}

function resolveElement(node: Element, resolve: (value: string, isLink: boolean) => string): void {
  for (const name of URL_ATTRIBUTES[node.tagName] ?? []) {
    const value = node.properties[name]
    if (typeof value !== 'string') continue
    const resolved = resolve(value, node.tagName === 'a')
    if (resolved === value) continue
    node.properties[name] = resolved
    remember(node, name, value)
  }
}

function resolveComponent(node: MdxJsxFlowElementHast | MdxJsxTextElementHast, resolve: (value: string, isLink: boolean) => string): void {
  const props = node.name ? (COMPONENT_PROPS[node.name] ?? URL_ATTRIBUTES[node.name]) : undefined
  if (!props) return
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !props.includes(attribute.name) || typeof attribute.value !== 'string') continue
    const resolved = resolve(attribute.value, attribute.name === 'href' || attribute.name === 'link')
    if (resolved === attribute.value) continue
    remember(node, attribute.name, attribute.value)
    attribute.value = resolved
  }
}

/** Notes on the node what an attribute held before it was rewritten. */
function remember(node: { data?: object }, name: string, value: string): void {
  const data = (node.data ?? {}) as { writtenUrls?: Record<string, string> }
  data.writtenUrls = { ...data.writtenUrls, [name]: value }
  node.data = data
}

/** The URL an attribute held as the post wrote it (before this plugin read it from the page). */
export function writtenUrl(node: { data?: object }, name: string, value: string): string {
  return (node.data as { writtenUrls?: Record<string, string> } | undefined)?.writtenUrls?.[name] ?? value
}
