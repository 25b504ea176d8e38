import { existsSync, readdirSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

/**
 * Every regular file under `dir`, as sorted paths relative to it with forward slashes ([] when the
 * folder is absent). Node's own recursive readdir: symbolic links are listed by no one and
 * followed by no one, so a link cannot pull a file from elsewhere into what the site reads.
 * `keep` may leave out files by their relative path (e.g. dot folders).
 */
export function listFiles(dir: string, keep: (path: string) => boolean = () => true): string[] {
  if (!existsSync(/* turbopackIgnore: true */ dir)) return []
  return readdirSync(/* turbopackIgnore: true */ dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter(keep)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}
