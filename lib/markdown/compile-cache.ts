import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { listFiles } from '../files'
import { processMemo } from '../process-memo'

/**
 * A disk cache for what the build makes from each post (compiled MDX, feed HTML), so a rebuild
 * redoes only what changed. An entry is found by a hash of what the work reads directly (the
 * post's path, format and text); what it asks the rest of the site (another post's permalink for
 * a `ref`, an image's size) is recorded with the entry and asked again on a hit: a changed answer
 * makes the hit stale. Entries live under `<distDir>/cache/recap/<name>/<fingerprint>/`, where
 * the fingerprint hashes the pipeline's own code and the installed packages, so a code change
 * starts an empty cache.
 */

/** A question a compile asked the site (a context function, its arguments) and the answer it got. */
export type Dependency = { ask: string; args: unknown[]; answer: unknown }

/** A cached value with the questions it depends on. */
export type CacheEntry<V> = { value: V; asked: Dependency[] }

// Bump when the shape of an entry changes.
const FORMAT = 'recap-mdx-2'

const json = (value: unknown) => JSON.stringify(value) ?? 'undefined'

/**
 * A copy of `context` whose functions record every call (once per distinct arguments) in
 * `asked`. Other fields are copied as they are.
 */
export function recordQuestions<T extends object>(context: T): { context: T; asked: Dependency[] } {
  const asked: Dependency[] = []
  const seen = new Set<string>()
  const recorded: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(context)) {
    if (typeof value !== 'function') {
      recorded[name] = value
      continue
    }
    recorded[name] = (...args: unknown[]) => {
      const answer: unknown = value(...args)
      const key = `${name}\0${json(args)}`
      if (!seen.has(key)) {
        seen.add(key)
        // Through JSON, as it will be stored: a hit compares like with like.
        asked.push(JSON.parse(JSON.stringify({ ask: name, args, answer })) as Dependency)
      }
      return answer
    }
  }
  return { context: recorded as T, asked }
}

/** Whether `context` still gives every recorded answer. */
export function answersHold(asked: readonly Dependency[], context: object): boolean {
  const functions = context as Record<string, unknown>
  return asked.every(({ ask, args, answer }) => {
    const question = functions[ask]
    return typeof question === 'function' && json(question(...args)) === json(answer)
  })
}

/** A stable hash of some strings. */
export function hashOf(...parts: readonly string[]): string {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\0')
  return hash.digest('hex')
}

/**
 * A hash of the code that shapes compiled posts: every source file (not tests) under the given
 * folders and files of `root`, and its package-lock.json. Undefined when none is there (a
 * deployment without sources): then nothing is cached.
 */
export function codeFingerprint(root: string, paths: readonly string[]): string | undefined {
  const isSource = (name: string) => /\.(ts|tsx|js|mjs)$/.test(name) && !/\.test\.tsx?$/.test(name)
  const files = paths.flatMap((path) => {
    const full = join(root, path)
    if (/\.\w+$/.test(path)) return existsSync(full) ? [full] : []
    return listFiles(full, isSource).map((file) => join(full, file))
  })
  if (files.length === 0) return undefined
  const lock = join(root, 'package-lock.json')
  const hash = createHash('sha256').update(FORMAT)
  for (const file of [...files, ...(existsSync(lock) ? [lock] : [])]) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0')
  return hash.digest('hex').slice(0, 16)
}

/** Entries on disk, one JSON file each, under a folder named by the code fingerprint. */
export class DiskCache<V> {
  private readonly dir: string

  constructor(root: string, fingerprint: string) {
    this.dir = join(root, fingerprint)
    mkdirSync(this.dir, { recursive: true })
    // Entries of older code can never hit again.
    for (const other of readdirSync(root)) {
      if (other !== fingerprint) rmSync(join(root, other), { recursive: true, force: true })
    }
  }

  private fileOf(key: string): string {
    return join(this.dir, `${key}.json`)
  }

  /** The entry stored under `key`, if any (a damaged one counts as none). */
  get(key: string): CacheEntry<V> | undefined {
    try {
      const entry = JSON.parse(readFileSync(this.fileOf(key), 'utf8')) as Partial<CacheEntry<V>>
      return entry && 'value' in entry && Array.isArray(entry.asked) ? (entry as CacheEntry<V>) : undefined
    } catch {
      return undefined
    }
  }

  /** Stores an entry; written whole then renamed, so a parallel build worker never reads half of it. */
  set(key: string, entry: CacheEntry<V>): void {
    const file = this.fileOf(key)
    const temporary = `${file}.${process.pid}.tmp`
    try {
      writeFileSync(temporary, JSON.stringify(entry))
      renameSync(temporary, file)
    } catch {
      // A cache that cannot be written only costs time.
      rmSync(temporary, { force: true })
    }
  }
}

/** Where a cached value came from: the cache ('hit'), or computed because it was missing or an answer changed. */
export type CacheOutcome = 'hit' | 'stale' | 'miss'

/**
 * The value under `key` when every question it asked still gets the same answer from
 * `context`; else `compute`d with a recording copy of `context` and stored (unless it throws).
 */
export async function throughCache<V, C extends object>(
  cache: DiskCache<V>,
  key: string,
  context: C,
  compute: (context: C) => Promise<V>,
): Promise<{ value: V; from: CacheOutcome }> {
  const entry = cache.get(key)
  if (entry && answersHold(entry.asked, context)) return { value: entry.value, from: 'hit' }
  const recorder = recordQuestions(context)
  const value = await compute(recorder.context)
  cache.set(key, { value, asked: recorder.asked })
  return { value, from: entry ? 'stale' : 'miss' }
}

// Code whose changes can change what is cached; the packages count through package-lock.json.
const PIPELINE_SOURCES = ['lib', 'components/mdx-components.tsx']
const opened = processMemo('build-caches', () => new Map<string, DiskCache<unknown> | null>())

/**
 * The build cache called `name`, in production builds only (`next dev` recomputes, as plugin
 * code may change under it); null when off: RECAP_BUILD_CACHE=0, no sources to fingerprint, or
 * a folder that cannot be written. Next keeps its own cache in <distDir>/cache, and so do we (a
 * static export builds in .next).
 */
export function openBuildCache<V>(name: string): DiskCache<V> | null {
  if (!opened.has(name)) opened.set(name, createBuildCache(name))
  return opened.get(name) as DiskCache<V> | null
}

function createBuildCache(name: string): DiskCache<unknown> | null {
  if (process.env.NODE_ENV !== 'production' || process.env.RECAP_BUILD_CACHE === '0') return null
  const root = process.cwd()
  const fingerprint = codeFingerprint(root, PIPELINE_SOURCES)
  if (!fingerprint) return null
  const distDir = process.env.RECAP_STATIC_EXPORT === '1' ? '.next' : process.env.RECAP_DIST_DIR || '.next'
  try {
    return new DiskCache(join(root, distDir, 'cache', 'recap', name), fingerprint)
  } catch {
    return null
  }
}
