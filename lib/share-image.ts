import { statSync } from 'node:fs'
import { extname } from 'node:path'
import { getSiteImageInfo, type Post } from './content'
import { formatLongDay } from './dates'
import { isSiteImage } from './images'
import { absoluteUrl, postShareImagePath, siteShareImagePath } from './routes'
import { site } from './site'

/** The image a page is shared with (og:image, twitter:image, JSON-LD, feed enclosure). */
export type ShareImage = {
  /** Absolute URL. */
  url: string
  /** MIME type, e.g. image/png. */
  type: string
  width?: number
  height?: number
  alt: string
  /** File size, when the image is a file under public/. */
  bytes?: number
}

/** The size of generated share images: what Facebook, LinkedIn and X show large. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const

const MIME_BY_TYPE: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
}
const MIME_BY_EXTENSION: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.avif': 'image/avif' }

/**
 * The post's thumbnail as a share image, when it is one that link previews can show: a raster
 * file of this site, under public/ or in a page bundle (SVG is not shown by Facebook or X) or an http(s) URL to one.
 */
function thumbnailImage(post: Pick<Post, 'thumbnail' | 'title'>): ShareImage | undefined {
  const thumbnail = post.thumbnail
  if (!thumbnail) return undefined
  if (isSiteImage(thumbnail)) {
    const info = getSiteImageInfo(thumbnail)
    const type = info.ok ? MIME_BY_TYPE[info.type] : undefined
    if (!info.ok || !type) return undefined
    return { url: absoluteUrl(thumbnail), type, width: info.width, height: info.height, alt: post.title, bytes: statSync(info.file).size }
  }
  if (/^https?:\/\//i.test(thumbnail)) {
    const type = MIME_BY_EXTENSION[extname(new URL(thumbnail).pathname).toLowerCase()]
    return type ? { url: thumbnail, type, alt: post.title } : undefined
  }
  return undefined
}

/** Whether a post is shared with a generated image (it has no usable thumbnail). */
export function needsGeneratedImage(post: Pick<Post, 'thumbnail' | 'title'>): boolean {
  return thumbnailImage(post) === undefined
}

/** The image a post is shared with: its thumbnail, else its generated 1200x630 PNG. */
export function shareImageFor(post: Pick<Post, 'thumbnail' | 'title' | 'path'>): ShareImage {
  return (
    thumbnailImage(post) ?? { url: absoluteUrl(postShareImagePath(post)), type: 'image/png', ...SHARE_IMAGE_SIZE, alt: post.title }
  )
}

/** The image every other page is shared with: the site's name and description. */
export function siteShareImage(): ShareImage {
  return { url: absoluteUrl(siteShareImagePath()), type: 'image/png', ...SHARE_IMAGE_SIZE, alt: site.title }
}

/** What a post's generated card says: the site (and event), the title, authors and date. */
export function postShareCard(post: Post, authors: { name: string }[]): { kicker: string; title: string; footer: string } {
  return {
    kicker: post.event ? `${site.title} · Recap: ${post.event.name}` : site.title,
    title: post.title,
    footer: [authors.map((author) => author.name).join(', '), formatLongDay(post.day)].filter(Boolean).join(' · '),
  }
}

/** What the site's card says: its name, description and address. */
export function siteShareCard(): { kicker: string; title: string; footer: string } {
  return { kicker: site.title, title: site.description, footer: new URL(site.baseUrl).host }
}
