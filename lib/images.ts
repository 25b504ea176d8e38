import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import { imageSize } from 'image-size'
import { displayPath } from './content/problems'
import { isWithin, resolveInside } from './safe-files'

/** Why an image cannot be used: its path leaves public/, no file is there, it cannot be read, or it is no image. */
export type ImageFailure = 'outside' | 'missing' | 'unreadable' | 'not-image' | 'unsized'

/** What we know of an image under public/: its size, or why it cannot be used. */
export type ImageInfo =
  | { ok: true; width: number; height: number; type: string; file: string }
  | { ok: false; failure: ImageFailure; reason: string; hint: string; file?: string }

const cache = new Map<string, { mtimeMs: number; info: ImageInfo }>()

/**
 * An image's size as a page needs it, or why it cannot be shown; `isExpected` when the file is
 * known to be missing (content/missing-files.yml: the Hugo site lacked it too), a warning then.
 */
export type ImageSize = { ok: true; width: number; height: number } | { ok: false; reason: string; hint: string; isExpected?: boolean }

// Enough for the header of a PNG, GIF or WebP and of nearly every JPEG (EXIF and colour profiles come first).
const HEADER_BYTES = 64 * 1024

/**
 * An SVG from its `<svg …>` tag on: image-size looks for the tag in the first kilobyte only, and
 * real files (Illustrator, Inkscape, graphviz) open with an XML declaration, comments and a
 * DOCTYPE with an internal subset that can run longer. Undefined when the text has no svg tag.
 */
function svgFromTag(head: Buffer): Buffer | undefined {
  const text = head.toString('utf8').replace(/^\uFEFF/, '')
  if (!/^\s*<(\?xml|!--|!DOCTYPE|svg)/i.test(text)) return undefined
  const stripped = text
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/gi, '')
  const start = stripped.search(/<svg[\s>]/i)
  return start === -1 ? undefined : Buffer.from(stripped.slice(start), 'utf8')
}

/** The size from the file's first bytes, else (a JPEG with a large preamble) from the whole file. */
function measure(file: string): ReturnType<typeof imageSize> {
  const fd = openSync(file, 'r')
  let head: Buffer
  try {
    head = Buffer.alloc(HEADER_BYTES)
    head = head.subarray(0, readSync(fd, head, 0, HEADER_BYTES, 0))
  } finally {
    closeSync(fd)
  }
  try {
    const size = imageSize(head)
    if (size.width && size.height) return size
  } catch {
    // Cut short before the size, or an SVG whose tag comes late: read on.
  }
  const svg = svgFromTag(head.length < HEADER_BYTES ? head : readFileSync(file))
  if (svg) return imageSize(svg)
  return head.length < HEADER_BYTES ? imageSize(head) : imageSize(readFileSync(file))
}

/** getImageInfo without what only this process needs (the file's absolute path, its type). */
export function getImageSize(publicDir: string, src: string): ImageSize {
  const info = getImageInfo(publicDir, src)
  return info.ok ? { ok: true, width: info.width, height: info.height } : { ok: false, reason: info.reason, hint: info.hint }
}

/** Whether a src names a file on this site (`/uploads/x.png`), as opposed to another origin or data. */
export function isSiteImage(src: string): boolean {
  return src.startsWith('/') && !src.startsWith('//')
}

/**
 * Reads the size of an image under `publicDir` from its header, for width/height attributes
 * (no layout shift). Memoised per process by path and modification time.
 */
export function getImageInfo(publicDir: string, src: string): ImageInfo {
  const root = resolve(publicDir)
  let pathname = src.split(/[?#]/)[0]
  try {
    pathname = decodeURIComponent(pathname)
  } catch {
    // A stray % in a file name: look for it as written.
  }
  const looked = resolve(join(root, pathname))
  const inside = resolveInside(root, looked)
  if (!inside.ok && inside.failure === 'outside') {
    return isWithin(root, looked)
      ? { ok: false, failure: 'outside', reason: `image "${src}" ${inside.reason}`, hint: 'commit the image itself under public/, not a link' }
      : { ok: false, failure: 'outside', reason: `image "${src}" leads outside public/`, hint: 'use a path under public/, e.g. /uploads/photo.jpg' }
  }
  if (!inside.ok) return missingImage(src, looked)
  return getFileImageInfo(inside.file, src)
}

function missingImage(src: string, looked: string): ImageInfo {
  return { ok: false, failure: 'missing', reason: `image "${src}" not found: looked for ${displayPath(looked)}`, hint: 'add the file under public/ or fix the path', file: looked }
}

/** What we know of the image in `file` (named `src` in messages), a path already known to be inside its folder: its size, or why it cannot be used. */
export function getFileImageInfo(file: string, src: string): ImageInfo {
  let mtimeMs: number
  try {
    const stat = statSync(file)
    if (!stat.isFile()) throw new Error('not a file')
    mtimeMs = stat.mtimeMs
  } catch {
    return missingImage(src, file)
  }
  const hit = cache.get(file)
  if (hit && hit.mtimeMs === mtimeMs) return hit.info
  const info = readImageInfo(file, src)
  cache.set(file, { mtimeMs, info })
  return info
}

function readImageInfo(file: string, src: string): ImageInfo {
  let size: ReturnType<typeof imageSize>
  try {
    size = measure(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // Not an image at all, or a damaged one (a truncated PNG): image-size throws without a code.
    if (!code) return { ok: false, failure: 'not-image', reason: `"${src}" is not an image`, hint: 'link an image file (PNG, JPEG, GIF, WebP, AVIF or SVG)', file }
    // Permissions, or a file that vanished between stat and read: say so, not "not an image".
    return { ok: false, failure: 'unreadable', reason: `image "${src}" cannot be read (${code}): ${displayPath(file)}`, hint: 'check the file and its permissions', file }
  }
  return size.width && size.height
    ? { ok: true, width: size.width, height: size.height, type: size.type ?? 'unknown', file }
    : { ok: false, failure: 'unsized', reason: `image "${src}" has no readable size`, hint: 'save it again as PNG, JPEG, GIF, WebP, AVIF or SVG with a width and height', file }
}

const GALLERY_IMAGE = /\.(png|jpe?g|webp|gif|avif)$/i

/** The images of a folder under public/ (`/uploads/lisbon/`), as site paths sorted by name; or why there are none. */
export function listFolderImages(publicDir: string, folder: string): { ok: true; images: string[] } | { ok: false; reason: string; hint: string } {
  const root = resolve(publicDir)
  const path = `/${folder.split('/').filter(Boolean).join('/')}/`
  const dir = resolve(join(root, path))
  if (!dir.startsWith(root + sep)) return { ok: false, reason: `folder "${folder}" leads outside public/`, hint: 'name a folder under public/, e.g. /uploads/lisbon/' }
  // A folder that is a link out of public/ is never listed (lib/safe-files.ts); links in it are not files.
  const inside = resolveInside(root, dir)
  if (!inside.ok && inside.failure === 'outside') return { ok: false, reason: `folder "${folder}" ${inside.reason}`, hint: 'commit the folder itself under public/, not a link' }
  let names: string[]
  try {
    names = readdirSync(/* turbopackIgnore: true */ inside.ok ? inside.file : dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && GALLERY_IMAGE.test(entry.name) && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
  } catch {
    return { ok: false, reason: `folder "${folder}" not found: looked for ${displayPath(dir)}`, hint: 'add the folder under public/ or fix the path' }
  }
  if (names.length === 0) return { ok: false, reason: `folder "${folder}" holds no images`, hint: 'add PNG, JPEG, WebP, GIF or AVIF files to it' }
  return { ok: true, images: names.sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).map((name) => path + name) }
}
