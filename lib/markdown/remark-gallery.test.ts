import { describe, it, expect } from 'vitest'
import remarkMdx from 'remark-mdx'
import { resolveRef, transform } from '@/tests/helpers/markdown'
import type { ImageSize } from '../images'
import { remarkHugoShortcodes } from './remark-hugo-shortcodes'
import { remarkGallery, type RemarkGalleryOptions } from './remark-gallery'
import { remarkCheckComponents } from './remark-check-components'

const files: Record<string, [number, number]> = {
  '/uploads/porto/a.jpg': [1600, 1067],
  '/uploads/porto/b.jpg': [1067, 1600],
  '/uploads/lisbon/1.jpg': [800, 600],
  '/uploads/lisbon/2.jpg': [800, 600],
}
const imageSize = (src: string): ImageSize => {
  const size = files[src]
  return size ? { ok: true, width: size[0], height: size[1] } : { ok: false, reason: `image "${src}" not found: looked for public${src}`, hint: 'add the file under public/ or fix the path' }
}
const listImages = (folder: string) =>
  folder === '/uploads/lisbon/'
    ? { ok: true as const, images: ['/uploads/lisbon/1.jpg', '/uploads/lisbon/2.jpg'] }
    : { ok: false as const, reason: `folder "${folder}" not found: looked for public${folder}`, hint: 'add the folder under public/ or fix the path' }
const gallery: [typeof remarkGallery, RemarkGalleryOptions] = [remarkGallery, { imageSize, listImages }]

type Element = { type: string; name?: string; attributes: { name: string; value: string }[]; children: Element[] }
const photos = (children: unknown[]): Record<string, string | undefined>[] =>
  (children as Element[]).filter((node) => node.name === 'Gallery').flatMap((node) => node.children.map((child) => ({ name: child.name, ...Object.fromEntries(child.attributes.map((a) => [a.name, a.value])) })))

describe('remarkGallery', () => {
  it('turns {{< gallery >}} around a list of images into <GalleryImage>s with sizes and captions', () => {
    const { tree, messages } = transform(
      '{{< gallery title="Porto" >}}\n- ![The river](/uploads/porto/a.jpg "At dusk")\n- [![The room](/uploads/porto/b.jpg)](/uploads/porto/b.jpg) Before the talks\n{{< /gallery >}}\n',
      [[remarkHugoShortcodes, { resolveRef }], gallery, remarkCheckComponents],
    )
    expect(messages).toEqual([])
    expect(photos(tree.children)).toEqual([
      { name: 'GalleryImage', src: '/uploads/porto/a.jpg', alt: 'The river', width: '1600', height: '1067', caption: 'At dusk' },
      { name: 'GalleryImage', src: '/uploads/porto/b.jpg', alt: 'The room', width: '1067', height: '1600', caption: 'Before the talks' },
    ])
  })

  it('takes the images of a folder, in <Gallery folder> and {{< gallery dir />}} alike', () => {
    const mdx = transform('<Gallery folder="/uploads/lisbon/" />\n', [remarkMdx, gallery, remarkCheckComponents], 'content/posts/a.mdx')
    const md = transform('{{< gallery dir="/uploads/lisbon/" />}}\n', [[remarkHugoShortcodes, { resolveRef }], gallery, remarkCheckComponents])
    for (const { tree, messages } of [mdx, md]) {
      expect(messages).toEqual([])
      expect(photos(tree.children).map((photo) => [photo.src, photo.alt])).toEqual([
        ['/uploads/lisbon/1.jpg', 'Photo 1 of 2: 1'],
        ['/uploads/lisbon/2.jpg', 'Photo 2 of 2: 2'],
      ])
    }
  })

  it('reports a missing image, an item that is no image, an empty gallery and a missing folder at their lines', () => {
    const { tree, messages } = transform(
      ['<Gallery>', '', '- ![Here](/uploads/porto/a.jpg)', '- ![Gone](/uploads/porto/gone.jpg)', '- Just words', '', '</Gallery>', '', '<Gallery />', '', '<Gallery folder="/uploads/nowhere/" />', ''].join('\n'),
      [remarkMdx, gallery],
      'content/posts/a.mdx',
    )
    expect(messages.map((m) => [m.line, m.severity, m.ruleId, m.reason]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [4, 'error', 'image', 'gallery image "/uploads/porto/gone.jpg" not found: looked for public/uploads/porto/gone.jpg'],
      [5, 'error', 'gallery', 'a gallery item holds no image: "Just words"'],
      [9, 'error', 'gallery', '<Gallery> has no images'],
      [11, 'error', 'image', 'gallery folder "/uploads/nowhere/" not found: looked for public/uploads/nowhere/'],
    ])
    // The photos that are there still show.
    expect(photos(tree.children).map((photo) => photo.src)).toEqual(['/uploads/porto/a.jpg'])
  })

  it('warns about an image without alt text', () => {
    const { messages } = transform('<Gallery>\n\n- ![](/uploads/porto/a.jpg)\n\n</Gallery>\n', [remarkMdx, gallery], 'content/posts/a.mdx')
    expect(messages.map((m) => [m.line, m.severity, m.ruleId])).toEqual([[3, 'warning', 'image-alt']])
  })
})
