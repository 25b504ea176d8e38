import type { Root, Element } from 'hast'
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx'
import type { VFile } from 'vfile'
import { visit } from 'unist-util-visit'
import { isSiteImage, type ImageSize } from '../images'
import { writtenUrl } from './rehype-resolve-urls'

/** Components whose `src` prop is a site image: they get `width`/`height` props the same way. */
const IMAGE_COMPONENTS = new Set(['Figure', 'ImageLink', 'img'])
const SCHEME = /^[a-z][a-z0-9+.-]*:/i

/**
 * Gives every site image (`/uploads/x.png`) its width and height from the file, so pages do not
 * shift as images load, and lazy loading; <Figure>, <ImageLink> and JSX <img> get width and height
 * props. A missing image, a path out of public/, a relative path (read from the post's URL) or a
 * file that is no image is an error at its line; an image without alt text is a warning. Sizes
 * come from `imageSize` (the pipeline context's), so a cached compile knows which images it read.
 */
export function rehypeImageSize({ imageSize }: { imageSize: (src: string) => ImageSize }) {
  return (tree: Root, file: VFile) => {
    const report = (reason: string, hint: string, place: Element['position'], fatal: boolean, ruleId = fatal ? 'image' : 'image-alt') => {
      const message = file.message(reason, { place, ruleId, source: 'rehype-image-size' })
      message.fatal = fatal
      message.note = hint
    }
    const sized: Sizer = (src, place, written = src) => {
      if (!isSiteImage(src)) {
        if (isRelative(src)) {
          report(
            src.split(/[?#]/)[0].split('/').includes('..')
              ? `image "${src}" leads outside public/: a relative path is read from the post's URL, not from its file`
              : `image "${src}" is a relative path, which browsers read from the post's URL`,
            'write a path from public/, e.g. /uploads/photo.jpg',
            place,
            true,
          )
        }
        return undefined
      }
      const info = imageSize(src)
      if (info.ok) return info
      if (written === src || info.isExpected) {
        report(info.reason.replace(`"${src}"`, `"${written}"`), info.hint, place, !info.isExpected, info.isExpected ? 'missing-file' : 'image')
        return undefined
      }
      // Written relative to the post (rehype-resolve-urls read it from the page's URL): name it as written.
      const reason = info.reason.replace(`"${src}"`, `"${written}"`)
      const isAboutBundle = /page bundle|beside the post/.test(reason)
      report(isAboutBundle ? reason : `${reason} (${written} read from the post's URL)`, isAboutBundle ? info.hint : 'put the file beside the post (a page bundle: the post as index.md in a folder of its own), or write a path from public/, e.g. /uploads/photo.jpg', place, true)
      return undefined
    }
    const unnamed = (src: string, place: Element['position'], hint: string) => report(`image "${src}" has no alt text`, hint, place, false)
    visit(tree, (node) => {
      if (node.type === 'element') sizeImg(node, sized, unnamed, String(file.value))
      else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') sizeComponent(node, sized, unnamed)
    })
  }
}

type Sizer = (src: string, place: Element['position'], written?: string) => (ImageSize & { ok: true }) | undefined
type Unnamed = (src: string, place: Element['position'], hint: string) => void

function sizeImg(node: Element, sized: Sizer, unnamed: Unnamed, source: string): void {
  if (node.tagName !== 'img') return
  const src = node.properties.src
  if (typeof src !== 'string') return
  const alt = node.properties.alt
  if (typeof alt !== 'string' || alt.trim() === '') {
    const isHtml = source.slice(node.position?.start.offset ?? 0).startsWith('<')
    unnamed(src, node.position, isHtml ? 'describe it: <img alt="what it shows" …>' : `describe it: ![what it shows](${src})`)
  }
  const info = sized(src, node.position, writtenUrl(node, 'src', src))
  if (!info) return
  node.properties.width ??= info.width
  node.properties.height ??= info.height
  node.properties.loading ??= 'lazy'
  node.properties.decoding ??= 'async'
}

function sizeComponent(node: MdxJsxFlowElementHast | MdxJsxTextElementHast, sized: Sizer, unnamed: Unnamed): void {
  if (!node.name || !IMAGE_COMPONENTS.has(node.name)) return
  const value = (name: string) => node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value
  const src = value('src')
  if (typeof src !== 'string') return
  // A figure's caption or title names it for readers; alt text is still better, but not required.
  const names = ['alt', ...(node.name === 'Figure' ? ['caption', 'title'] : [])]
  if (!names.some((name) => String(value(name) ?? '').trim())) unnamed(src, node.position, `describe it: <${node.name} alt="what it shows" …>`)
  const info = sized(src, node.position, writtenUrl(node, 'src', src))
  if (!info) return
  // An author's own width/height win, as for <img>; both or neither, so the ratio stays the file's.
  if (value('width') === undefined && value('height') === undefined) {
    node.attributes.push({ type: 'mdxJsxAttribute', name: 'width', value: String(info.width) }, { type: 'mdxJsxAttribute', name: 'height', value: String(info.height) })
  }
}

/** A path read from the page's URL: not a site path, not another origin, not inline data. */
function isRelative(src: string): boolean {
  return src !== '' && !SCHEME.test(src) && !src.startsWith('/') && !src.startsWith('#')
}
