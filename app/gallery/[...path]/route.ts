import { readFile } from 'node:fs/promises'
import sharp from 'sharp'
import { getGalleryPhotos, getPublicDir } from '@/lib/content'
import { getImageInfo } from '@/lib/images'
import { GALLERY_WIDTHS, galleryImagePath, pathToSegments } from '@/lib/routes'
import { EMPTY_PARAM, exportableParams } from '@/lib/static-params'

type Context = { params: Promise<{ path: string[] }> }

// Gallery thumbnails and large views, made once at build time as WebP files: a static export
// writes them beside the pages (/gallery/480/uploads/x.jpg.webp), any host serves them as they are.
export const dynamic = 'force-static'
export const dynamicParams = false

/** Every gallery image of the visible posts at every width, by path. */
function images(): Map<string, { src: string; width: number }> {
  const paths = new Map<string, { src: string; width: number }>()
  for (const photo of getGalleryPhotos()) {
    for (const width of GALLERY_WIDTHS) paths.set(galleryImagePath(photo.src, width), { src: photo.src, width })
  }
  return paths
}

export function generateStaticParams() {
  const params = [...images().keys()].map((path) => ({ path: pathToSegments(path).slice(1) }))
  return exportableParams(params, { path: [EMPTY_PARAM] })
}

export async function GET(_request: Request, { params }: Context) {
  const path = `/gallery/${(await params).path.map((segment) => decodeURIComponent(segment)).join('/')}`
  const image = images().get(path)
  const info = image && getImageInfo(getPublicDir(), image.src)
  if (!image || !info?.ok) return new Response('Not found', { status: 404 })
  const webp = await sharp(await readFile(info.file), { animated: false })
    .rotate()
    .resize({ width: image.width, withoutEnlargement: true })
    .webp({ quality: image.width > 1000 ? 82 : 74 })
    .toBuffer()
  return new Response(new Uint8Array(webp), { headers: { 'Content-Type': 'image/webp' } })
}
