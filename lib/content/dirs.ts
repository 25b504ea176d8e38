import { join } from 'node:path'

/** Where this process finds content/ and public/. */

/** The content folder this process builds from: content/, or RECAP_CONTENT_DIR (tests build fixtures). */
export function getContentDir(): string {
  return join(/* turbopackIgnore: true */ process.cwd(), process.env.RECAP_CONTENT_DIR ?? 'content')
}

/** The public folder the site serves, where thumbnails and images live. */
export function getPublicDir(): string {
  return join(/* turbopackIgnore: true */ process.cwd(), 'public')
}
