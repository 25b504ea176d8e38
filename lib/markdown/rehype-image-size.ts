import type { Root, Element } from 'hast'
import type { Node, Position } from 'unist'
import type { VFile } from 'vfile'
import { visit } from 'unist-util-visit'
import { getImageInfo, isSiteImage } from '../images'
import { defaultAttribute, isJsxElement, stringAttribute } from './jsx-attributes'

// JSX elements that show an image from `src`: what authors write in .mdx, and what Hugo's fig
// shortcode and Markdown image links become (see the components contract).
const JSX_IMAGES = ['img', 'Figure', 'ImageLink']
const SCHEME = /^[a-z][a-z0-9+.-]*:/i

/**
 * Gives every site image (`/uploads/x.png`) its width and height from the file, so pages do not
 * shift as images load, and lazy loading; `<Figure>`, `<ImageLink>` and JSX `<img>` get width and
 * height attributes the same way. A missing image, a path out of public/, a relative path or a file
 * that is no image is an error at its line; an image without alt text is a warning.
 */
export function rehypeImageSize({ publicDir }: { publicDir: string }) {
  return (tree: Root, file: VFile) => {
    const report = (reason: string, hint: string, place: Position | undefined, fatal: boolean) => {
      const message = file.message(reason, { place, ruleId: fatal ? 'image' : 'image-alt', source: 'rehype-image-size' })
      message.fatal = fatal
      message.note = hint
    }
    /** The image's size, or undefined after reporting why it has none. */
    const sizeOf = (src: string, place: Position | undefined) => {
      if (!isSiteImage(src)) {
        if (!isRelative(src)) return undefined
        report(
          src.split(/[?#]/)[0].split('/').includes('..')
            ? `image "${src}" leads outside public/: a relative path is read from the post's URL, not from its file`
            : `image "${src}" is a relative path, which browsers read from the post's URL`,
          'write a path from public/, e.g. /uploads/photo.jpg',
          place,
          true,
        )
        return undefined
      }
      const info = getImageInfo(publicDir, src)
      if (info.ok) return info
      report(info.reason, info.hint, place, true)
      return undefined
    }

    visit(tree, (node: Node) => {
      if (node.type === 'element' && (node as Element).tagName === 'img') {
        const element = node as Element
        const src = element.properties.src
        if (typeof src !== 'string') return
        const alt = element.properties.alt
        if (typeof alt !== 'string' || alt.trim() === '') {
          const isHtml = String(file.value).slice(element.position?.start.offset ?? 0).startsWith('<')
          report(
            `image "${src}" has no alt text`,
            isHtml ? 'describe it: <img alt="what it shows" …>' : `describe it: ![what it shows](${src})`,
            element.position,
            false,
          )
        }
        const info = sizeOf(src, element.position)
        if (!info) return
        // One given dimension with the other from the file would distort the image: fill both or none.
        if (element.properties.width === undefined && element.properties.height === undefined) {
          element.properties.width = info.width
          element.properties.height = info.height
        }
        element.properties.loading ??= 'lazy'
        element.properties.decoding ??= 'async'
        return
      }
      if (!isJsxElement(node, JSX_IMAGES)) return
      const src = stringAttribute(node, 'src')
      if (!src) return
      // A figure's caption or title names it for readers; an alt is still better, but not required.
      const named = ['alt', ...(node.name === 'Figure' ? ['caption', 'title'] : [])].some((name) => stringAttribute(node, name)?.trim())
      if (!named) report(`image "${src}" has no alt text`, `describe it: <${node.name} alt="what it shows" …>`, node.position, false)
      const info = sizeOf(src, node.position)
      if (!info) return
      if (stringAttribute(node, 'width') === undefined && stringAttribute(node, 'height') === undefined) {
        defaultAttribute(node, 'width', String(info.width))
        defaultAttribute(node, 'height', String(info.height))
      }
    })
  }
}

/** A path read from the page's URL: not a site path, not another origin, not inline data. */
function isRelative(src: string): boolean {
  return src !== '' && !SCHEME.test(src) && !src.startsWith('/') && !src.startsWith('#')
}
