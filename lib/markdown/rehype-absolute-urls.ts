import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'

/** Which properties of which elements hold one URL; `srcSet` holds a list. */
const URL_PROPERTIES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  img: ['src', 'srcSet'],
  source: ['src', 'srcSet'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  q: ['cite'],
  blockquote: ['cite'],
  del: ['cite'],
  ins: ['cite'],
}

/**
 * Makes every link and media URL absolute against the page the HTML came from, so a feed reader
 * (which shows the post away from the site) follows `/uploads/x.png`, `../other/` and `#notes`
 * to the right place. URLs that already name a scheme (`https:`, `mailto:`) stay as they are.
 */
export function rehypeAbsoluteUrls({ pageUrl }: { pageUrl: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      for (const property of URL_PROPERTIES[node.tagName] ?? []) {
        const value = node.properties[property]
        // hast keeps comma-separated properties (srcSet) as lists of "url descriptor" strings.
        if (Array.isArray(value)) node.properties[property] = value.map((entry) => absoluteSrcSet(String(entry), pageUrl))
        else if (typeof value === 'string') {
          node.properties[property] = property === 'srcSet' ? absoluteSrcSet(value, pageUrl) : absolute(value, pageUrl)
        }
      }
    })
  }
}

function absolute(value: string, pageUrl: string): string {
  const trimmed = value.trim()
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return trimmed
  try {
    return new URL(trimmed, pageUrl).toString()
  } catch {
    return trimmed
  }
}

function absoluteSrcSet(value: string, pageUrl: string): string {
  return value
    .split(',')
    .map((candidate) => {
      const [url, ...descriptor] = candidate.trim().split(/\s+/)
      return url ? [absolute(url, pageUrl), ...descriptor].join(' ') : ''
    })
    .filter(Boolean)
    .join(', ')
}
