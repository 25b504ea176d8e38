import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { parseDocument } from 'yaml'
import { loadContent, readAuthors, type Post } from '../../lib/content'
import { readPermalinksFile } from '../../lib/content/permalinks'
import { displayPath, type ContentProblem } from '../../lib/content/problems'
import { readFrontMatter, normaliseText } from '../../lib/content/front-matter'
import { listMarkdownLinks, schemelessHost } from '../../lib/markdown/links'
import { PERMALINK_TOKENS } from '../../lib/routes'
import { site } from '../../lib/site'
import { listFiles } from '../../lib/files'
import { readHugoConfig } from './config'
import { countShortcodes, scanShortcodes, type ShortcodeCall } from './shortcodes'
import { authorEntries, mergeAuthorsText, readAuthorRecords, type AuthorEntry, type AuthorStatus } from './authors'

/** What `npm run import:hugo` was asked to do. */
export type ImportOptions = {
  /** The Hugo site: its config, content/ and static/. */
  siteDir: string
  /** The recap project to import into (content/posts/, public/). */
  projectDir: string
  /** The content section holding the posts; found when not given (blog, posts, post). */
  section?: string
  /** A folder under content/posts/ to put the posts in; the top by default. */
  into?: string
  /** Replace files that differ instead of stopping. */
  force?: boolean
  /** Report only; write nothing. */
  dryRun?: boolean
}

/** What happens to one file: written anew, already there byte for byte, overwritten, or refused. */
export type FileStatus = 'new' | 'same' | 'replace' | 'conflict'

/** One file the import copies. */
export type FileAction = {
  /** Absolute path in the Hugo site. */
  source: string
  /** Path in the project, relative to it, with forward slashes. */
  target: string
  status: FileStatus
  bytes: number
}

/** One folder's entry in content/permalinks.yml. */
export type PermalinkEntry = { folder: string; pattern: string; status: FileStatus; note?: string }

/** Everything the import found and did. */
export type ImportReport = {
  siteDir: string
  configFiles: string[]
  section: string
  /** Folder under content/posts/ the posts went to ('' = the top). */
  into: string
  /** The section's pattern as the site wrote it, and where it came from. */
  pattern: { value: string; from: string }
  posts: FileAction[]
  /** Files of page bundles (a post's folder), published beside the post as Hugo does. */
  bundleFiles: FileAction[]
  statics: FileAction[]
  permalinks: PermalinkEntry[]
  /** `_index.md` files: section pages, which recap's /blog/ replaces. */
  sectionPages: string[]
  /** Files in the section that are not posts, and why they were left out. */
  skipped: { file: string; reason: string }[]
  shortcodes: [string, number][]
  authors: { id: string; posts: number; isKnown: boolean }[]
  /** Posts whose byline is free text (names with links, affiliations), shown as written. */
  freeTextBylines: number
  /** Author records of the site (data/authors.*, params.authors) and what became of each in content/authors.yml. */
  authorEntries: (AuthorEntry & { status: AuthorStatus })[]
  tags: { distinct: number; ignoringCase: number }
  drafts: number
  images: { files: number; bytes: number }
  /** Imported posts and their permalinks, as recap will serve them. */
  urls: { target: string; path: string }[]
  problems: ContentProblem[]
  /** Files refused because they differ and --force was not given. */
  conflicts: number
  /** Whether anything was written. */
  written: boolean
}

const MARKDOWN_EXTENSIONS = new Set(['.md', '.mdx'])
// Hugo reads these as Markdown too; recap reads `.md`, so they are imported under that name.
const OTHER_MARKDOWN = new Set(['.markdown', '.mdown', '.mkdn', '.mkd'])
const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.gif', '.svg', '.webp', '.avif', '.ico', '.bmp', '.tif', '.tiff'])
// Files editors and operating systems leave behind; Hugo would publish them, nobody wants them.
const JUNK = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini', '.gitkeep'])
// Paths recap generates itself: a static file there would clash with the route.
const GENERATED = new Set(['robots.txt', 'sitemap.xml', 'feed.xml', 'blog/index.xml', 'index.xml'])
const POSTS_DIR = 'content/posts'
const PERMALINKS_FILE = 'content/permalinks.yml'
const AUTHORS_FILE = 'content/authors.yml'

const walk = listFiles

function statusOf(source: string, target: string, force: boolean): FileStatus {
  if (!existsSync(target)) return 'new'
  if (readFileSync(source).equals(readFileSync(target))) return 'same'
  return force ? 'replace' : 'conflict'
}

/** `into` as a clean folder path under content/posts/, or an error. */
export function normaliseInto(into: string | undefined): { folder: string; error?: string } {
  const folder = (into ?? '').split(/[\\/]+/).filter(Boolean).join('/')
  if (folder.split('/').some((part) => part === '..' || part === '.' || part.startsWith('_'))) {
    return { folder: '', error: `--into "${into}" must name a folder under content/posts/ (no "..", ".", or leading "_")` }
  }
  return { folder }
}

/**
 * The pattern each imported folder needs in content/permalinks.yml so posts keep Hugo's URLs.
 * Hugo's `:section` is the section's name and `:sections` the path of folders that are sections
 * (the section itself and every nested folder with an `_index.md`); recap's folders differ, so
 * both are written out literally. Without a configured pattern Hugo uses the file's folder and
 * its slug or file name, which is also written out, folder by folder.
 */
export function folderPatterns(options: {
  section: string
  pattern: string | undefined
  /** Folders (relative to the section, '' = its top) that hold posts. */
  folders: string[]
  /** Folders (relative to the section) that hold an `_index.md`. */
  sectionFolders: Set<string>
  into: string
}): { folder: string; pattern: string }[] {
  const { section, pattern, into } = options
  const resolveFor = (folder: string) => {
    if (pattern === undefined) return `/${[section, folder].filter(Boolean).join('/')}/:slugorfilename/`
    const parts = folder ? folder.split('/') : []
    const sections = [section, ...parts.filter((_, i) => options.sectionFolders.has(parts.slice(0, i + 1).join('/')))]
    return pattern.replace(/:sections\b/g, sections.join('/')).replace(/:section\b/g, section)
  }
  const top = resolveFor('')
  const chosen = new Map<string, string>([['', top]])
  // Parents sort before their children, so each folder compares with what it would inherit.
  for (const folder of [...new Set(options.folders)].filter(Boolean).sort()) {
    const own = resolveFor(folder)
    const parts = folder.split('/')
    let inherited = top
    for (let i = parts.length - 1; i > 0; i--) {
      const ancestor = chosen.get(parts.slice(0, i).join('/'))
      if (ancestor !== undefined) {
        inherited = ancestor
        break
      }
    }
    if (own !== inherited) chosen.set(folder, own)
  }
  return [...chosen].map(([folder, value]) => ({ folder: [into, folder].filter(Boolean).join('/') || '.', pattern: value }))
}

/** Tokens in a pattern that recap cannot expand. */
export function unsupportedTokens(pattern: string): string[] {
  return [...pattern.matchAll(/:([a-z]+)(\[[^\]]*\])?/gi)]
    .map((match) => match[1] + (match[2] ?? ''))
    .filter((token) => !(PERMALINK_TOKENS as readonly string[]).includes(token) && token !== 'section' && token !== 'sections')
}

/** The permalinks.yml text after setting `entries`; comments and other folders stay. */
export function mergePermalinksText(existing: string | undefined, entries: { folder: string; pattern: string }[]): string {
  const header =
    "# Permalink patterns (Hugo's tokens) for posts in each folder under content/posts/; '.' is the top.\n" +
    '# The longest matching folder wins. Written by `npm run import:hugo` to keep Hugo URLs.\n'
  const document = parseDocument(existing ?? header, { schema: 'core' })
  for (const { folder, pattern } of entries) document.set(folder, pattern)
  return document.toString({ lineWidth: 0 })
}

/** The pattern lib/content.ts gives posts in `folder` ('' = the top): the longest matching entry wins. */
function effectivePattern(table: Record<string, string>, folder: string): string {
  const key = Object.keys(table)
    .filter((name) => name !== '.' && (folder === name || folder.startsWith(name + '/')))
    .sort((a, b) => b.length - a.length)[0]
  return key !== undefined ? table[key] : (table['.'] ?? site.permalink)
}

/** The folder of a post under content/posts/ ('' = the top); a bundle's folder is the post itself. */
function folderOfPost(file: string): string {
  const id = file.replace(/\.(md|mdx)$/i, '').replace(/(.)\/index$/, '$1')
  return dirname(id) === '.' ? '' : dirname(id)
}

function findSection(contentDir: string, wanted: string | undefined): { section?: string; error?: string } {
  const sections = existsSync(contentDir)
    ? readdirSync(contentDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()
    : []
  if (wanted !== undefined) {
    const name = wanted.replace(/^\/+|\/+$/g, '')
    if (sections.includes(name)) return { section: name }
    return { error: `no section "${name}" in ${displayPath(contentDir)}${sections.length ? `; sections: ${sections.join(', ')}` : ''}` }
  }
  const found = ['blog', 'posts', 'post'].find((name) => sections.includes(name)) ?? (sections.length === 1 ? sections[0] : undefined)
  if (found) return { section: found }
  return {
    error: sections.length
      ? `which section holds the posts? ${displayPath(contentDir)} has ${sections.join(', ')}`
      : `${displayPath(contentDir)} has no sections (folders)`,
  }
}

/** Links a tree of files into `to` (copies when linking is refused, e.g. across devices). */
function linkTree(from: string, to: string): void {
  for (const file of walk(from)) {
    const target = join(to, file)
    mkdirSync(dirname(target), { recursive: true })
    try {
      linkSync(join(from, file), target)
    } catch {
      copyFileSync(join(from, file), target)
    }
  }
}

/** Puts a file at `target`: linked in the scratch copy (cheap), copied into the project (its own file). */
function placeFile(source: string, target: string, how: 'link' | 'copy'): void {
  mkdirSync(dirname(target), { recursive: true })
  rmSync(target, { force: true })
  if (how === 'copy') return copyFileSync(source, target)
  try {
    linkSync(source, target)
  } catch {
    copyFileSync(source, target)
  }
}

/**
 * Imports a Hugo site's posts into a recap project: plans every file, checks the result by
 * loading it the way the build does (in a scratch copy), and writes only when nothing conflicts
 * (or `force`) and this is no dry run. Never throws for bad content: problems are reported.
 */
export function importHugoSite(options: ImportOptions): ImportReport {
  const siteDir = resolve(options.siteDir)
  const projectDir = resolve(options.projectDir)
  const force = options.force ?? false
  const problems: ContentProblem[] = []
  const report: ImportReport = {
    siteDir,
    configFiles: [],
    section: options.section ?? '',
    into: '',
    pattern: { value: '', from: '' },
    posts: [],
    bundleFiles: [],
    statics: [],
    permalinks: [],
    sectionPages: [],
    skipped: [],
    shortcodes: [],
    authors: [],
    freeTextBylines: 0,
    authorEntries: [],
    tags: { distinct: 0, ignoringCase: 0 },
    drafts: 0,
    images: { files: 0, bytes: 0 },
    urls: [],
    problems,
    conflicts: 0,
    written: false,
  }
  const fail = (reason: string, hint: string) => {
    problems.push({ file: siteDir, line: 1, severity: 'error', rule: 'hugo-import', reason, hint })
    return report
  }
  if (!existsSync(siteDir) || !statSync(siteDir).isDirectory()) return fail(`no Hugo site at ${displayPath(siteDir)}`, 'pass the folder that holds config.toml (or hugo.toml) and content/')

  const { config, problems: configProblems } = readHugoConfig(siteDir)
  problems.push(...configProblems)
  report.configFiles = config.files
  const contentDir = join(siteDir, config.contentDir)
  const found = findSection(contentDir, options.section)
  if (!found.section) return fail(found.error!, 'pass --section <folder under content/>')
  const section = found.section
  report.section = section
  const into = normaliseInto(options.into)
  if (into.error) return fail(into.error, 'e.g. --into linkerd')
  report.into = into.folder

  const configured = config.permalinks[section.toLowerCase()]
  report.pattern = configured
    ? { value: configured, from: `${config.files.at(-1) ?? 'config'} ${config.permalinksKey} ${section}` }
    : { value: `/${section}/:slugorfilename/ (by folder)`, from: "Hugo's default (no permalink set for this section)" }
  const unsupported = configured ? unsupportedTokens(configured) : []
  if (unsupported.length > 0) {
    problems.push({
      file: join(siteDir, config.files.at(-1) ?? 'config.toml'),
      line: 1,
      severity: 'error',
      rule: 'hugo-import',
      reason: `permalink "${configured}" uses :${unsupported.join(', :')}, which recap cannot expand, so these posts would move`,
      hint: `use ${PERMALINK_TOKENS.map((token) => ':' + token).join(' ')} or :section, or set url: in each post`,
    })
  }

  // ---- posts, section pages, bundles
  const sectionDir = join(contentDir, section)
  const postsRoot = join(projectDir, POSTS_DIR, into.folder)
  const files = walk(sectionDir)
  const bundleFolders = new Set(files.filter((file) => /^(.+\/)?index\.(md|mdx|markdown|mdown|mkdn|mkd)$/i.test(file)).map((file) => dirname(file)))
  const inBundle = (file: string) => [...bundleFolders].find((folder) => folder !== '.' && file.startsWith(folder + '/'))
  const sectionFolders = new Set(files.filter((file) => /(^|\/)_index\.[a-z]+$/i.test(file)).map((file) => (dirname(file) === '.' ? '' : dirname(file))))
  const postFolders: string[] = []
  const bundleResources: { source: string; bundle: string; file: string }[] = []
  for (const file of files) {
    const name = basename(file)
    const ext = extname(name).toLowerCase()
    const source = join(sectionDir, file)
    if (JUNK.has(name) || name.startsWith('.')) continue
    if (name.startsWith('_index.')) {
      report.sectionPages.push(relative(siteDir, source).split(sep).join('/'))
      continue
    }
    const bundle = inBundle(file)
    const isPostFile = MARKDOWN_EXTENSIONS.has(ext) || OTHER_MARKDOWN.has(ext)
    if (bundle && !(isPostFile && file === `${bundle}/${name}` && /^index\./i.test(name))) {
      bundleResources.push({ source, bundle, file: file.slice(bundle.length + 1) })
      continue
    }
    if (!isPostFile) {
      const shown = relative(siteDir, source).split(sep).join('/')
      report.skipped.push({
        file: shown,
        reason: ['.html', '.htm', '.org', '.adoc', '.asciidoc', '.rst', '.pandoc', '.pdc'].includes(ext)
          ? `a ${ext} post; recap reads Markdown (.md) and MDX: convert it to Markdown`
          : 'not a post, and not in a page bundle: Hugo does not publish it either',
      })
      continue
    }
    const targetName = OTHER_MARKDOWN.has(ext) ? file.slice(0, -ext.length) + '.md' : file
    const target = join(postsRoot, targetName)
    const folder = dirname(bundle ?? file) === '.' ? '' : dirname(bundle ?? file)
    postFolders.push(folder)
    report.posts.push({ source, target: relative(projectDir, target).split(sep).join('/'), status: statusOf(source, target, force), bytes: statSync(source).size })
    if (targetName !== file) {
      problems.push({ file: target, line: 1, severity: 'warning', rule: 'hugo-import', reason: `imported ${file} as ${basename(targetName)}`, hint: 'recap reads Markdown from .md files' })
    }
  }
  if (report.posts.length === 0) {
    problems.push({ file: sectionDir, line: 1, severity: 'error', rule: 'hugo-import', reason: `no posts (.md files) in ${displayPath(sectionDir)}`, hint: 'pass --section with the folder that holds the posts' })
  }

  // ---- static files
  for (const staticDir of config.staticDirs) {
    const root = join(siteDir, staticDir)
    for (const file of walk(root)) {
      if (JUNK.has(basename(file))) continue
      if (GENERATED.has(file) || file.startsWith('_next/')) {
        report.skipped.push({ file: `${staticDir}/${file}`, reason: 'recap generates this path itself' })
        continue
      }
      const source = join(root, file)
      const target = join(projectDir, 'public', file)
      report.statics.push({ source, target: relative(projectDir, target).split(sep).join('/'), status: statusOf(source, target, force), bytes: statSync(source).size })
    }
  }
  // ---- authors: the site's data files become content/authors.yml entries
  const authorsPath = join(projectDir, AUTHORS_FILE)
  const records = readAuthorRecords(siteDir, config.dataDirs, config.params, config.files.at(-1) ?? 'config', problems)
  const publishedStatics = report.statics.map((action) => action.target.slice('public/'.length))
  const siteAuthors = authorEntries(records, siteDir, publishedStatics)
  const existingAuthors = existsSync(authorsPath) ? readFileSync(authorsPath, 'utf8') : undefined
  const mergedAuthors = siteAuthors.length > 0 ? mergeAuthorsText(existingAuthors, siteAuthors) : undefined
  report.authorEntries = siteAuthors.map((entry) => ({ ...entry, status: mergedAuthors?.statuses.get(entry.id) ?? 'same' }))
  const authorsText = mergedAuthors && report.authorEntries.some((entry) => entry.status === 'new') ? mergedAuthors.text : existingAuthors

  const images = report.statics.filter((action) => IMAGE_EXTENSIONS.has(extname(action.target).toLowerCase()))
  report.images = { files: images.length, bytes: images.reduce((sum, action) => sum + action.bytes, 0) }

  // ---- permalinks.yml
  const permalinksPath = join(projectDir, PERMALINKS_FILE)
  // lib/content reports an unreadable permalinks.yml with its line; here it just sets nothing.
  const existingTable = readPermalinksFile(join(projectDir, 'content'), [])
  const importedTargets = new Set(report.posts.map((post) => post.target))
  const otherPosts = walk(join(projectDir, POSTS_DIR))
    .map((file) => `${POSTS_DIR}/${file}`)
    .filter((file) => /\.(md|mdx)$/i.test(file) && !importedTargets.has(file) && !/(^|\/)[._]/.test(file.slice(POSTS_DIR.length + 1)))
  for (const { folder, pattern } of folderPatterns({ section, pattern: configured, folders: postFolders, sectionFolders, into: into.folder })) {
    const current = existingTable[folder]
    if (current === pattern) {
      report.permalinks.push({ folder, pattern, status: 'same' })
      continue
    }
    // Posts already in the project that this entry would move.
    const folderPath = folder === '.' ? POSTS_DIR : `${POSTS_DIR}/${folder}`
    const changed = { ...existingTable, [folder]: pattern }
    const moved = otherPosts.filter((file) => {
      const postFolder = folderOfPost(file.slice(POSTS_DIR.length + 1))
      return effectivePattern(existingTable, postFolder) !== effectivePattern(changed, postFolder)
    })
    if (current !== undefined || moved.length > 0) {
      report.permalinks.push({
        folder,
        pattern,
        status: force ? 'replace' : 'conflict',
        note:
          current !== undefined
            ? `content/permalinks.yml gives "${folder}" the pattern ${current}`
            : `${moved.length} post${moved.length === 1 ? '' : 's'} already in ${folderPath}/ would move (e.g. ${moved[0]})`,
      })
    } else {
      report.permalinks.push({ folder, pattern, status: 'new' })
    }
  }

  // ---- check the result as the build will see it, in a scratch copy
  const stage = mkdtempSync(join(tmpdir(), 'recap-import-'))
  try {
    const stagedContent = join(stage, 'content')
    const stagedPublic = join(stage, 'public')
    mkdirSync(join(stagedContent, 'posts'), { recursive: true })
    linkTree(join(projectDir, POSTS_DIR), join(stagedContent, 'posts'))
    if (authorsText !== undefined) writeFileSync(join(stagedContent, 'authors.yml'), authorsText)
    linkTree(join(projectDir, 'public'), stagedPublic)
    const applies = (action: FileAction) => action.status === 'new' || action.status === 'replace'
    for (const action of [...report.posts, ...report.statics].filter(applies)) placeFile(action.source, join(stage, action.target), 'link')
    const entries = report.permalinks.filter((entry) => entry.status === 'new' || entry.status === 'replace')
    const existingText = existsSync(permalinksPath) ? readFileSync(permalinksPath, 'utf8') : undefined
    const permalinksText = entries.length > 0 ? mergePermalinksText(existingText, entries) : existingText
    if (permalinksText !== undefined) writeFileSync(join(stagedContent, 'permalinks.yml'), permalinksText)

    const content = loadContent({
      contentDir: stagedContent,
      publicDir: stagedPublic,
      visibility: { drafts: true, scheduled: true, isPreview: true },
      now: Date.now(),
    })
    const toProject = (path: string) => {
      const absolute = isAbsolute(path) ? path : resolve(process.cwd(), path)
      return absolute === stage || absolute.startsWith(stage + sep) ? join(projectDir, relative(stage, absolute)) : path
    }
    const shownStage = (text: string) => text.split(stage + sep).join(displayPath(projectDir) === '' ? '' : displayPath(projectDir) + '/')
    const postById = new Map(content.allPosts.map((post) => [post.id, post]))
    const idOf = (target: string) => target.slice(POSTS_DIR.length + 1).replace(/\.(md|mdx)$/i, '').replace(/(.)\/index$/, '$1')
    const importedFiles = new Set(report.posts.map((post) => join(projectDir, post.target)))
    for (const problem of content.problems) {
      const file = toProject(problem.file)
      const concernsImport =
        importedFiles.has(file) ||
        file === permalinksPath ||
        (file === authorsPath && report.authorEntries.some((entry) => entry.status === 'new')) ||
        report.posts.some((post) => problem.reason.includes(post.target))
      if (!concernsImport || problem.rule === 'unknown-author') continue
      problems.push({ ...problem, file, reason: shownStage(problem.reason), hint: problem.hint && shownStage(problem.hint) })
    }

    // Bundle files go where Hugo put them: beside the post, under its permalink.
    for (const resource of bundleResources) {
      const post = postById.get(idOf(`${POSTS_DIR}/${[into.folder, resource.bundle].filter(Boolean).join('/')}/index.md`))
      if (!post) continue
      const target = join(projectDir, 'public', post.path.slice(1), resource.file)
      const action: FileAction = { source: resource.source, target: relative(projectDir, target).split(sep).join('/'), status: statusOf(resource.source, target, force), bytes: statSync(resource.source).size }
      report.bundleFiles.push(action)
      if (applies(action)) placeFile(action.source, join(stage, action.target), 'link')
    }

    // ---- what the posts hold: shortcodes, links, images, authors, tags
    const calls: ShortcodeCall[] = []
    const authorCounts = new Map<string, number>()
    const tagNames = new Set<string>()
    const knownAuthors = new Set(readAuthors(stagedContent, stagedPublic, []).keys())
    for (const action of report.posts) {
      const file = join(projectDir, action.target)
      const text = normaliseText(readFileSync(action.source, 'utf8'))
      const frontMatter = readFrontMatter(text, file)
      const post: Post | undefined = postById.get(idOf(action.target))
      if (post) {
        report.urls.push({ target: action.target, path: post.path })
        if (post.draft) report.drafts++
        for (const id of post.authorIds) authorCounts.set(id, (authorCounts.get(id) ?? 0) + 1)
        if (post.authors.some((ref) => 'credit' in ref)) report.freeTextBylines++
        for (const tag of [frontMatter.data.tags].flat()) if (typeof tag === 'string') tagNames.add(tag)
      }
      const scanned = scanShortcodes(frontMatter.body)
      calls.push(...scanned.calls)
      for (const issue of scanned.issues) problems.push({ file, line: issue.line, column: issue.column, severity: issue.severity, rule: 'hugo-shortcode', reason: issue.reason, hint: issue.hint })

      const imageRefs: { url: string; line: number; column: number }[] = []
      for (const link of listMarkdownLinks(frontMatter.body)) {
        const host = link.kind !== 'image' ? schemelessHost(link.url) : undefined
        if (host) {
          problems.push({
            file,
            line: link.line,
            column: link.column,
            severity: 'warning',
            rule: 'schemeless-link',
            reason: `link "${link.url}" has no scheme, so it leads to ${post ? post.path : 'the post\'s own path + '}${link.url} on this site`,
            hint: `write https://${link.url} if ${host} is meant`,
          })
        }
        if (link.kind === 'image') imageRefs.push(link)
      }
      for (const call of scanned.calls) {
        const src = (call.name === 'fig' || call.name === 'figure') && call.params.find((param) => param.key === 'src')
        if (src) imageRefs.push({ url: src.value, line: call.line, column: call.column })
      }
      for (const ref of imageRefs) {
        const path = ref.url.split(/[?#]/)[0]
        if (!path.startsWith('/') || path.startsWith('//')) continue
        let decoded = path
        try {
          decoded = decodeURIComponent(path)
        } catch {
          // Keep the path as written.
        }
        if (!existsSync(join(stagedPublic, decoded))) {
          problems.push({
            file,
            line: ref.line,
            column: ref.column,
            severity: 'error',
            rule: 'missing-image',
            reason: `image ${ref.url} not found: looked for ${displayPath(join(projectDir, 'public', decoded))}`,
            hint: `add it to the Hugo site's static/ folder, or fix the path`,
          })
        }
      }
    }
    // A missing avatar matters for the authors these posts name; the rest are counted in the report.
    for (const entry of report.authorEntries) if (entry.avatarProblem && authorCounts.has(entry.id)) problems.push(entry.avatarProblem)
    report.shortcodes = countShortcodes(calls)
    report.authors = [...authorCounts]
      .map(([id, posts]) => ({ id, posts, isKnown: knownAuthors.has(id) }))
      .sort((a, b) => b.posts - a.posts || a.id.localeCompare(b.id))
    report.tags = { distinct: tagNames.size, ignoringCase: new Set([...tagNames].map((tag) => tag.toLowerCase())).size }

    // ---- write
    const actions = [...report.posts, ...report.statics, ...report.bundleFiles]
    report.conflicts = actions.filter((action) => action.status === 'conflict').length + report.permalinks.filter((entry) => entry.status === 'conflict').length
    for (const action of actions.filter((a) => a.status === 'conflict')) {
      problems.push({
        file: join(projectDir, action.target),
        line: 1,
        severity: 'error',
        rule: 'import-conflict',
        reason: `a different file is already here (from ${displayPath(action.source)})`,
        hint: 'rerun with --force to replace it, or with --into <folder> to import beside it',
      })
    }
    for (const entry of report.permalinks.filter((e) => e.status === 'conflict')) {
      problems.push({
        file: permalinksPath,
        line: 1,
        severity: 'error',
        rule: 'import-conflict',
        reason: `imported posts in "${entry.folder}" need the pattern ${entry.pattern}, but ${entry.note}`,
        hint: 'import with --into <folder> so each pattern has its own folder, or rerun with --force',
      })
    }
    const blocked = report.conflicts > 0 || problems.some((problem) => problem.rule === 'hugo-import' && problem.severity === 'error')
    if (!options.dryRun && !blocked) {
      for (const action of actions.filter(applies)) placeFile(action.source, join(projectDir, action.target), 'copy')
      if (entries.length > 0 && permalinksText !== undefined) {
        mkdirSync(dirname(permalinksPath), { recursive: true })
        writeFileSync(permalinksPath, permalinksText)
      }
      const newAuthors = report.authorEntries.some((entry) => entry.status === 'new')
      if (newAuthors && authorsText !== undefined) {
        mkdirSync(dirname(authorsPath), { recursive: true })
        writeFileSync(authorsPath, authorsText)
      }
      report.written = actions.some(applies) || entries.length > 0 || newAuthors
    }
  } finally {
    rmSync(stage, { recursive: true, force: true })
  }
  return report
}
