import { readFileSync, statSync } from 'node:fs'
import { relative, extname, basename, sep } from 'node:path'
import { decodeHTML } from 'entities'
import readingTime from 'reading-time'
import { readFrontMatter, normaliseText, removeControlCharacters, cleanValues } from './front-matter'
import { frontMatterSchema, likelyTypo, FIELD_HELP, type FrontMatterFields } from './schema'
import { parseContentDate, type CalendarDay } from '../dates'
import { permalinkSlug } from '../routes'
import { resolveInside } from '../safe-files'
import { checkedNameSlug, fieldProblems, postAliases, postPermalink, type FieldProblem } from './post-paths'
import { controlProblem, displayPath, type ContentProblem } from './problems'
import { isWebUrl } from '../safe-urls'
import { normaliseHugoKeys, hugoDates, type WrittenDate } from './hugo-fields'
import { checkCover, chooseCover, opensWithCover, type Resource } from './cover'
import { permalinkFor, type PermalinkTable } from './permalinks'
import type { LoadOptions } from './load'
import { resolveAuthors, type AuthorRef } from './credits'
import { nearestPlace, readEvent, type EventInfo } from './post-event'

export type { EventInfo } from './post-event'

/**
 * One post: its file read, its front matter parsed and validated, its permalink computed. Every
 * problem goes to the caller's list with the file and line; a post that cannot be shown is null.
 */

/** A tag as pages show it: one per case-insensitive name, in its most common spelling. */
export type TagRef = { name: string; slug: string }

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
  /** ISO instant it goes out (Hugo's `publishDate`, else the date): later than the build, it is scheduled. */
  publishDate: string
  /** ISO instant it is taken down (Hugo's `expiryDate`), if any. */
  expiryDate?: string
  /** Its expiry date has passed: production builds leave it out, as Hugo does. */
  expired: boolean
  /** The ids of its authors in content/authors.yml (or id-like names it lacks). */
  authorIds: string[]
  /** Its authors in the order written: entries by id, and free text shown as written. */
  authors: AuthorRef[]
  draft: boolean
  /** Dated after this build started. */
  scheduled: boolean
  tags: TagRef[]
  /** Site path or absolute URL of the cover image. */
  thumbnail?: string
  /** The body opens with the cover image itself, so the page does not show it twice. */
  coverInBody: boolean
  description?: string
  /** A shorter title for lists and links (Hugo's `linkTitle`). */
  linkTitle?: string
  /** Words for search engines besides the tags (`keywords`). */
  keywords: string[]
  /** Where the post was first published (`canonical_url`): its canonical link points there. */
  canonicalUrl?: string
  /** Files of its page bundle (`post/index.md` with `diagram.png` beside it), served at its URL. */
  resources: Resource[]
  /** The front matter as written (with `params:` as Hugo 0.123+ reads it), for Hugo's `param` shortcode. */
  params: Record<string, unknown>
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

export { POST_EXTENSIONS } from './tree'
// Larger than any real post by far; refusing it keeps a stray dump from stalling the build.
const MAX_POST_BYTES = 2 * 1024 * 1024

/** What reading a post needs besides its file: the folder, the permalink table, authors, sections and bundle files. */
export type PostInputs = {
  postsDir: string
  permalinks: PermalinkTable
  options: LoadOptions
  problems: ContentProblem[]
  /** The id of the author a byline value names, if any (lib/content/credits.ts). */
  findAuthor?: (value: string) => string | undefined
  /** Folders under content/posts/ that are sections (hold an `_index.md`), for Hugo's :sections. */
  sectionFolders?: ReadonlySet<string>
  /** The post's bundle files, when it is a page bundle. */
  resources?: Resource[]
}

/** Reads one post file; null when it cannot be shown (its problems say why). */
export function readPost(absolutePath: string, inputs: PostInputs): Post | null {
  const { postsDir, permalinks, options, problems } = inputs
  const findAuthor = inputs.findAuthor ?? (() => undefined)
  const resources = inputs.resources ?? []
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

  // Hugo's .Params: the front matter as written, with a `params:` table's keys (Hugo 0.123+) beside them.
  const written = frontMatter.data.params
  const pageParams = { ...(written && typeof written === 'object' && !Array.isArray(written) ? written : {}), ...frontMatter.data }
  normaliseHugoKeys(frontMatter)
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

  const dates = hugoDates({
    date: frontMatter.rawValues.date ?? fields.date,
    publishDate: frontMatter.rawValues.publishDate ?? fields.publishDate,
    lastmod: frontMatter.rawValues.lastmod ?? fields.lastmod,
    updated: frontMatter.rawValues.updated ?? fields.updated,
    expiryDate: frontMatter.rawValues.expiryDate ?? fields.expiryDate,
  })
  if (!dates.date) {
    problem(1, 'front matter has no "date"', `write ${FIELD_HELP.date.example}`)
    return null
  }
  const parseWritten = (found: WrittenDate | undefined, isRequired: boolean) => {
    if (!found) return undefined
    const parsed = parseContentDate(found.value)
    if (!parsed) {
      const example = found.key === 'date' ? FIELD_HELP.date.example.replaceAll('date: ', '') : '2023-05-04'
      // A date that names no day stops the post only where the permalink needs it.
      if (isRequired || found.key !== dates.date?.key) problem(lineOf(found.key), `front matter "${found.key}": "${found.value}" is not a date`, `write ${example}`, columnOf(found.key))
    }
    return parsed ?? undefined
  }
  const date = parseWritten(dates.date, true)
  if (!date) return null
  const updated = dates.lastmod?.key === dates.date.key ? date : parseWritten(dates.lastmod, false)
  const publishDate = dates.publishDate?.key === dates.date.key ? date : parseWritten(dates.publishDate, false)
  const expiryDate = parseWritten(dates.expiryDate, false)

  // A page bundle (`post/index.md`, its images beside it) is named by its folder, as in Hugo.
  const id = relative(postsDir, absolutePath).split(sep).join('/').replace(/\.(md|mdx)$/i, '').replace(/(.)\/index$/, '$1')
  const filename = basename(id)
  const section = id.includes('/') ? id.split('/')[0] : ''
  const folders = id.split('/').slice(0, -1)
  // Hugo's :sections: the top folder, and each folder below it that is a section (has an _index.md).
  const sections = folders.filter((_, i) => i === 0 || inputs.sectionFolders?.has(folders.slice(0, i + 1).join('/')))
  const slug = permalinkSlug({ slug: fields.slug, title: fields.title })
  if (!slug) {
    problem(lineOf(fields.slug === undefined ? 'title' : 'slug'), `${fields.slug === undefined ? 'title' : 'slug'} "${fields.slug ?? fields.title}" gives an empty URL slug`, 'add slug: with letters or digits')
    return null
  }
  const report = fieldProblems(file, problems, lineOf, columnOf)
  const path = postPermalink(fields, permalinkFor(id, permalinks), { day: date.day, slug: fields.slug, title: fields.title, filename, section, sections }, report)
  if (path === null) return null

  const cover = chooseCover(fields, resources, path)
  const thumbnail = cover && checkCover(cover, options.publicDir, resources.length > 0, (reason, hint) => problem(cover.field === 'bundle' ? 1 : lineOf(cover.field), reason, hint, cover.field === 'bundle' ? undefined : columnOf(cover.field)))

  const event = fields.event ? readEvent(fields.event, file, lineOf('event'), (key) => nearestPlace(frontMatter, ['event', key]), problems) : undefined
  const byline = resolveAuthors([...(fields.author ?? []), ...(fields.authors ?? [])], findAuthor)
  for (const id of byline.unknown) {
    problems.push({
      file,
      line: frontMatter.keyLines.author ?? frontMatter.keyLines.authors ?? 1,
      severity: 'warning',
      rule: 'unknown-author',
      reason: `unknown author "${id}"`,
      hint: `add ${id} to content/authors.yml`,
    })
  }
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
    // Written as lastmod/updated; a lastmod Hugo takes from the date (or publishDate) is no change.
    updatedFrom: updated && (dates.lastmod?.key === 'lastmod' || dates.lastmod?.key === 'updated') ? 'front-matter' : 'date',
    publishDate: publishDate?.iso ?? date.iso,
    expiryDate: expiryDate?.iso,
    expired: expiryDate !== undefined && Date.parse(expiryDate.iso) <= options.now,
    // Author ids name pages (/authors/<id>/): each goes through the same validator as tags.
    authorIds: byline.refs.flatMap((ref) => ('id' in ref && checkedNameSlug(ref.id, 'author id', fields.author ? 'author' : 'authors', report) !== undefined ? [ref.id] : [])),
    authors: byline.refs,
    draft: fields.draft ?? false,
    scheduled: Date.parse(publishDate?.iso ?? date.iso) > options.now,
    tags: readTags(fields, file, lineOf('tags'), problems, report),
    thumbnail,
    coverInBody: thumbnail !== undefined && cover !== undefined && opensWithCover(frontMatter.body, cover, path),
    description: fields.description ?? fields.summary,
    linkTitle: fields.linkTitle,
    keywords: fields.keywords ?? [],
    canonicalUrl: fields.canonical_url && isWebUrl(fields.canonical_url) ? fields.canonical_url : undefined,
    resources,
    params: pageParams,
    aliases: postAliases(fields.aliases ?? [], path, report),
    event,
    detectTalks: fields.talks ?? true,
    series,
    body: frontMatter.body,
    readingMinutes: Math.max(1, Math.round(readingTime(frontMatter.body).minutes)),
    fieldLines: frontMatter.keyLines,
  }
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
