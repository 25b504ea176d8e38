import type { Root, Element } from 'hast'
import type { VFile } from 'vfile'
import { visit } from 'unist-util-visit'
import { getImageInfo, isSiteImage } from '../images'

/**
 * Gives every site image (`/uploads/x.png`) its width and height from the file, so pages do not
 * shift as images load, and lazy loading. A missing or unreadable image is an error at its line.
 */
export function rehypeImageSize({ publicDir }: { publicDir: string }) {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'img') return
      const src = node.properties.src
      if (typeof src !== 'string' || !isSiteImage(src)) return
      const info = getImageInfo(publicDir, src)
      if (!info.ok) {
        const message = file.message(info.reason, { place: node.position, ruleId: 'image', source: 'rehype-image-size' })
        message.fatal = true
        message.note = info.hint
        return
      }
      node.properties.width ??= info.width
      node.properties.height ??= info.height
      node.properties.loading ??= 'lazy'
      node.properties.decoding ??= 'async'
    })
  }
}
