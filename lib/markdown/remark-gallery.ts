import type { Image, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx'
import type { Position } from 'unist'
import type { VFile } from 'vfile'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import type { ImageSize } from '../images'

const SOURCE = 'remark-gallery'
const EXAMPLE = '- ![The long table at the café](/uploads/lisbon/table.jpg) Lunch on the Saturday'

/** What the plugin asks of the site: image sizes, and the images of a folder. */
export type RemarkGalleryOptions = {
  imageSize: (src: string) => ImageSize
  listImages: (folder: string) => { ok: true; images: string[] } | { ok: false; reason: string; hint: string }
}

type Photo = { src: string; alt: string; caption?: string; position?: Position }

/**
 * `<Gallery>` (and `{{< gallery >}}`, which becomes one) takes its photos from a Markdown list (or
 * lines) of images, `- ![alt](/uploads/x.jpg "caption")` or `- ![alt](/uploads/x.jpg) caption`, or
 * from the images of a `folder` under public/, and its children become `<GalleryImage src alt
 * caption width height />` elements with each file's size. A missing image, an item that is not an
 * image, an empty gallery or folder are errors at their line; an image without alt text a warning.
 */
export function remarkGallery(options: RemarkGalleryOptions) {
  return (tree: Root, file: VFile) => {
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
      if (node.name !== 'Gallery') return
      const folder = stringAttribute(node, 'folder')
      const photos: Photo[] = []
      for (const child of node.children) {
        if (child.type === 'mdxJsxFlowElement' && child.name === 'GalleryImage') {
          const src = stringAttribute(child, 'src')
          if (src) photos.push({ src, alt: stringAttribute(child, 'alt') ?? '', caption: stringAttribute(child, 'caption'), position: child.position })
        } else if (child.type === 'list') {
          for (const item of child.children) photos.push(...photosOf(item.children, item.position, file))
        } else if (child.type === 'paragraph') {
          photos.push(...photosOf([child], child.position, file))
        } else if (!(child.type === 'html' && /^<!--[\s\S]*-->$/.test(child.value.trim()))) {
          fail(file, child.position, `<Gallery> holds a list of images, not ${describe(child)}`, `write each photo as a list item: ${EXAMPLE}`)
        }
      }
      if (folder) {
        if (photos.length > 0) fail(file, node.position, '<Gallery> takes a folder or a list of images, not both', 'remove the list, or the folder')
        const listed = options.listImages(folder)
        if (!listed.ok) fail(file, node.position, `gallery ${listed.reason}`, listed.hint, 'image')
        else listed.images.forEach((src, at) => photos.push({ src, alt: `Photo ${at + 1} of ${listed.images.length}: ${describeFile(src)}`, position: node.position }))
      } else if (photos.length === 0) {
        fail(file, node.position, '<Gallery> has no images', `list them inside it (${EXAMPLE}) or give folder="/uploads/…/"`)
      }
      node.children = photos.flatMap((photo) => {
        const size = options.imageSize(photo.src)
        if (!size.ok) {
          fail(file, photo.position, `gallery ${size.reason}`, size.hint, 'image')
          return []
        }
        if (!photo.alt.trim()) {
          const message = file.message(`gallery image "${photo.src}" has no alt text`, { place: photo.position, ruleId: 'image-alt', source: SOURCE })
          message.note = `describe it: ![what it shows](${photo.src})`
        }
        return [galleryImage(photo, size)]
      })
    })
  }
}

/** The photos of a list item or paragraph: each image, its caption from its title or the text after it. */
function photosOf(blocks: RootContent[], position: Position | undefined, file: VFile): Photo[] {
  const photos: Photo[] = []
  for (const block of blocks) {
    if (block.type !== 'paragraph') {
      fail(file, block.position ?? position, `a gallery item is ${describe(block)}, not an image`, `write ${EXAMPLE}`)
      continue
    }
    const inline = unwrapLinks(block)
    const images = inline.filter((node): node is Image => node.type === 'image')
    if (images.length === 0) {
      fail(file, block.position ?? position, `a gallery item holds no image: "${toString(block).trim().slice(0, 60)}"`, `write ${EXAMPLE}`)
      continue
    }
    const text = inline.filter((node) => node.type !== 'image').map((node) => toString(node)).join('').replace(/\s+/g, ' ').trim()
    for (const image of images) {
      const caption = image.title?.trim() || (images.length === 1 ? text : '') || undefined
      photos.push({ src: image.url, alt: image.alt ?? '', caption, position: image.position ?? block.position })
    }
  }
  return photos
}

/** A linked image (`[![alt](src)](src)`, as Hugo galleries often link the full file) counts as the image. */
function unwrapLinks(paragraph: Paragraph): PhrasingContent[] {
  return paragraph.children.flatMap((node) => (node.type === 'link' && node.children.some((child) => child.type === 'image') ? node.children : [node]))
}

function galleryImage(photo: Photo, size: { width: number; height: number }): MdxJsxFlowElement {
  const attributes: MdxJsxAttribute[] = [
    { type: 'mdxJsxAttribute', name: 'src', value: photo.src },
    { type: 'mdxJsxAttribute', name: 'alt', value: photo.alt },
    { type: 'mdxJsxAttribute', name: 'width', value: String(size.width) },
    { type: 'mdxJsxAttribute', name: 'height', value: String(size.height) },
  ]
  if (photo.caption) attributes.push({ type: 'mdxJsxAttribute', name: 'caption', value: photo.caption })
  return { type: 'mdxJsxFlowElement', name: 'GalleryImage', attributes, children: [], position: photo.position }
}

function stringAttribute(node: MdxJsxFlowElement, name: string): string | undefined {
  const attribute = node.attributes.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name)
  return typeof attribute?.value === 'string' ? attribute.value : undefined
}

/** `/uploads/lisbon/long-table_02.jpg` -> "long table 02". */
function describeFile(src: string): string {
  return (src.split('/').pop() ?? src).replace(/\.[a-z0-9]+$/i, '').replace(/[-_]+/g, ' ').trim()
}

function describe(node: RootContent): string {
  if (node.type === 'mdxJsxFlowElement') return `<${node.name ?? ''}>`
  return node.type === 'paragraph' ? 'a paragraph' : `a ${node.type}`
}

function fail(file: VFile, place: Position | undefined, reason: string, hint: string, ruleId = 'gallery'): void {
  const message = file.message(reason, { place, ruleId, source: SOURCE })
  message.fatal = true
  message.note = hint
}
