import type { FrontMatterFields } from './schema'
import { getFileImageInfo, getImageInfo, isSiteImage } from '../images'
import { isSiteUrl } from '../safe-urls'
import { displayPath } from './problems'

/**
 * A post's cover image as Hugo themes find it: the front matter's `thumbnail` (a bare name means
 * /uploads/, as the linkerd.io theme reads it), `images` (the first, as Hugo's own Open Graph
 * template takes it), `image`, `cover` (or `cover.image`), `featured_image`; else a page bundle
 * resource named as Hugo's templates look for one (`*feature*`, then `*cover*`, then
 * `*thumbnail*`). A name that is one of the bundle's resources means that resource.
 */

/** A file of a page bundle: its name in the bundle (`img/a.png`) and its path on disk. */
export type Resource = { name: string; file: string }

/** Where a post's cover came from: the field (for messages), the value written, and its site path or URL. */
export type CoverChoice = { field: string; value: string; src: string; resource?: Resource }

const IMAGE = /\.(png|jpe?g|gif|webp|avif|svg|bmp|tiff?)$/i
const BUNDLE_PATTERNS = [/feature/i, /cover/i, /thumbnail/i]

/** The URL of a bundle resource: the post's permalink and its name, each segment URL-encoded. */
export function resourceUrl(postPath: string, name: string): string {
  return postPath + name.split('/').map(encodeURIComponent).join('/')
}

/** The cover a post's front matter names, else the one its bundle holds; undefined when neither has one. */
export function chooseCover(fields: FrontMatterFields, resources: readonly Resource[], postPath: string): CoverChoice | undefined {
  const candidates: [string, string | undefined][] = [
    ['thumbnail', fields.thumbnail],
    ['images', fields.images?.[0]],
    ['image', fields.image],
    ['cover', fields.cover],
    ['featured_image', fields.featured_image],
  ]
  const named = candidates.find((candidate): candidate is [string, string] => typeof candidate[1] === 'string' && candidate[1].trim() !== '')
  if (named) {
    const [field, value] = named
    const resource = findResource(value, resources)
    if (resource) return { field, value, src: resourceUrl(postPath, resource.name), resource }
    return { field, value, src: resolveNamed(field, value) }
  }
  const images = resources.filter((resource) => IMAGE.test(resource.name))
  for (const pattern of BUNDLE_PATTERNS) {
    const match = images.find((resource) => pattern.test(resource.name.split('/').pop() ?? ''))
    if (match) return { field: 'bundle', value: match.name, src: resourceUrl(postPath, match.name), resource: match }
  }
  return undefined
}

/** The resource a front matter value names: `diagram.png`, `./diagram.png`, `img/diagram.png`. */
export function findResource(value: string, resources: readonly Resource[]): Resource | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('/')) return undefined
  let name = value.replace(/^\.\//, '').split(/[?#]/)[0]
  try {
    name = decodeURIComponent(name)
  } catch {
    // Keep it as written.
  }
  return resources.find((resource) => resource.name === name) ?? resources.find((resource) => resource.name.toLowerCase() === name.toLowerCase())
}

/**
 * A value that names no resource: a URL or site path as it is; a bare name under /uploads/ for
 * `thumbnail` (the linkerd.io theme's rule), from the site root for the others (Hugo's absURL).
 */
function resolveNamed(field: string, value: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('/')) return value
  return field === 'thumbnail' ? `/uploads/${value}` : `/${value.replace(/^\.\//, '')}`
}

// The opening of a body: blank lines, then an image in Markdown (linked or not), a figure
// shortcode, or an <img> tag.
const OPENING_IMAGE = [
  /^\s*\[?!\[[^\]]*\]\(\s*<?([^)\s>]+)/,
  /^\s*\{\{[<%]\s*(?:fig|figure)\b[^}]*?\bsrc\s*=\s*["'`]?([^"'`\s>%]+)/,
  /^\s*<img\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)/i,
]

/**
 * Whether the body opens with the cover itself (an image of the same file before any text), so a
 * page shows that picture once, not above the text and again as its first image.
 */
export function opensWithCover(body: string, cover: CoverChoice, postPath: string): boolean {
  const src = OPENING_IMAGE.map((pattern) => pattern.exec(body)?.[1]).find(Boolean)
  if (!src) return false
  const same = (a: string, b: string) => {
    const clean = (value: string) => {
      try {
        return decodeURIComponent(value.split(/[?#]/)[0])
      } catch {
        return value.split(/[?#]/)[0]
      }
    }
    return clean(a) === clean(b)
  }
  const absolute = /^[a-z][a-z0-9+.-]*:|^\//i.test(src) ? src : new URL(src, `http://site${postPath}`).pathname
  return same(absolute, cover.src)
}

/**
 * The cover's site path when it can be shown; else undefined, with the problem reported. It shows
 * on the post and in lists: an image on another site would see every reader (and the
 * Content-Security-Policy blocks it), so it must be a file of this site, read as body images are.
 */
export function checkCover(cover: CoverChoice, publicDir: string, isBundle: boolean, report: (reason: string, hint: string) => void): string | undefined {
  const shown = cover.field === 'bundle' ? `cover "${cover.value}" (a file of the page bundle)` : `${cover.field} "${cover.value}"`
  if (!isSiteUrl(cover.src)) {
    report(`${shown} is not an image on this site`, `save it ${isBundle ? 'beside the post' : 'under public/uploads/'} and write its file name, e.g. ${cover.field === 'bundle' ? 'thumbnail' : cover.field}: cover.jpg`)
    return undefined
  }
  if (!isSiteImage(cover.src)) return cover.src
  const image = cover.resource ? getFileImageInfo(cover.resource.file, cover.value) : getImageInfo(publicDir, cover.src)
  if (image.ok) return cover.src
  const where = image.file ? `: looked for ${displayPath(image.file)}` : ''
  const what = {
    outside: 'leads outside public/',
    missing: `not found${where}`,
    'not-image': `is not an image${where.replace(': looked for', ':')}`,
    unreadable: `cannot be read${where.replace(': looked for', ':')}`,
    unsized: 'has no readable size',
  }[image.failure]
  report(`${shown} ${what}`, image.failure === 'missing' ? 'add the file or fix the name' : image.hint)
  return undefined
}
