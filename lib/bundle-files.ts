import { fileContentSecurityPolicy } from './security-headers.mjs'

/**
 * How the files of page bundles go out: their media type by extension (a bundle holds images,
 * clips, archives, data), and, for SVG, a policy of its own, since an SVG opened on its own is a
 * document that could run script.
 */

const TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
  ico: 'image/x-icon',
  bmp: 'image/bmp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  webm: 'video/webm',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  mov: 'video/quicktime',
  ogv: 'video/ogg',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  wav: 'audio/wav',
  m4a: 'audio/mp4',
  vtt: 'text/vtt',
  pdf: 'application/pdf',
  zip: 'application/zip',
  gz: 'application/gzip',
  json: 'application/json',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  yaml: 'text/plain; charset=utf-8',
  yml: 'text/plain; charset=utf-8',
  md: 'text/plain; charset=utf-8',
}

/** The media type of a published file, by its extension in any case; unknown ones are plain bytes. */
export function contentTypeOf(path: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase()
  return (ext && TYPES[ext]) ?? 'application/octet-stream'
}

/**
 * Headers for one file: its type, and for anything that a browser would run as a document of
 * its own (SVG, HTML-ish types) a sandbox, so opening it directly runs nothing. The site's
 * security headers (lib/security-headers.mjs) come on top from next.config.js.
 */
export function bundleFileHeaders(type: string): Record<string, string> {
  const headers: Record<string, string> = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' }
  // The same sandbox as an SVG under public/ gets (lib/security-headers.mjs).
  if (type === 'image/svg+xml') headers['Content-Security-Policy'] = fileContentSecurityPolicy()
  if (type === 'application/octet-stream') headers['Content-Disposition'] = 'attachment'
  return headers
}
