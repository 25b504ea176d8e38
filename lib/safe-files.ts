import { lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'

/**
 * Reading files a contributor controls without leaving the folder they belong to. Posts arrive by
 * pull request, and git keeps symbolic links: a "post", tweet cache file or upload may be a link
 * to `/proc/self/environ` or `~/.ssh/id_rsa` on the build machine. Every reader of content/ and
 * public/ goes through here (lib/content/, lib/images.ts, lib/tweets.ts), and the loader refuses
 * any link under those folders that leads out of them (`linksLeaving`), so the build stops before
 * Next copies or serves one. The page-bundle server must read its files through `readFileInside`.
 */

/** Where a file under a folder really is, or why it may not be read. */
export type Inside = { ok: true; file: string } | { ok: false; failure: 'outside' | 'missing'; reason: string }

/** A symbolic link under a folder that leads out of it (or nowhere). */
export type LeavingLink = { path: string; target: string }

const realRoots = new Map<string, string>()

function realRoot(root: string): string {
  const absolute = resolve(/* turbopackIgnore: true */ root)
  let real = realRoots.get(absolute)
  if (real === undefined) {
    try {
      real = realpathSync(/* turbopackIgnore: true */ absolute)
    } catch {
      real = absolute
    }
    realRoots.set(absolute, real)
  }
  return real
}

/** Whether `path` is `root` or below it. */
export function isWithin(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

/**
 * Resolves `path` (absolute, or relative to `root`) to the file it really names, following
 * symbolic links, and accepts it only when that file is inside `root`, itself resolved.
 */
export function resolveInside(root: string, path: string): Inside {
  const absolute = resolve(/* turbopackIgnore: true */ root, path)
  if (!isWithin(resolve(/* turbopackIgnore: true */ root), absolute)) return { ok: false, failure: 'outside', reason: `leads outside ${shown(root)}` }
  let real: string
  try {
    real = realpathSync(/* turbopackIgnore: true */ absolute)
  } catch {
    return linkTarget(absolute) === undefined
      ? { ok: false, failure: 'missing', reason: 'not found' }
      : { ok: false, failure: 'outside', reason: `is a symbolic link to ${linkTarget(absolute)}, which does not exist` }
  }
  if (!isWithin(realRoot(root), real)) {
    // The link as written where the file itself is one (/proc/self/environ, the same in every process).
    const target = linkTarget(absolute) === undefined ? real : targetOf(absolute)
    return { ok: false, failure: 'outside', reason: `is a symbolic link to ${target}, outside ${shown(root)}` }
  }
  return { ok: true, file: real }
}

/** Thrown by readFileInside for a file that leads outside its folder. */
export class OutsideFileError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path} ${reason}`)
    this.name = 'OutsideFileError'
  }
}

/** Reads a file under `root`; throws OutsideFileError when it leads outside (a missing file throws ENOENT as fs does). */
export function readFileInside(root: string, path: string): Buffer
export function readFileInside(root: string, path: string, encoding: BufferEncoding): string
export function readFileInside(root: string, path: string, encoding?: BufferEncoding): Buffer | string {
  const inside = resolveInside(root, path)
  if (!inside.ok && inside.failure === 'outside') throw new OutsideFileError(resolve(/* turbopackIgnore: true */ root, path), inside.reason)
  const file = inside.ok ? inside.file : resolve(/* turbopackIgnore: true */ root, path)
  return encoding ? readFileSync(/* turbopackIgnore: true */ file, encoding) : readFileSync(/* turbopackIgnore: true */ file)
}

/**
 * Every symbolic link under `root` that leads outside it or nowhere, as paths relative to it
 * (`posts/leak.md`), with what it points at. Links to folders are reported, never followed. When
 * `root` lies inside `repository` but resolves outside it (content/ itself a link), the root is
 * reported with the path ''.
 */
export function linksLeaving(root: string, repository = process.cwd()): LeavingLink[] {
  const absolute = resolve(/* turbopackIgnore: true */ root)
  let entries
  try {
    if (!lstatSync(/* turbopackIgnore: true */ absolute).isDirectory() && !lstatSync(/* turbopackIgnore: true */ absolute).isSymbolicLink()) return []
  } catch {
    return []
  }
  if (isWithin(resolve(/* turbopackIgnore: true */ repository), absolute) && !isWithin(realRoot(repository), realRoot(absolute))) {
    return [{ path: '', target: realRoot(absolute) }]
  }
  try {
    entries = readdirSync(/* turbopackIgnore: true */ absolute, { recursive: true, withFileTypes: true })
  } catch {
    return []
  }
  const leaving: LeavingLink[] = []
  for (const entry of entries) {
    if (!entry.isSymbolicLink()) continue
    const path = join(/* turbopackIgnore: true */ entry.parentPath, entry.name)
    const inside = resolveInside(absolute, path)
    if (!inside.ok) leaving.push({ path: relative(absolute, path).split(sep).join('/'), target: targetOf(path) })
  }
  return leaving.sort((a, b) => (a.path < b.path ? -1 : 1))
}

/** What a link points at, as written (resolved against its folder): `/proc/self/environ`, not this process's pid. */
function targetOf(link: string): string {
  const target = linkTarget(link)
  return target === undefined ? link : resolve(/* turbopackIgnore: true */ dirname(link), target)
}

function linkTarget(path: string): string | undefined {
  try {
    return readlinkSync(/* turbopackIgnore: true */ path)
  } catch {
    return undefined
  }
}

function shown(root: string): string {
  const rel = relative(process.cwd(), resolve(/* turbopackIgnore: true */ root))
  return `${rel && !rel.startsWith('..') ? rel : resolve(/* turbopackIgnore: true */ root)}/`
}
