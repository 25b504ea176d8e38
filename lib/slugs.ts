import slugify from '@sindresorhus/slugify'
import { createHash } from 'node:crypto'

/**
 * Hugo's `urlize`, which names a post without a `slug`: lower case, white space to `-`, and only
 * the characters a path segment keeps (letters, digits, marks and `._~+#-`). Written out rather
 * than taken from a slug library because old permalinks depend on this exact rule.
 */
export function urlize(text: string): string {
  return [...text.trim().toLowerCase()]
    .map((char) => (/\s/.test(char) ? '-' : /[\p{L}\p{N}\p{M}._~+#-]/u.test(char) ? char : ''))
    .join('')
    .replace(/-{2,}/g, '-')
}

/**
 * A URL-safe slug for a tag, author or event name: ASCII, lower case, one path segment
 * (`HTTP/1` -> `http-1`, `Tutorials & How-To's` -> `tutorials-and-how-tos`). Names with nothing
 * to transliterate (`日本語`) get a short stable hash so they still have a page.
 */
export function nameSlug(name: string): string {
  const slug = slugify(name, { decamelize: false })
  return slug || `t-${createHash('sha1').update(name).digest('hex').slice(0, 8)}`
}
