import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs'
import { join, relative, extname, basename, sep } from 'node:path'
import { decodeHTML } from 'entities'
import readingTime from 'reading-time'
import { parse as parseYaml } from 'yaml'
import { z } from 'zod'
import { readFrontMatter, normaliseText, removeControlCharacters, removeControlCharactersFromValues, type RemovedControl } from './front-matter'
import { frontMatterSchema, likelyTypo, FIELD_HELP, type FrontMatterFields } from './post-schema'
import { parseContentDate, type CalendarDay } from './dates'
import { nameSlug } from './slugs'
import { expandPermalink, normalisePath, permalinkSlug, PERMALINK_TOKENS } from './routes'
import { site, getVisibility, type Visibility } from './site'
import { ContentError, displayPath, throwOnErrors, type ContentProblem } from './content-error'
import { isSiteUrl, isSafeLink } from './safe-urls'
import { getImageInfo, isSiteImage } from './images'
import { processMemo } from './process-memo'
import { count, trace } from './trace'

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
  /** ISO instant of the last change (front matter `lastmod`/`updated`), else the date. */
  updated: string
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
  /** The body with the front matter swapped for blank lines, so line numbers match the file. */
  body: string
  readingMinutes: number
  /** 1-based line of each front matter key, for pointing at fields. */
  fieldLines: Record<string, number>
}

/** An author as content/authors.yml describes them; unknown ids get their id as name. */
export type Author = {
  id: string
  slug: string
  name: string
  avatar?: string
  bio?: string
  links: { label: string; url: string }[]
  /** Listed in content/authors.yml. */
  isKnown: boolean
}

/** A tag with its posts (visible ones, newest first). */
export type Tag = TagRef & { posts: Post[] }

/** An event with the recaps that cover it. */
export type EventGroup = EventInfo & { posts: Post[] }

/** Everything loaded from content/ for one build. */
export type SiteContent = {
  /** Posts this build shows, newest first. */
  posts: Post[]
  /** Every post that parsed, drafts and scheduled ones included, newest first. */
  allPosts: Post[]
  tags: Tag[]
  authors: Author[]
  events: EventGroup[]
  /** Every problem found, errors and warnings. */
  problems: ContentProblem[]
  visibility: Visibility
  /** Permalink patterns in force (site default and content/permalinks.yml), to tell post-shaped links. */
  permalinks: string[]
}

export type LoadOptions = {
  /** The content folder (posts under posts/, authors.yml). */
  contentDir: string
  /** The public folder, where thumbnails and images live. */
  publicDir: string
  visibility: Visibility
  /** The build's "now", for scheduled posts. */
  now: number
}

const POST_EXTENSIONS = new Set(['.md', '.mdx'])
// Larger than any real post by far; refusing it keeps a stray dump from stalling the build.
const MAX_POST_BYTES = 2 * 1024 * 1024

const authorsSchema = z.record(
  z.string(),
  z
    .object({
      name: z.string().min(1),
      // The avatar shows on every page of theirs: an image on another site would see every reader.
      avatar: z.string().refine((value) => isSiteUrl(value), 'must be an image on this site, e.g. /uploads/authors/ada.jpg').optional(),
      bio: z.string().optional(),
      links: z.record(z.string(), z.string().refine((value) => isSafeLink(value), 'must be an http(s) or mailto: link')).optional(),
    })
    .strict(),
)

/** Reads and validates every post, author and permalink setting under `contentDir`. Never throws. */
export function loadContent(options: LoadOptions): SiteContent {
  const problems: ContentProblem[] = []
  const permalinks = readPermalinks(options.contentDir, problems)
  const authorsById = readAuthors(options.contentDir, options.publicDir, problems)
  const postsDir = join(options.contentDir, 'posts')
  const files = existsSync(postsDir) ? listPostFiles(postsDir) : []

  const parsed: Post[] = []
  for (const file of files) {
    try {
      const post = readPost(file, postsDir, permalinks, options, problems)
      if (post) parsed.push(post)
    } catch (error) {
      // A bug or an unreadable file must not hide the problems of every other post.
      problems.push(unexpectedProblem(displayPath(file), error))
    }
  }
  const allPosts = sortNewestFirst(parsed)
  checkUniquePaths(allPosts, problems)

  const { visibility } = options
  const posts = allPosts.filter((post) => (visibility.drafts || !post.draft) && (visibility.scheduled || !post.scheduled))
  const tags = indexTags(posts)
  const canonical = new Map(tags.map((tag) => [tag.name.toLowerCase(), tag]))
  for (const post of allPosts) {
    post.tags = post.tags.map((tag) => canonical.get(tag.name.toLowerCase()) ?? tag).map(({ name, slug }) => ({ name, slug }))
  }
  for (const post of allPosts) {
    for (const id of post.authorIds) {
      if (!authorsById.has(id)) {
        problems.push({
          file: post.filePath,
          line: post.fieldLines.author ?? post.fieldLines.authors ?? 1,
          severity: 'warning',
          rule: 'unknown-author',
          reason: `unknown author "${id}"`,
          hint: `add ${id} to content/authors.yml`,
        })
      }
    }
  }
  return {
    posts,
    allPosts,
    tags,
    authors: indexAuthors(posts, authorsById),
    events: indexEvents(posts),
    problems,
    visibility,
    permalinks: permalinks.map((entry) => entry.pattern),
  }
}

/** A problem for a file whose reading or compiling failed in a way recap did not foresee. */
export function unexpectedProblem(file: string, error: unknown): ContentProblem {
  const message = error instanceof Error ? error.message : String(error)
  return {
    file,
    line: 1,
    severity: 'error',
    rule: 'internal',
    reason: `could not be checked: ${message.split('\n')[0] || 'unknown failure'}`,
    hint: 'this is a recap bug or an unreadable file; please report it with the file attached',
  }
}

function listPostFiles(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    // Hugo's _index.md describes a section, and dot files are editor leftovers: neither is a post.
    if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue
    const full = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...listPostFiles(full))
    else if (entry.isFile() && POST_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(full)
  }
  return out
}

function readPost(
  absolutePath: string,
  postsDir: string,
  permalinks: PermalinkTable,
  options: LoadOptions,
  problems: ContentProblem[],
): Post | null {
  const file = displayPath(absolutePath)
  const problem = (line: number, reason: string, hint?: string, column?: number) =>
    problems.push({ file, line, column, severity: 'error', rule: 'front-matter', reason, hint })

  const size = statSync(absolutePath).size
  if (size > MAX_POST_BYTES) {
    problem(1, `file is ${(size / 1024 / 1024).toFixed(1)} MB, larger than a post can be (2 MB)`, 'split it, or move data out of the post')
    return null
  }
  const bytes = readFileSync(absolutePath)
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
  for (const key of removeControlCharactersFromValues(frontMatter.data)) {
    problems.push({ file, line: lineOf(key), severity: 'warning', rule: 'control-character', reason: `front matter "${key}": invisible control characters removed (feeds cannot hold them)`, hint: 'delete the escape (\\a, \\x1b…) from the value' })
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
      const help = FIELD_HELP[field]
      const missing = !(field in frontMatter.data)
      const nested = result.error.issues.find((issue) => String(issue.path[0]) === field && issue.path.length > 1)
      const detail = nested ? ` (${nested.path.slice(1).join('.')}: ${nested.message})` : ''
      problem(
        missing ? 1 : lineOf(field),
        missing
          ? `front matter has no "${field}"`
          : `front matter "${field}": ${preview(frontMatter.data[field])} is not ${help?.expects ?? 'valid'}${detail}`,
        help ? `write ${help.example}` : undefined,
        missing ? undefined : columnOf(field),
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
  const path = fields.url
    ? normalisePath(fields.url)
    : expandPermalink(permalinkFor(id, permalinks), { day: date.day, slug: fields.slug, title: fields.title, filename, section })

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

  const event = fields.event ? readEvent(fields.event, file, lineOf('event'), problems) : undefined

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
    authorIds: uniqueStrings([...(fields.author ?? []), ...(fields.authors ?? [])]),
    draft: fields.draft ?? false,
    scheduled: Date.parse(date.iso) > options.now,
    tags: readTags(fields, file, lineOf('tags'), problems),
    thumbnail,
    description: fields.description ?? fields.summary,
    aliases: (fields.aliases ?? []).map((alias) => resolveAlias(alias, path)),
    event,
    body: frontMatter.body,
    readingMinutes: Math.max(1, Math.round(readingTime(frontMatter.body).minutes)),
    fieldLines: frontMatter.keyLines,
  }
}

/** A control character taken out of a file, as a warning at its place. */
function controlProblem(file: string, { line, column, codePoint }: RemovedControl): ContentProblem {
  return {
    file,
    line,
    column,
    severity: 'warning',
    rule: 'control-character',
    reason: `invisible control character ${codePoint} removed (feeds cannot hold it)`,
    hint: 'delete it from the file',
  }
}

/** An alias as Hugo reads it: from the site root, or, without a leading `/`, beside the post (`old` -> /2019/01/02/old/). */
function resolveAlias(alias: string, postPath: string): string {
  if (alias.startsWith('/')) return normalisePath(alias)
  const resolved = new URL(alias, `http://site${postPath.slice(0, -1)}`).pathname
  try {
    return normalisePath(decodeURIComponent(resolved))
  } catch {
    return normalisePath(resolved)
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

/** `kubecon.jpg` is a file under /uploads/, as Hugo themes read it; paths and URLs stay as they are. */
function resolveThumbnail(value: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('/')) return value
  return `/uploads/${value}`
}

function readTags(fields: FrontMatterFields, file: string, line: number, problems: ContentProblem[]): TagRef[] {
  const seen = new Map<string, TagRef>()
  for (const raw of fields.tags ?? []) {
    const name = decodeHTML(raw).replace(/\s+/g, ' ').trim()
    if (!name) {
      problems.push({ file, line, severity: 'warning', rule: 'front-matter', reason: 'an empty tag is ignored', hint: 'remove it from tags' })
      continue
    }
    // `[Linkerd, linkerd]` in one post is one tag.
    if (!seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), { name, slug: nameSlug(name) })
  }
  return [...seen.values()]
}

function readEvent(
  event: NonNullable<FrontMatterFields['event']>,
  file: string,
  line: number,
  problems: ContentProblem[],
): EventInfo {
  const day = (key: 'start' | 'end') => {
    const value = event[key]
    if (value === undefined) return undefined
    const parsed = parseContentDate(value)
    if (!parsed) {
      problems.push({
        file,
        line,
        severity: 'error',
        rule: 'front-matter',
        reason: `front matter "event.${key}": "${value}" is not a date`,
        hint: `write ${key}: 2019-05-20`,
      })
    }
    return parsed?.day
  }
  return {
    name: event.name,
    slug: nameSlug(event.name),
    location: event.location,
    start: day('start'),
    end: day('end'),
    url: event.url,
  }
}

function uniqueStrings(values: string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))]
}

function sortNewestFirst(posts: Post[]): Post[] {
  return [...posts].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id))
}

/** The site's own pages: a post there would hide them. */
function isSitePage(path: string): boolean {
  return (
    path === '/' ||
    /^\/blog\/(page\/\d+\/)?$/.test(path) ||
    /^\/(tags|authors|events|_next|api|og)\//.test(path) ||
    /^\/(feed\.xml|sitemap\.xml|robots\.txt|blog\/index\.xml)\/$/.test(path)
  )
}

function checkUniquePaths(posts: Post[], problems: ContentProblem[]): void {
  const owners = new Map<string, { post: Post; as: string }>()
  const claim = (path: string, post: Post, as: string, line: number) => {
    if (isSitePage(path)) {
      problems.push({
        file: post.filePath,
        line,
        severity: 'error',
        rule: 'duplicate-url',
        reason: `${as} ${path} is one of the site's own pages`,
        hint: 'choose another slug, url or alias',
      })
      return
    }
    const owner = owners.get(path)
    if (owner && owner.post !== post) {
      problems.push({
        file: post.filePath,
        line,
        severity: 'error',
        rule: 'duplicate-url',
        reason: `${as} ${path} is also the ${owner.as} of ${owner.post.filePath}`,
        hint: 'give one of the two posts another slug, date or url',
      })
      return
    }
    owners.set(path, { post, as })
  }
  // Oldest first, so the newer post is the one told to move.
  for (const post of [...posts].reverse()) {
    claim(post.path, post, 'URL', post.fieldLines.slug ?? post.fieldLines.url ?? post.fieldLines.title ?? 1)
  }
  for (const post of [...posts].reverse()) {
    for (const alias of post.aliases) claim(alias, post, 'alias', post.fieldLines.aliases ?? 1)
  }
}

function indexTags(posts: Post[]): Tag[] {
  const groups = new Map<string, { spellings: Map<string, number>; posts: Post[] }>()
  for (const post of posts) {
    for (const tag of post.tags) {
      const key = tag.name.toLowerCase()
      const group = groups.get(key) ?? { spellings: new Map<string, number>(), posts: [] as Post[] }
      group.spellings.set(tag.name, (group.spellings.get(tag.name) ?? 0) + 1)
      group.posts.push(post)
      groups.set(key, group)
    }
  }
  const tags: Tag[] = []
  const slugs = new Set<string>()
  const keys = [...groups.keys()].sort()
  for (const key of keys) {
    const group = groups.get(key)!
    // Most used spelling; on a tie the capitalised one ('Buoyant' before 'buoyant').
    const name = [...group.spellings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0]
    let slug = nameSlug(name)
    for (let n = 2; slugs.has(slug); n++) slug = `${nameSlug(name)}-${n}`
    slugs.add(slug)
    tags.push({ name, slug, posts: group.posts })
  }
  return tags.sort((a, b) => b.posts.length - a.posts.length || a.name.localeCompare(b.name))
}

function indexAuthors(posts: Post[], known: Map<string, Author>): Author[] {
  const ids = new Set(posts.flatMap((post) => post.authorIds))
  return [...ids]
    .map((id) => known.get(id) ?? { id, slug: nameSlug(id), name: id, links: [], isKnown: false })
    .sort((a, b) => a.name.localeCompare(b.name))
}

function indexEvents(posts: Post[]): EventGroup[] {
  const groups = new Map<string, EventGroup>()
  for (const post of posts) {
    if (!post.event) continue
    const group = groups.get(post.event.slug)
    if (group) {
      group.posts.push(post)
      // Recaps may disagree on details; the first one that gives a field wins.
      group.location ??= post.event.location
      group.start ??= post.event.start
      group.end ??= post.event.end
      group.url ??= post.event.url
    } else {
      groups.set(post.event.slug, { ...post.event, posts: [post] })
    }
  }
  const startOf = (group: EventGroup) =>
    group.start ? Date.UTC(group.start.year, group.start.month - 1, group.start.day) : Date.parse(group.posts[0].date)
  return [...groups.values()].sort((a, b) => startOf(b) - startOf(a))
}

type PermalinkTable = { folder: string; pattern: string }[]

function readPermalinks(contentDir: string, problems: ContentProblem[]): PermalinkTable {
  const file = join(contentDir, 'permalinks.yml')
  const table: PermalinkTable = [{ folder: '', pattern: site.permalink }]
  if (!existsSync(file)) return table
  const shown = displayPath(file)
  let data: unknown
  try {
    data = parseYaml(readFileSync(file, 'utf8'), { schema: 'core', maxAliasCount: 10 })
  } catch (error) {
    problems.push({ file: shown, line: 1, severity: 'error', rule: 'permalinks', reason: `not valid YAML: ${String(error).split('\n')[0]}`, hint: 'write `folder: /:year/:month/:day/:slug/` lines' })
    return table
  }
  if (data === null || data === undefined) return table
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file: shown, line: 1, severity: 'error', rule: 'permalinks', reason: 'expected `folder: pattern` lines', hint: 'e.g. `.: /:year/:month/:day/:slug/`' })
    return table
  }
  for (const [folder, pattern] of Object.entries(data)) {
    const unknown = typeof pattern === 'string' ? [...pattern.matchAll(/:([a-z]+)/g)].map((m) => m[1]).filter((t) => !(PERMALINK_TOKENS as readonly string[]).includes(t)) : []
    if (typeof pattern !== 'string' || unknown.length > 0) {
      problems.push({
        file: shown,
        line: 1,
        severity: 'error',
        rule: 'permalinks',
        reason: `pattern for "${folder}" is not a permalink pattern${unknown.length ? ` (unknown :${unknown.join(', :')})` : ''}`,
        hint: `use ${PERMALINK_TOKENS.map((t) => ':' + t).join(' ')}`,
      })
      continue
    }
    const key = folder === '.' || folder === '/' ? '' : folder.replace(/^\/+|\/+$/g, '')
    const existing = table.find((entry) => entry.folder === key)
    if (existing) existing.pattern = pattern
    else table.push({ folder: key, pattern })
  }
  // Longest folder first, so the most specific pattern wins.
  return table.sort((a, b) => b.folder.length - a.folder.length)
}

function permalinkFor(id: string, table: PermalinkTable): string {
  return table.find((entry) => entry.folder === '' || id.startsWith(entry.folder + '/'))!.pattern
}

function readAuthors(contentDir: string, publicDir: string, problems: ContentProblem[]): Map<string, Author> {
  const file = join(contentDir, 'authors.yml')
  const authors = new Map<string, Author>()
  if (!existsSync(file)) return authors
  const shown = displayPath(file)
  const { text, removed } = removeControlCharacters(normaliseText(readFileSync(file, 'utf8')))
  problems.push(...removed.map((control) => controlProblem(shown, control)))
  const frontMatter = readFrontMatter(`---\n${text}\n---\n`, shown)
  // readFrontMatter counts the `---` we added as line 1; shift back to the file's own lines.
  problems.push(...frontMatter.problems.map((p) => ({ ...p, line: Math.max(1, p.line - 1), rule: 'authors' })))
  for (const id of removeControlCharactersFromValues(frontMatter.data)) {
    problems.push({ file: shown, line: Math.max(1, (frontMatter.keyLines[id] ?? 2) - 1), severity: 'warning', rule: 'control-character', reason: `author "${id}": invisible control characters removed`, hint: 'delete the escape (\\a, \\x1b…) from the value' })
  }
  for (const [id, value] of Object.entries(frontMatter.data)) {
    const line = Math.max(1, (frontMatter.keyLines[id] ?? 2) - 1)
    const result = authorsSchema.safeParse({ [id]: value })
    if (!result.success) {
      const issue = result.error.issues[0]
      problems.push({
        file: shown,
        line,
        severity: 'error',
        rule: 'authors',
        reason: `author "${id}": ${issue.path.slice(1).join('.') || 'entry'} ${issue.message.toLowerCase()}`,
        hint: 'write `id: { name: Full Name, avatar: /uploads/authors/id.jpg, bio: …, links: { github: https://… } }`',
      })
      continue
    }
    const entry = result.data[id]
    if (entry.avatar?.startsWith('/') && !existsSync(join(publicDir, entry.avatar))) {
      problems.push({ file: shown, line, severity: 'error', rule: 'authors', reason: `avatar of "${id}" not found: looked for ${displayPath(join(publicDir, entry.avatar))}`, hint: 'add the image or fix the path' })
    }
    authors.set(id, {
      id,
      slug: nameSlug(id),
      name: entry.name,
      avatar: entry.avatar,
      bio: entry.bio,
      links: Object.entries(entry.links ?? {}).map(([label, url]) => ({ label, url })),
      isKnown: true,
    })
  }
  return authors
}

// ---------------------------------------------------------------------------------------------
// The site's content for this process: read once, memoised. In `next dev` it is re-read when a
// file under content/ changes, so a saved post shows without a restart.

type Cached = { signature: string; content: SiteContent }
const loaded = processMemo('content', (): { cached?: Cached } => ({}))

/** The content folder this process builds from: content/, or RECAP_CONTENT_DIR (tests build fixtures). */
export function getContentDir(): string {
  return join(/* turbopackIgnore: true */ process.cwd(), process.env.RECAP_CONTENT_DIR ?? 'content')
}

/** The public folder the site serves, where thumbnails and images live. */
export function getPublicDir(): string {
  return join(/* turbopackIgnore: true */ process.cwd(), 'public')
}

function defaultOptions(): LoadOptions {
  return {
    contentDir: getContentDir(),
    publicDir: getPublicDir(),
    visibility: getVisibility(),
    now: Date.now(),
  }
}

/** Names, sizes and modification times of everything under content/: changes when any file does. */
export function contentSignature(dir: string): string {
  if (!existsSync(dir)) return ''
  const parts: string[] = []
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name)
      if (entry.isDirectory()) walk(full)
      else {
        const stat = statSync(full)
        parts.push(`${full}:${stat.size}:${stat.mtimeMs}`)
      }
    }
  }
  walk(dir)
  return parts.sort().join('|')
}

/** The site's content, loaded once per process (re-read on change in development). Never throws. */
export function getContent(): SiteContent {
  const options = defaultOptions()
  const isDev = process.env.NODE_ENV === 'development'
  if (loaded.cached && !isDev) return loaded.cached.content
  const signature = isDev ? contentSignature(options.contentDir) : ''
  if (!loaded.cached || loaded.cached.signature !== signature) {
    const started = performance.now()
    loaded.cached = { signature, content: loadContent(options) }
    count('content-loads')
    trace(`content-load posts=${loaded.cached.content.allPosts.length} ms=${(performance.now() - started).toFixed(0)}`)
  }
  return loaded.cached.content
}

/** The content, or a ContentError listing every content error: what pages call. */
export function getCheckedContent(): SiteContent {
  const content = getContent()
  throwOnErrors(content.problems)
  return content
}

/** Posts this build shows, newest first. Throws a ContentError on bad content. */
export function getAllPosts(): Post[] {
  return getCheckedContent().posts
}

/** The post at a permalink path, if this build shows it. */
export function getPostByPath(path: string): Post | undefined {
  return getAllPosts().find((post) => post.path === path)
}

/** The post an old path (an `aliases` entry) leads to. */
export function getPostByAlias(path: string): Post | undefined {
  return getAllPosts().find((post) => post.aliases.includes(path))
}

/** The newer and older neighbours of a post in the list of visible posts. */
export function getAdjacentPosts(post: Post): { newer?: Post; older?: Post } {
  const posts = getAllPosts()
  const index = posts.findIndex((candidate) => candidate.id === post.id)
  return { newer: index > 0 ? posts[index - 1] : undefined, older: index >= 0 ? posts[index + 1] : undefined }
}

/** Every tag of a visible post, most used first. */
export function getTags(): Tag[] {
  return getCheckedContent().tags
}

/** One tag by its slug. */
export function getTag(slug: string): Tag | undefined {
  return getTags().find((tag) => tag.slug === slug)
}

/** Every author of a visible post, by name. */
export function getAuthors(): Author[] {
  return getCheckedContent().authors
}

/** One author by slug. */
export function getAuthor(slug: string): Author | undefined {
  return getAuthors().find((author) => author.slug === slug)
}

/** The authors of a post, known or not. */
export function getPostAuthors(post: Post): Author[] {
  const authors = getAuthors()
  return post.authorIds.flatMap((id) => authors.find((author) => author.id === id) ?? [])
}

/** Visible posts by one author, newest first. */
export function getPostsByAuthor(author: Author): Post[] {
  return getAllPosts().filter((post) => post.authorIds.includes(author.id))
}

/** Events with their recaps, latest event first. */
export function getEvents(): EventGroup[] {
  return getCheckedContent().events
}

/**
 * The post a Hugo `ref`/`relref` target names: 'post', 'post.md', '/blog/post.md', 'blog/post',
 * with or without '#anchor'. Looks among the posts this build shows. Returns the anchor too.
 */
export function resolvePostReference(
  target: string,
  posts: readonly Post[] = getContent().posts,
): { post: Post; anchor: string } | undefined {
  const [pathPart, anchor = ''] = target.trim().split('#')
  const wanted = pathPart.replace(/^\/+/, '').replace(/\.(md|mdx)$/i, '').replace(/\/(index|_index)$/, '')
  if (!wanted) return undefined
  const exact = posts.find((post) => post.id === wanted)
  if (exact) return { post: exact, anchor }
  // Hugo resolves a path within its content dir ('blog/x'); ours starts one level lower.
  const withoutSection = wanted.split('/').slice(1).join('/')
  const bySectionless = withoutSection ? posts.find((post) => post.id === withoutSection) : undefined
  if (bySectionless) return { post: bySectionless, anchor }
  const byName = posts.filter((post) => basename(post.id) === basename(wanted))
  return byName.length === 1 ? { post: byName[0], anchor } : undefined
}

export { ContentError }
