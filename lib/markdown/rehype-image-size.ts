import type { Root, Element } from 'hast'
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx'
import type { VFile } from 'vfile'
import { visit } from 'unist-util-visit'
import { isSiteImage, type ImageSize } from '../images'

/** Components whose `src` prop is a site image: they get `width`/`height` props the same way. */
const IMAGE_COMPONENTS = new Set(['Figure', 'ImageLink'])

/**
 * Gives every site image (`/uploads/x.png`) its width and height from the file, so pages do not
 * shift as images load, and lazy loading; <Figure> and <ImageLink> get width and height props. A
 * missing or unreadable image is an error at its line. Sizes come from `imageSize` (the pipeline
 * context's), so a cached compile knows which images it read.
 */
export function rehypeImageSize({ imageSize }: { imageSize: (src: string) => ImageSize }) {
  return (tree: Root, file: VFile) => {
    const sized = (src: string, place: Element['position']): (ImageSize & { ok: true }) | undefined => {
      const info = imageSize(src)
      if (info.ok) return info
      const message = file.message(info.reason, { place, ruleId: 'image', source: 'rehype-image-size' })
      message.fatal = true
      message.note = info.hint
      return undefined
    }
    visit(tree, (node) => {
      if (node.type === 'element') sizeImg(node, sized)
      else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') sizeComponent(node, sized)
    })
  }
}

type Sizer = (src: string, place: Element['position']) => (ImageSize & { ok: true }) | undefined

function sizeImg(node: Element, sized: Sizer): void {
  if (node.tagName !== 'img') return
  const src = node.properties.src
  if (typeof src !== 'string' || !isSiteImage(src)) return
  const info = sized(src, node.position)
  if (!info) return
  node.properties.width ??= info.width
  node.properties.height ??= info.height
  node.properties.loading ??= 'lazy'
  node.properties.decoding ??= 'async'
}

function sizeComponent(node: MdxJsxFlowElementHast | MdxJsxTextElementHast, sized: Sizer): void {
  if (!node.name || !IMAGE_COMPONENTS.has(node.name)) return
  const value = (name: string) => node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value
  const src = value('src')
  if (typeof src !== 'string' || !isSiteImage(src)) return
  const info = sized(src, node.position)
  if (!info) return
  // An author's own width/height win, as for <img>; both or neither, so the ratio stays the file's.
  if (value('width') === undefined && value('height') === undefined) {
    node.attributes.push({ type: 'mdxJsxAttribute', name: 'width', value: String(info.width) }, { type: 'mdxJsxAttribute', name: 'height', value: String(info.height) })
  }
}
