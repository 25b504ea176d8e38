import { readFileSync, statSync } from 'node:fs'
import { relative, extname, basename, sep } from 'node:path'
import { decodeHTML } from 'entities'
import readingTime from 'reading-time'
import { readFrontMatter, normaliseText, removeControlCharacters, cleanValues, type FrontMatter } from './front-matter'
import { frontMatterSchema, likelyTypo, FIELD_HELP, type FrontMatterFields } from './schema'
import { parseContentDate, type CalendarDay } from '../dates'
import { nameSlug } from '../slugs'
import { isFrameworkGlobal, safeAnchor } from '../safe-ids'
import { segmentProblem } from '../safe-paths'
import { permalinkSlug } from '../routes'
import { resolveInside } from '../safe-files'
import { checkedNameSlug, fieldProblems, postAliases, postPermalink, type FieldProblem } from './post-paths'
import { controlProblem, displayPath, type ContentProblem } from './problems'
import { isSiteUrl } from '../safe-urls'
import { getImageInfo, isSiteImage } from '../images'
import { permalinkFor, type PermalinkTable } from './permalinks'
import type { LoadOptions } from './load'

/**
 * One post: its file read, its front matter parsed and validated, its permalink computed. Every
 * problem goes to the caller's list with the file and line; a post that cannot be shown is null.
 */

/** A tag as pages show it: one per case-insensitive name, in its most common spelling. */
export type TagRef = { name: string; slug: string }

/** An event a recap post covers. */
export type EventInfo = {
  name: string
  slug: string
  location?: string
  start?: CalendarDay
  end?: CalendarDay
  url?: string
  /** How people attended: at the place, online, or both (schema.org's eventAttendanceMode). */
  attendance: 'offline' | 'online' | 'mixed'
  /** The file and line of the event block, for problems about the event. */
  source: { file: string; line: number }
  /** Whether the slug was pinned with `event.slug`. */
  isSlugPinned: boolean
}

/** The series a post is part of: `series:` in front matter. */
export type SeriesRef = {
  name: string
  slug: string
  /** The part's place when the front matter gives one; otherwise parts follow their dates. */
  order?: number
}

/** The shape every page consumes. */
export type Post = {
  /** Path under content/posts/ without extension: 'kubecon-eu-2019' or 'blog/2019/smi'. */
  id: string
  /** Repository-relative path, for error messages: 'content/posts/kubecon-eu-2019.mdx'. */
  filePath: string
  /** From the extension; Hugo files stay 'md'. */
  format: 'md' | 'mdx'
  title: string
  /** Hugo's `:slug`: the front matter `slug`, else the title, urlized (lib/routes.ts permalinkSlug). */
  slug: string
  /** The permalink, ending in '/'. */
  path: string
  /** ISO instant. */
  date: string
  /** The calendar day as written, in the date's own offset: what the permalink shows. */
  day: CalendarDay
  /** ISO instant of the last change: front matter `lastmod`/`updated`, else the last commit of the file (lib/content/git-dates.ts), else the date. */
  updated: string
  /** Where `updated` came from. */
  updatedFrom: 'front-matter' | 'git' | 'date'
  authorIds: string[]
  draft: boolean
  /** Dated after this build started. */
  scheduled: boolean
  tags: TagRef[]
  /** Site path or absolute URL of the cover image. */
  thumbnail?: string
  description?: string
  /** Old paths that lead here. */
  aliases: string[]
  event?: EventInfo
  /** Whether Markdown lists may become talk lists (front matter `talks: false` turns it off). */
  detectTalks: boolean
  series?: SeriesRef
  /** The body with the front matter swapped for blank lines, so line numbers match the file. */
  body: string
  readingMinutes: number
  /** 1-based line of each front matter key, for pointing at fields. */
  fieldLines: Record<string, number>
}

export const POST_EXTENSIONS = new Set(['.md', '.mdx'])
// Larger than any real post by far; refusing it keeps a stray dump from stalling the build.
const MAX_POST_BYTES = 2 * 1024 * 1024

/** Reads one post file; null when it cannot be shown (its problems say why). */
export function readPost(
  absolutePath: string,
  postsDir: string,
  permalinks: PermalinkTable,
  options: LoadOptions,
  problems: ContentProblem[],
): Post | null {
  const file = displayPath(absolutePath)
  const problem = (line: number, reason: string, hint?: string, column?: number) =>
    problems.push({ file, line, column, severity: 'error', rule: 'front-matter', reason, hint })

  // The loader lists regular files only and reports links that leave content/; a caller with a path of its own gets the same rule.
  const inside = resolveInside(postsDir, absolutePath)
  if (!inside.ok) {
    problem(1, `the post ${inside.reason}`, 'commit the file itself under content/posts/, not a link')
    return null
  }
  const size = statSync(inside.file).size
  if (size > MAX_POST_BYTES) {
    problem(1, `file is ${(size / 1024 / 1024).toFixed(1)} MB, larger than a post can be (2 MB)`, 'split it, or move data out of the post')
    return null
  }
  const bytes = readFileSync(inside.file)
  if (bytes.includes(0)) {
    problem(1, 'file is not text (it holds NUL bytes)', 'save posts as UTF-8 text, or move the file out of content/posts/')
    return null
  }
  const { text, removed } = removeControlCharacters(normaliseText(bytes.toString('utf8')))
  problems.push(...removed.map((control) => controlProblem(file, control)))
  if (text.trim() === '') {
    problem(1, 'file is empty', 'start it with front matter: ---, title: …, date: …, ---, then the text')
    return null
  }

  const frontMatter = readFrontMatter(text, file)
  problems.push(...frontMatter.problems)
  if (frontMatter.problems.some((p) => p.severity === 'error')) return null
  if (frontMatter.language === null) {
    problem(1, 'no front matter', 'start the file with ---, title: …, date: …, --- (YAML) or +++ … +++ (TOML)')
    return null
  }

  const lineOf = (key: string) => frontMatter.keyLines[key] ?? 1
  const columnOf = (key: string) => frontMatter.valueColumns[key]
  const cleaned = cleanValues(frontMatter.data)
  for (const key of cleaned.controls) {
    problems.push({ file, line: lineOf(key), severity: 'warning', rule: 'control-character', reason: `front matter "${key}": invisible control characters removed (feeds cannot hold them)`, hint: 'delete the escape (\\a, \\x1b…) from the value' })
  }
  for (const key of cleaned.surrogates) {
    problems.push({ file, line: lineOf(key), severity: 'warning', rule: 'control-character', reason: `front matter "${key}": an unpaired surrogate escape (\\ud800…) replaced with U+FFFD (a page cannot hold it)`, hint: 'write the character itself, or a pair of escapes' })
  }
  for (const key of Object.keys(frontMatter.data)) {
    const typo = likelyTypo(key)
    if (typo) {
      problems.push({
        file,
        line: lineOf(key),
        severity: 'warning',
        rule: 'front-matter',
        reason: `unknown front matter field "${key}"`,
        hint: `did you mean "${typo}"?`,
      })
    }
  }

  const result = frontMatterSchema.safeParse(frontMatter.data)
  if (!result.success) {
    for (const field of new Set(result.error.issues.map((issue) => String(issue.path[0] ?? '')))) {
      const help = Object.hasOwn(FIELD_HELP, field) ? FIELD_HELP[field] : undefined
      const missing = !Object.hasOwn(frontMatter.data, field)
      const nested = result.error.issues.find((issue) => String(issue.path[0]) === field && issue.path.length > 1)
      const detail = nested ? ` (${nested.path.slice(1).join('.')}: ${nested.message})` : ''
      // A nested value (event.start, tags.2) is pointed at on its own line when the parser knows it.
      const place = nested ? nearestPlace(frontMatter, nested.path.map(String)) : { line: lineOf(field), column: columnOf(field) }
      problem(
        missing ? 1 : place.line,
        missing
          ? `front matter has no "${field}"`
          : `front matter "${field}": ${preview(frontMatter.data[field])} is not ${help?.expects ?? 'valid'}${detail}`,
        help ? `write ${help.example}` : undefined,
        missing ? undefined : place.column,
      )
    }
    return null
  }
  const fields = result.data

  const rawDate = frontMatter.rawValues.date ?? fields.date
  const date = parseContentDate(rawDate)
  if (!date) {
    problem(lineOf('date'), `front matter "date": "${rawDate}" is not a date`, `write ${FIELD_HELP.date.example.replaceAll('date: ', '')}`, columnOf('date'))
    return null
  }
  const updatedRaw = fields.lastmod ?? fields.updated
  const updated = updatedRaw ? parseContentDate(updatedRaw) : null
  if (updatedRaw && !updated) {
    const key = fields.lastmod ? 'lastmod' : 'updated'
    problem(lineOf(key), `front matter "${key}": "${updatedRaw}" is not a date`, 'write 2023-05-04', columnOf(key))
  }

  // A page bundle (`post/index.md`, its images beside it) is named by its folder, as in Hugo.
  const id = relative(postsDir, absolutePath).split(sep).join('/').replace(/\.(md|mdx)$/i, '').replace(/(.)\/index$/, '$1')
  const filename = basename(id)
  const section = id.includes('/') ? id.split('/')[0] : ''
  const slug = permalinkSlug({ slug: fields.slug, title: fields.title })
  if (!slug) {
    problem(lineOf(fields.slug === undefined ? 'title' : 'slug'), `${fields.slug === undefined ? 'title' : 'slug'} "${fields.slug ?? fields.title}" gives an empty URL slug`, 'add slug: with letters or digits')
    return null
  }
  const report = fieldProblems(file, problems, lineOf, columnOf)
  const path = postPermalink(fields, permalinkFor(id, permalinks), { day: date.day, slug: fields.slug, title: fields.title, filename, section }, report)
  if (path === null) return null

  const thumbnail = fields.thumbnail ? resolveThumbnail(fields.thumbnail) : undefined
  if (thumbnail !== undefined && !isSiteUrl(thumbnail)) {
    // It shows on the post and in lists: an image on another site would see every reader (and the
    // Content-Security-Policy blocks it).
    problem(lineOf('thumbnail'), `thumbnail "${fields.thumbnail}" is not an image on this site`, 'save it under public/uploads/ and write its file name, e.g. thumbnail: cover.jpg', columnOf('thumbnail'))
  } else if (thumbnail && isSiteImage(thumbnail)) {
    // The same reader as body images, so a thumbnail that is no image is caught here, not in a browser.
    const image = getImageInfo(options.publicDir, thumbnail)
    if (!image.ok) {
      const where = image.file ? `: looked for ${displayPath(image.file)}` : ''
      const what = {
        outside: 'leads outside public/',
        missing: `not found${where}`,
        'not-image': `is not an image${where.replace(': looked for', ':')}`,
        unreadable: `cannot be read${where.replace(': looked for', ':')}`,
        unsized: 'has no readable size',
      }[image.failure]
      problem(lineOf('thumbnail'), `thumbnail "${fields.thumbnail}" ${what}`, image.failure === 'missing' ? 'add the file or fix the name' : image.hint, columnOf('thumbnail'))
    }
  }

  const event = fields.event ? readEvent(fields.event, file, lineOf('event'), (key) => nearestPlace(frontMatter, ['event', key]), problems) : undefined
  if (fields.series && fields.series.names.length > 1) {
    problems.push({ file, line: lineOf('series'), severity: 'warning', rule: 'front-matter', reason: `a post is part of one series; "${fields.series.name}" is used and ${fields.series.names.slice(1).map((name) => `"${name}"`).join(', ')} ignored`, hint: 'keep one name in series' })
  }
  // Hugo orders a taxonomy's pages by `<taxonomy>_weight`: an imported `series_weight` is the part's place.
  const hugoWeight = Number.isInteger(frontMatter.data.series_weight) && Number(frontMatter.data.series_weight) > 0 ? Number(frontMatter.data.series_weight) : undefined
  // The series page's address (/series/<slug>/) goes through the same validator as tags.
  const seriesSlug = fields.series ? checkedNameSlug(fields.series.name, 'series name', 'series', report) : undefined
  const series = fields.series && seriesSlug !== undefined ? { name: fields.series.name, slug: seriesSlug, order: fields.series.order ?? hugoWeight } : undefined

  return {
    id,
    filePath: file,
    format: extname(absolutePath).toLowerCase() === '.mdx' ? 'mdx' : 'md',
    title: fields.title,
    slug,
    path,
    date: date.iso,
    day: date.day,
    updated: updated?.iso ?? date.iso,
    updatedFrom: updated ? 'front-matter' : 'date',
    authorIds: uniqueStrings([...(fields.author ?? []), ...(fields.authors ?? [])]).filter((id) => checkedNameSlug(id, 'author id', fields.author ? 'author' : 'authors', report) !== undefined),
    draft: fields.draft ?? false,
    scheduled: Date.parse(date.iso) > options.now,
    tags: readTags(fields, file, lineOf('tags'), problems, report),
    thumbnail,
    description: fields.description ?? fields.summary,
    aliases: postAliases(fields.aliases ?? [], path, report),
    event,
    detectTalks: fields.talks ?? true,
    series,
    body: frontMatter.body,
    readingMinutes: Math.max(1, Math.round(readingTime(frontMatter.body).minutes)),
    fieldLines: frontMatter.keyLines,
  }
}

/** The line (and value column) of the deepest key of `path` the parser placed: 'event.start', else 'event'. */
function nearestPlace(frontMatter: FrontMatter, path: string[]): { line: number; column?: number } {
  for (let length = path.length; length > 0; length--) {
    const key = path.slice(0, length).join('.')
    if (key in frontMatter.pathLines) return { line: frontMatter.pathLines[key], column: frontMatter.pathColumns[key] }
  }
  return { line: 1 }
}

/** A value as it appears in an error message: JSON, cut short (front matter may nest deeply). */
function preview(value: unknown): string {
  const seen = new Set<unknown>()
  let budget = 200
  const text = JSON.stringify(value, (_key, inner: unknown) => {
    if (--budget < 0) return undefined
    if (inner && typeof inner === 'object') {
      if (seen.has(inner)) return '…'
      seen.add(inner)
    }
    return inner
  })
  return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 77)}…` : text
}

/** `kubecon.jpg` is a file under /uploads/, as Hugo themes read it; paths and URLs stay as they are. */
function resolveThumbnail(value: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('/')) return value
  return `/uploads/${value}`
}

function readTags(fields: FrontMatterFields, file: string, line: number, problems: ContentProblem[], report: FieldProblem): TagRef[] {
  const seen = new Map<string, TagRef>()
  for (const raw of fields.tags ?? []) {
    const name = decodeHTML(raw).replace(/\s+/g, ' ').trim()
    if (!name) {
      problems.push({ file, line, severity: 'warning', rule: 'front-matter', reason: 'an empty tag is ignored', hint: 'remove it from tags' })
      continue
    }
    // `[Linkerd, linkerd]` in one post is one tag.
    if (seen.has(name.toLowerCase())) continue
    const slug = checkedNameSlug(name, 'tag', 'tags', report)
    if (slug !== undefined) seen.set(name.toLowerCase(), { name, slug })
  }
  return [...seen.values()]
}

function readEvent(
  event: NonNullable<FrontMatterFields['event']>,
  file: string,
  line: number,
  placeOf: (key: string) => { line: number; column?: number },
  problems: ContentProblem[],
): EventInfo {
  const day = (key: 'start' | 'end') => {
    const value = event[key]
    if (value === undefined) return undefined
    const parsed = parseContentDate(value)
    if (!parsed) {
      problems.push({
        file,
        ...placeOf(key),
        severity: 'error',
        rule: 'front-matter',
        reason: `front matter "event.${key}": "${value}" is not a date`,
        hint: `write ${key}: 2019-05-20`,
      })
    }
    return parsed?.day
  }
  const location = event.location
  const slug = eventSlug(event, file, placeOf, problems)
  return {
    name: event.name,
    slug,
    location,
    start: day('start'),
    end: day('end'),
    url: event.url,
    attendance: event.attendance ?? (/^(online|virtual|remote)\b/i.test(location ?? '') ? 'online' : 'offline'),
    source: { file, line },
    isSlugPinned: event.slug !== undefined,
  }
}

/**
 * The event's slug: its page's address (/events/<slug>/) and its section's id on /events/. One
 * made from the name keeps clear of the framework's globals (lib/safe-ids.ts); a pinned one that
 * names such a global, or either one too long for a file name, is an error at its line.
 */
function eventSlug(
  event: NonNullable<FrontMatterFields['event']>,
  file: string,
  placeOf: (key: string) => { line: number; column?: number },
  problems: ContentProblem[],
): string {
  const slug = event.slug ?? safeAnchor(nameSlug(event.name))
  const key = event.slug === undefined ? 'name' : 'slug'
  const hint = event.slug === undefined ? 'set slug: in the event block to a short name, e.g. slug: kubecon-eu-2019' : 'write a short slug, e.g. slug: kubecon-eu-2019'
  const problem = isFrameworkGlobal(slug) ? `"${slug}" names a global the page's scripts read` : segmentProblem(slug)
  if (problem !== undefined) {
    problems.push({ file, ...placeOf(key), severity: 'error', rule: 'front-matter', reason: `front matter "event.${key}": the event's address cannot be made: ${problem}`, hint })
  }
  return slug
}

function uniqueStrings(values: string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))]
}

