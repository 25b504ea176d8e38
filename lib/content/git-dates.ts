import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { isAbsolute, join, resolve } from 'node:path'

/**
 * When each post file last changed, from git: one `git log` over the posts folder, read once per
 * process, newest commit first. Only a commit that modified a file dates it: the commit that added
 * it is its creation, not an update (an imported blog's posts, all added by one import commit,
 * keep their own dates), and a moved file counts as added.
 *
 * A shallow clone (Vercel clones 10 commits deep) shows its oldest commit as if it had added
 * every file there: a file whose newest commit is that boundary commit has no known date, and the
 * post keeps its front matter `date`. Files changed within the fetched history get their real date.
 */

/** What git knows: the last commit date of each file (absolute path), and how complete that is. */
export type GitDates = {
  /** Absolute file path -> ISO instant of the last commit that changed it. */
  dates: Map<string, string>
  /** No git, no repository, or git failed: every post keeps its own date. */
  isAvailable: boolean
  /** A shallow clone: files last changed before the fetched history have no date here. */
  isShallow: boolean
}

const NONE: GitDates = { dates: new Map(), isAvailable: false, isShallow: false }

/** Runs git in `dir`; null when git is missing, `dir` is in no repository, or the call fails. */
function git(dir: string, args: string[]): string | null {
  try {
    return execFileSync('git', ['-C', dir, '-c', 'core.quotePath=false', ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 512 * 1024 * 1024,
      timeout: 60_000,
    })
  } catch {
    return null
  }
}

/**
 * Reads `git log` output written with `--format=%x1e%H %cI --name-status -z --no-renames`: records
 * start with U+001E, then `<hash> <date>`, then NUL-separated pairs of a status letter and a path
 * from the repository's top. A file gets the date of its newest `M` (modified) commit; commits in
 * `boundary` (a shallow clone's grafts, which show every file as added) date nothing.
 */
export function parseGitLog(output: string, topLevel: string, boundary: ReadonlySet<string> = new Set()): Map<string, string> {
  const dates = new Map<string, string>()
  for (const record of output.split('\u001e')) {
    const [header, ...fields] = record.split('\0')
    const match = /^([0-9a-f]{7,64}) (\S+)$/.exec(header.trim())
    if (!match || boundary.has(match[1])) continue
    const instant = Date.parse(match[2])
    if (Number.isNaN(instant)) continue
    for (let i = 0; i + 1 < fields.length; i += 2) {
      const status = fields[i].trim()
      const name = fields[i + 1]
      if (!name || status !== 'M') continue
      const file = resolve(topLevel, name)
      if (!dates.has(file)) dates.set(file, new Date(instant).toISOString())
    }
  }
  return dates
}

/** The last commit date of every file under `dir`, with one `git log`. */
export function readGitDates(dir: string): GitDates {
  if (!existsSync(dir)) return NONE
  const facts = git(dir, ['rev-parse', '--show-toplevel', '--is-shallow-repository', '--git-path', 'shallow'])
  if (facts === null) return NONE
  const [topLevel, shallow, shallowFile] = facts.trim().split('\n')
  if (!topLevel) return NONE
  const isShallow = shallow === 'true'
  const boundary = new Set<string>()
  if (isShallow && shallowFile) {
    const path = isAbsolute(shallowFile) ? shallowFile : join(dir, shallowFile)
    if (existsSync(path)) for (const line of readFileSync(path, 'utf8').split('\n')) if (line.trim()) boundary.add(line.trim())
  }
  const log = git(dir, ['log', '--format=%x1e%H %cI', '--name-status', '-z', '--no-renames', '--', '.'])
  if (log === null) return NONE
  return { dates: parseGitLog(log, topLevel, boundary), isAvailable: true, isShallow }
}
