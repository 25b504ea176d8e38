import { createHash } from 'node:crypto'

/**
 * A path with a hash of what it serves (`/theme.css?v=3f2a…`), for files the site writes itself
 * at a fixed address: a browser fetches them again when they change instead of keeping an old
 * copy. Static hosts ignore the query and serve the file.
 */
export function versionedPath(path: string, body: string): string {
  return `${path}?v=${createHash('sha256').update(body).digest('hex').slice(0, 12)}`
}
