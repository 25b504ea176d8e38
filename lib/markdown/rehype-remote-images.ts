import type { Element, Root } from 'hast'
import type {} from 'mdast-util-mdx-jsx'
import type { VFile } from 'vfile'
import { SKIP, visit } from 'unist-util-visit'
import { isRemoteUrl } from '../safe-urls'
import { REMOTE_IMAGE } from './shortcodes'
import { STRIPPED_TAGS } from './sanitize-schema'
import { quote, warnAt } from './html-warnings'

const SOURCE = 'rehype-remote-images'

/**
 * An <img> from another site becomes a link to it, or inside a link its description: loading it
 * would tell that site about every reader, and the Content-Security-Policy blocks it anyway. A
 * warning says so at its line. Runs before the sanitizer, which would only drop its src.
 */
export function rehypeRemoteImages() {
  return (tree: Root, file: VFile) => linkImages(tree, file, false)
}

function linkImages(tree: Root | Element, file: VFile, inLink: boolean): void {
  visit(tree, 'element', (node) => {
    // The sanitizer drops these with their content (<noscript><img …>): nothing there to link.
    if (STRIPPED_TAGS.includes(node.tagName)) return SKIP
    if (!inLink && node.tagName === 'a') {
      linkImages(node, file, true)
      return SKIP
    }
    if (node.tagName === 'img') replaceRemoteImage(node, file, inLink)
  })
}

function replaceRemoteImage(image: Element, file: VFile, inLink: boolean): void {
  const src = image.properties.src
  if (typeof src !== 'string' || !isRemoteUrl(src)) return
  warnAt(file, image, `image ${quote(src)} ${REMOTE_IMAGE.reason}`, REMOTE_IMAGE.hint, { source: SOURCE, ruleId: 'remote-image' })
  const alt = typeof image.properties.alt === 'string' ? image.properties.alt.trim() : ''
  const host = hostOf(src)
  const description = `${alt || 'An image'}${host ? ` (image on ${host})` : ''}`
  image.tagName = inLink ? 'span' : 'a'
  image.properties = inLink ? {} : { href: absoluteHref(src) }
  image.children = [{ type: 'text', value: description }]
}

/**
 * The link to a remote image as an absolute https URL, as a browser reads it: `//host/x` and
 * `/\host/x` are another site, written out so, never left for a reader to resolve.
 */
function absoluteHref(src: string): string {
  try {
    return new URL(src.trim(), 'https://invalid.invalid').href
  } catch {
    return src
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url, 'https://invalid.invalid').host
  } catch {
    // Shown without the host.
    return ''
  }
}
