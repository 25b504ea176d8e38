/**
 * A Hugo site's author records, as content/authors.yml entries: `data/authors.{json,yaml,toml}`
 * (one table of records by id), `data/authors/<id>.{json,yaml,toml}` (one file per author), and
 * `params.authors` in the site's config. Avatars are found under static/ the way themes find
 * them: a bare file name means whatever folder the theme prefixes, so it is looked up by name.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import { parseDocument } from 'yaml'
import type { ContentProblem } from '../../lib/content/problems'
import { isSafeLink, urlScheme } from '../../lib/safe-urls'
import { parseConfigText } from './config'

/** One author as the import writes it to content/authors.yml. */
export type AuthorEntry = {
  id: string
  name: string
  avatar?: string
  bio?: string
  links?: Record<string, string>
  /** Where the record came from, site-relative (`data/authors.json`). */
  from: string
  /** Why the record's avatar could not be placed, as a warning at the record. */
  avatarProblem?: ContentProblem
}

const DATA_FORMATS = { '.json': 'json', '.yaml': 'yaml', '.yml': 'yaml', '.toml': 'toml' } as const

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : undefined
}

/** The value of the first of `keys` present, compared without case (Hugo's data keys keep theirs; themes vary). */
function field(record: Record<string, unknown>, ...keys: string[]): unknown {
  for (const key of keys) {
    const found = Object.keys(record).find((name) => name.toLowerCase() === key.toLowerCase())
    if (found !== undefined && record[found] !== undefined && record[found] !== '') return record[found]
  }
  return undefined
}

// Profile fields themes commonly keep, and how a bare handle becomes a link.
const PROFILES: Record<string, (handle: string) => string> = {
  github: (handle) => `https://github.com/${handle}`,
  twitter: (handle) => `https://twitter.com/${handle}`,
  x: (handle) => `https://x.com/${handle}`,
  linkedin: (handle) => `https://www.linkedin.com/in/${handle}`,
  bluesky: (handle) => `https://bsky.app/profile/${handle}`,
  mastodon: () => '',
  gitlab: (handle) => `https://gitlab.com/${handle}`,
}
const WEBSITE_KEYS = ['website', 'url', 'homepage', 'web', 'site', 'blog']

/** The links a record gives: a `links`/`social` table, profile handles and a website; only http(s) links. */
function linksOf(record: Record<string, unknown>): Record<string, string> {
  const links: Record<string, string> = {}
  const add = (label: string, url: string | undefined) => {
    if (!url || links[label]) return
    const scheme = urlScheme(url)
    if ((scheme === 'http' || scheme === 'https') && isSafeLink(url)) links[label] = url
  }
  for (const key of ['links', 'social', 'socials']) {
    const table = field(record, key)
    if (isTable(table)) for (const [label, value] of Object.entries(table)) add(label.toLowerCase(), text(value))
  }
  for (const [label, toUrl] of Object.entries(PROFILES)) {
    const value = text(field(record, label))
    if (!value) continue
    add(label, /^https?:\/\//i.test(value) ? value : toUrl(value.replace(/^@/, '')) || undefined)
  }
  add('website', WEBSITE_KEYS.map((key) => text(field(record, key))).find(Boolean))
  return links
}

/** Where a name sits in a data file's text: the line of `"id"` / `id:` / `[id]`, for messages. */
function lineOfKey(source: string, id: string): number {
  const lines = source.split('\n')
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern = new RegExp(`^\\s*(?:["']${escaped}["']|${escaped})\\s*[:=]|^\\s*\\[(?:[\\w.]+\\.)?["']?${escaped}["']?\\]`)
  const index = lines.findIndex((line) => pattern.test(line))
  return index === -1 ? 1 : index + 1
}

/** Every author record of the site, by id, with the file (and line) each came from. */
export function readAuthorRecords(
  siteDir: string,
  dataDirs: readonly string[],
  params: Record<string, unknown>,
  configFile: string,
  problems: ContentProblem[],
): { id: string; record: Record<string, unknown>; file: string; line: number }[] {
  const records = new Map<string, { id: string; record: Record<string, unknown>; file: string; line: number }>()
  const add = (id: string, record: unknown, file: string, line: number) => {
    // The site's own data wins over a theme's (dataDirs lists the site first), as in Hugo.
    if (!isTable(record) || records.has(id)) return
    records.set(id, { id, record, file, line })
  }
  for (const dir of dataDirs) {
    const root = join(siteDir, dir)
    if (!existsSync(root)) continue
    for (const [ext, format] of Object.entries(DATA_FORMATS)) {
      const file = join(root, `authors${ext}`)
      if (!existsSync(file)) continue
      const source = readFileSync(file, 'utf8')
      const parsed = parseConfigText(source, format, file)
      problems.push(...parsed.problems)
      for (const [id, record] of Object.entries(parsed.data)) add(id, record, `${dir}/authors${ext}`, lineOfKey(source, id))
    }
    const folder = join(root, 'authors')
    if (existsSync(folder) && statSync(folder).isDirectory()) {
      for (const name of readdirSync(folder).sort()) {
        const format = DATA_FORMATS[extname(name).toLowerCase() as keyof typeof DATA_FORMATS]
        if (!format) continue
        const file = join(folder, name)
        const parsed = parseConfigText(readFileSync(file, 'utf8'), format, file)
        problems.push(...parsed.problems)
        add(basename(name, extname(name)), parsed.data, `${dir}/authors/${name}`, 1)
      }
    }
  }
  const fromParams = field(params, 'authors')
  if (isTable(fromParams)) for (const [id, record] of Object.entries(fromParams)) add(id, record, configFile, 1)
  return [...records.values()]
}

/** How an avatar value was placed: a site path, or why there is none. */
export type AvatarResult = { path?: string; problem?: { reason: string; hint: string } }

/**
 * The site path of an avatar named in a data file, among `staticFiles` (paths under static/, as
 * published): the path itself when it exists, else the one file of that name (one under a folder
 * named for authors when several share it). A URL on another site is refused: pages load nothing
 * from elsewhere.
 */
export function findAvatar(value: string, staticFiles: readonly string[]): AvatarResult {
  const wanted = value.trim()
  if (!wanted) return {}
  if (urlScheme(wanted) !== undefined || wanted.startsWith('//')) {
    return {
      problem: {
        reason: `avatar "${wanted}" is on another site, and pages load no image from elsewhere`,
        hint: "save it under the Hugo site's static/ folder and write its file name, then import again",
      },
    }
  }
  const path = wanted.replace(/^\/+/, '')
  let decoded = path
  try {
    decoded = decodeURIComponent(path)
  } catch {
    // Keep it as written.
  }
  const exact = staticFiles.find((file) => file === path || file === decoded)
  if (exact) return { path: `/${exact}` }
  const byName = (files: readonly string[], name: string, fold: boolean) =>
    files.filter((file) => (fold ? file.toLowerCase() : file).endsWith(`/${fold ? name.toLowerCase() : name}`) || (fold ? file.toLowerCase() === name.toLowerCase() : file === name))
  let candidates = byName(staticFiles, decoded, false)
  if (candidates.length === 0) candidates = byName(staticFiles, decoded, true)
  if (candidates.length > 1) {
    const forAuthors = candidates.filter((file) => /(^|\/)[^/]*(author|avatar|people|team|profile)[^/]*\//i.test(file))
    if (forAuthors.length === 1) candidates = forAuthors
  }
  if (candidates.length === 1) return { path: `/${candidates[0]}` }
  if (candidates.length === 0) {
    return { problem: { reason: `avatar "${wanted}" is not under static/`, hint: "add the image to the Hugo site's static/ folder (e.g. static/images/authors/), then import again" } }
  }
  return {
    problem: {
      reason: `avatar "${wanted}" could be any of ${candidates.map((file) => `static/${file}`).join(', ')}`,
      hint: 'write its path from static/ in the data file (e.g. /images/authors/name.jpg), or set avatar in content/authors.yml',
    },
  }
}

/** content/authors.yml entries for the site's author records, each with why its avatar is missing, if it is. */
export function authorEntries(records: ReturnType<typeof readAuthorRecords>, siteDir: string, staticFiles: readonly string[]): AuthorEntry[] {
  return records.map(({ id, record, file, line }) => {
    const first = text(field(record, 'firstName', 'first_name', 'givenName'))
    const last = text(field(record, 'lastName', 'last_name', 'familyName'))
    const name = text(field(record, 'name', 'displayName', 'display_name', 'fullName', 'full_name', 'title')) ?? ([first, last].filter(Boolean).join(' ') || id)
    const avatarValue = text(field(record, 'avatar', 'image', 'photo', 'picture', 'img', 'thumbnail', 'profileImage'))
    const avatar = avatarValue ? findAvatar(avatarValue, staticFiles) : {}
    const avatarProblem: ContentProblem | undefined = avatar.problem && {
      file: join(siteDir, file),
      line,
      severity: 'warning',
      rule: 'hugo-import-author',
      reason: `author "${id}": ${avatar.problem.reason}, so recap shows no picture`,
      hint: avatar.problem.hint,
    }
    const bio = text(field(record, 'bio', 'description', 'about', 'summary', 'shortBio'))
    const links = linksOf(record)
    return {
      id,
      name,
      ...(avatar.path ? { avatar: avatar.path } : {}),
      ...(bio ? { bio } : {}),
      ...(Object.keys(links).length ? { links } : {}),
      from: file,
      ...(avatarProblem ? { avatarProblem } : {}),
    }
  })
}

/** What the merge did with one entry: added, already there as it would be written, or kept as the project has it. */
export type AuthorStatus = 'new' | 'same' | 'kept'

/**
 * content/authors.yml with `entries` added: ids already there are kept as they are (never
 * clobbered), comments stay. Returns the text and what happened to each entry.
 */
export function mergeAuthorsText(existing: string | undefined, entries: readonly AuthorEntry[]): { text: string; statuses: Map<string, AuthorStatus> } {
  const header = '# Authors by id: name, avatar (a file under public/), bio, links. Posts name them in `author:`.\n'
  const document = parseDocument(existing ?? header, { schema: 'core' })
  const statuses = new Map<string, AuthorStatus>()
  const current = (document.toJS() ?? {}) as Record<string, unknown>
  for (const entry of entries) {
    const { id, from: _from, avatarProblem: _problem, ...fields } = entry
    if (Object.hasOwn(current, id)) {
      statuses.set(id, JSON.stringify(current[id]) === JSON.stringify(fields) ? 'same' : 'kept')
      continue
    }
    document.set(id, fields)
    statuses.set(id, 'new')
  }
  return { text: document.toString({ lineWidth: 0 }), statuses }
}
