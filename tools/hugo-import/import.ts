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
import { loadContent, lookupParam, readAuthors, type Post } from '../../lib/content'
import { readPermalinksFile } from '../../lib/content/permalinks'
import { displayPath, type ContentProblem } from '../../lib/content/problems'
import { readFrontMatter, normaliseText } from '../../lib/content/front-matter'
import { listMarkdownLinks, schemelessHost } from '../../lib/markdown/links'
import { PERMALINK_TOKENS } from '../../lib/routes'
import { defaultInto, effectivePattern, folderOfPost, folderPatterns, mergePermalinksText, unsupportedTokens } from './permalinks'
import type { Mount } from './config'
import { listFiles } from '../../lib/files'
import { readHugoConfig } from './config'
import { createSiteIndex } from '../../lib/site-index'
import { reportOutsideLinks } from './outside-links'
import { mergeMissingText, writeText } from './missing-files'
import { countShortcodes, scanShortcodes, type ShortcodeCall } from './shortcodes'
import { authorEntries, mergeAuthorsText, readAuthorRecords, type AuthorEntry, type AuthorStatus } from './authors'
import { findShortcodeTemplates, mergeParamsText, mergeShortcodesText, siteShortcodeGuesses, type ShortcodeGuess } from './site-shortcodes'
import { startProgress } from '../../lib/progress'

/** What `npm run import:hugo` was asked to do. */
export type ImportOptions = {
  /** The Hugo site: its config, content/ and static/. */
  siteDir: string
  /** The recap project to import into (content/posts/, public/). */
  projectDir: string
  /** The content section holding the posts; found when not given (blog, posts, post). */
  section?: string
  /**
   * A folder under content/posts/ to put the posts in ('' = the top). By default the top when the
   * posts keep their URLs there, else a folder named after the section (permalinks.ts defaultInto).
   */
  into?: string
  /** Replace files that differ instead of stopping. */
  force?: boolean
  /** Report only; write nothing. */
  dryRun?: boolean
  /**
   * The address the old site lives at (`https://old.site`): links to its pages that did not come
   * along (`/docs/…`) are rewritten to point there. Without it they stay as written, reported.
   */
  externalBase?: string
  /**
   * More folders of templates to read shortcodes from, after the site's own and its theme's
   * (a theme or module kept outside the site): `--layouts ../theme/layouts`.
   */
  layouts?: string[]
  /** Show progress of the post scan on stderr (lib/progress.ts). */
  showProgress?: boolean
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
  /** What is written instead of the source's bytes, when the import changed the file (--external-base). */
  text?: string
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
  /** Files of page bundles (a post's folder, a section's folder), kept beside their page: recap publishes them at its URL, as Hugo did. */
  bundleFiles: FileAction[]
  /** Nested sections' `_index.md`: list pages at their folder's path (`/blog/2023/`). */
  sections: FileAction[]
  statics: FileAction[]
  permalinks: PermalinkEntry[]
  /** The section's own `_index.md`: its list is recap's /blog/ (or the folder's), so it is not imported. */
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
  /** The site's own shortcodes and what content/shortcodes.yml says each becomes (new entries are the import's guesses). */
  siteShortcodes: (ShortcodeGuess & { isNew: boolean })[]
  /** Site params posts print with `param`, written to content/params.yml. */
  siteParams: string[]
  /** Links to pages of the old site that are not in the import, and how many were rewritten to --external-base. */
  outsideLinks: { count: number; posts: number; folders: [string, number][]; rewritten: number }
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
const SHORTCODES_FILE = 'content/shortcodes.yml'
const PARAMS_FILE = 'content/params.yml'
const MISSING_FILE = 'content/missing-files.yml'

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

/** A section as found in the site: its name and the folder holding it (under one of the content mounts). */
type FoundSection = { section?: string; dir?: string; error?: string }

/**
 * The section holding the posts: the one named, else `blog`, `posts` or `post`, else the only one,
 * looked for in every content folder the config mounts (`module.mounts`, `contentDir`).
 */
function findSection(siteDir: string, mounts: readonly Mount[], wanted: string | undefined): FoundSection {
  const bySection = new Map<string, string>()
  for (const mount of mounts) {
    const root = join(siteDir, mount.source)
    if (mount.target) {
      // A folder mounted below content/ (target content/blog): its first part is the section.
      const name = mount.target.split('/')[0]
      if (existsSync(root) && !bySection.has(name)) bySection.set(name, mount.target.includes('/') ? join(siteDir, mount.source, '..') : root)
      continue
    }
    if (!existsSync(root)) continue
    for (const entry of readdirSync(root, { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.name.startsWith('.') && !bySection.has(entry.name)) bySection.set(entry.name, join(root, entry.name))
    }
  }
  const sections = [...bySection.keys()].sort()
  const where = mounts.map((mount) => displayPath(join(siteDir, mount.source))).join(', ')
  if (wanted !== undefined) {
    const name = wanted.replace(/^\/+|\/+$/g, '')
    if (bySection.has(name)) return { section: name, dir: bySection.get(name) }
    return { error: `no section "${name}" in ${where}${sections.length ? `; sections: ${sections.join(', ')}` : ''}` }
  }
  const found = ['blog', 'posts', 'post'].find((name) => sections.includes(name)) ?? (sections.length === 1 ? sections[0] : undefined)
  if (found) return { section: found, dir: bySection.get(found) }
  return {
    error: sections.length ? `which section holds the posts? ${where} has ${sections.join(', ')}` : `${where} has no sections (folders)`,
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
    sections: [],
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
    siteShortcodes: [],
    siteParams: [],
    outsideLinks: { count: 0, posts: 0, folders: [], rewritten: 0 },
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
  const found = findSection(siteDir, config.contentMounts, options.section)
  if (!found.section || !found.dir) return fail(found.error!, 'pass --section <folder under content/>')
  const section = found.section
  report.section = section
  const configured = config.permalinks[section.toLowerCase()]
  const sectionDir = found.dir
  const files = walk(sectionDir)
  const hasNestedSections = files.some((file) => /\/_index\.[a-z]+$/i.test(file))
  const existingTable = readPermalinksFile(join(projectDir, 'content'), [])
  const into = normaliseInto(options.into ?? defaultInto({ section, pattern: configured, topPattern: effectivePattern(existingTable, ''), hasNestedSections }))
  if (into.error) return fail(into.error, 'e.g. --into linkerd')
  report.into = into.folder

  report.pattern = configured
    ? { value: configured, from: `${config.files.at(-1) ?? 'config'} ${config.permalinksKey} ${section}` }
    : { value: `/${section}/…/:slugorfilename/ (the folder path)`, from: "Hugo's default (no permalink set for this section)" }
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

  // ---- posts, section pages, bundles (as lib/content/tree.ts will read them)
  const postsRoot = join(projectDir, POSTS_DIR, into.folder)
  const bundleFolders = new Set(files.filter((file) => /^(.+\/)?index\.(md|mdx|markdown|mdown|mkdn|mkd)$/i.test(file)).map((file) => dirname(file)))
  const inBundle = (file: string) => {
    // The outermost bundle above the file: a bundle inside a bundle is one of its resources.
    const parts = file.split('/')
    for (let i = 1; i < parts.length; i++) if (bundleFolders.has(parts.slice(0, i).join('/'))) return parts.slice(0, i).join('/')
    return undefined
  }
  const sectionFolders = new Set(files.filter((file) => /(^|\/)_index\.[a-z]+$/i.test(file)).map((file) => (dirname(file) === '.' ? '' : dirname(file))))
  const postFolders: string[] = []
  const copy = (source: string, file: string): FileAction => {
    const target = join(postsRoot, file)
    return { source, target: relative(projectDir, target).split(sep).join('/'), status: statusOf(source, target, force), bytes: statSync(source).size }
  }
  for (const file of files) {
    const name = basename(file)
    const ext = extname(name).toLowerCase()
    const source = join(sectionDir, file)
    const shown = relative(siteDir, source).split(sep).join('/')
    if (JUNK.has(name) || file.split('/').some((part) => part.startsWith('.'))) continue
    const bundle = inBundle(file)
    const isPostFile = MARKDOWN_EXTENSIONS.has(ext) || OTHER_MARKDOWN.has(ext)
    if (bundle && !(isPostFile && file === `${bundle}/${name}` && /^index\./i.test(name))) {
      // A leaf bundle's files stay beside its post: recap publishes them at the post's URL.
      report.bundleFiles.push(copy(source, file))
      continue
    }
    if (/^_index\./i.test(name)) {
      // The section itself is recap's /blog/ (or the folder the posts go to); nested ones are list pages.
      if (dirname(file) === '.' || !isPostFile) report.sectionPages.push(shown)
      else report.sections.push(copy(source, file.slice(0, -ext.length) + (ext === '.mdx' ? '.mdx' : '.md')))
      continue
    }
    if (!isPostFile) {
      const folder = dirname(file) === '.' ? '' : dirname(file)
      if (sectionFolders.has(folder) && folder !== '' && !['.html', '.htm'].includes(ext)) {
        // A file beside a section's _index.md: published at the section's URL.
        report.bundleFiles.push(copy(source, file))
        continue
      }
      report.skipped.push({
        file: shown,
        reason: ['.html', '.htm', '.org', '.adoc', '.asciidoc', '.rst', '.pandoc', '.pdc'].includes(ext)
          ? `a ${ext} post; recap reads Markdown (.md) and MDX: convert it to Markdown`
          : 'not in a page bundle (no index.md beside it) nor beside a section\'s _index.md, so no page publishes it; move it into the folder of the post that shows it',
      })
      continue
    }
    const targetName = OTHER_MARKDOWN.has(ext) ? file.slice(0, -ext.length) + '.md' : file
    const folder = dirname(bundle ?? file) === '.' ? '' : dirname(bundle ?? file)
    postFolders.push(folder)
    const action = copy(source, targetName)
    report.posts.push(action)
    if (targetName !== file) {
      problems.push({ file: join(projectDir, action.target), line: 1, severity: 'warning', rule: 'hugo-import', reason: `imported ${file} as ${basename(targetName)}`, hint: 'recap reads Markdown from .md files' })
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
    for (const action of [...report.posts, ...report.sections, ...report.bundleFiles, ...report.statics].filter(applies)) placeFile(action.source, join(stage, action.target), 'link')
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
    const importedFiles = new Set([...report.posts, ...report.sections].map((post) => join(projectDir, post.target)))
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

    // ---- what the posts hold: shortcodes, links, images, authors, tags
    const calls: ShortcodeCall[] = []
    const index = createSiteIndex(content, { publicDir: stagedPublic, contentDir: stagedContent, includeHidden: true })
    const outside: { action: FileAction; url: string; line: number; column: number; file: string }[] = []
    const missingFiles = new Set<string>()
    const siteParams: Record<string, unknown> = {}
    const authorCounts = new Map<string, number>()
    const tagNames = new Set<string>()
    const knownAuthors = new Set(readAuthors(stagedContent, stagedPublic, []).keys())
    const progress = startProgress('import', 'posts', report.posts.length, { isQuiet: !options.showProgress })
    for (const action of report.posts) {
      progress.tick()
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
      // `{{% param x %}}` reads the post's front matter, else the site's params: those go to content/params.yml.
      for (const call of scanned.calls) {
        const key = call.name === 'param' && !call.isClosing ? call.params[0]?.value : undefined
        if (!key || lookupParam(key, frontMatter.data, (frontMatter.data.params as Record<string, unknown>) ?? {}) !== undefined) continue
        const value = lookupParam(key, config.params)
        if (value !== undefined) siteParams[key] = value
      }
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
        else if (link.url.startsWith('/') && !link.url.startsWith('//') && !link.url.includes('{{') && index.findPath(link.url) === undefined) {
          outside.push({ action, url: link.url, line: link.line, column: link.column, file })
        }
      }
      for (const call of scanned.calls) {
        const src = (call.name === 'fig' || call.name === 'figure') && call.params.find((param) => param.key === 'src')
        if (src) imageRefs.push({ url: src.value, line: call.line, column: call.column })
      }
      for (const ref of imageRefs) {
        let path = ref.url.split(/[?#]/)[0]
        if (path === '' || path.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(path) || path.includes('{{')) continue
        // A relative image is read from the post's URL, as a browser reads it: a bundle's file.
        const isRelative = !path.startsWith('/')
        if (isRelative && post) path = new URL(path, `http://site${post.path}`).pathname
        else if (isRelative) continue
        let decoded = path
        try {
          decoded = decodeURIComponent(path)
        } catch {
          // Keep the path as written.
        }
        if (content.bundleFiles.has(decoded) || existsSync(join(stagedPublic, decoded))) continue
        // The Hugo site lacks the file too: its page showed a broken image. recap shows it the same
        // way, listed in content/missing-files.yml (a warning), until someone adds the file.
        missingFiles.add(decoded)
        problems.push({
          file,
          line: ref.line,
          column: ref.column,
          severity: 'warning',
          rule: 'missing-file',
          reason: isRelative
            ? `image ${ref.url} is not in the Hugo site either (no ${ref.url} beside the post, read from ${post?.path}); listed in content/missing-files.yml, the page shows it broken as Hugo's did`
            : `image ${ref.url} is not in the Hugo site either (no ${decoded} under its static/); listed in content/missing-files.yml, the page shows it broken as Hugo's did`,
          hint: isRelative ? "add the file to the post's folder and remove its line from content/missing-files.yml" : 'add it under public/ and remove its line from content/missing-files.yml',
        })
      }
    }
    progress.stop()
    // A missing avatar matters for the authors these posts name; the rest are counted in the report.
    for (const entry of report.authorEntries) if (entry.avatarProblem && authorCounts.has(entry.id)) problems.push(entry.avatarProblem)
    report.shortcodes = countShortcodes(calls)
    reportOutsideLinks(report, outside, { externalBase: options.externalBase, force, projectDir })
    const shortcodesPath = join(projectDir, SHORTCODES_FILE)
    const layoutDirs = [...config.layoutDirs, ...(options.layouts ?? []).map((dir) => resolve(dir))]
    const guesses = siteShortcodeGuesses(findShortcodeTemplates(siteDir, layoutDirs), report.shortcodes.map(([name]) => name))
    const existingShortcodes = existsSync(shortcodesPath) ? readFileSync(shortcodesPath, 'utf8') : undefined
    const mergedShortcodes = guesses.length > 0 ? mergeShortcodesText(existingShortcodes, guesses) : undefined
    report.siteShortcodes = guesses.map((guess) => ({ ...guess, isNew: mergedShortcodes?.added.includes(guess.name) ?? false }))
    const paramsPath = join(projectDir, PARAMS_FILE)
    const mergedParams = Object.keys(siteParams).length > 0 ? mergeParamsText(existsSync(paramsPath) ? readFileSync(paramsPath, 'utf8') : undefined, siteParams) : undefined
    report.siteParams = mergedParams?.added ?? []
    const missingPath = join(projectDir, MISSING_FILE)
    const mergedMissing = missingFiles.size > 0 ? mergeMissingText(existsSync(missingPath) ? readFileSync(missingPath, 'utf8') : undefined, [...missingFiles]) : undefined
    report.authors = [...authorCounts]
      .map(([id, posts]) => ({ id, posts, isKnown: knownAuthors.has(id) }))
      .sort((a, b) => b.posts - a.posts || a.id.localeCompare(b.id))
    report.tags = { distinct: tagNames.size, ignoringCase: new Set([...tagNames].map((tag) => tag.toLowerCase())).size }

    // ---- write
    const actions = [...report.posts, ...report.sections, ...report.bundleFiles, ...report.statics]
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
      for (const action of actions.filter(applies)) {
        if (action.text === undefined) placeFile(action.source, join(projectDir, action.target), 'copy')
        else writeText(join(projectDir, action.target), action.text)
      }
      if (entries.length > 0 && permalinksText !== undefined) {
        mkdirSync(dirname(permalinksPath), { recursive: true })
        writeFileSync(permalinksPath, permalinksText)
      }
      const newAuthors = report.authorEntries.some((entry) => entry.status === 'new')
      if (newAuthors && authorsText !== undefined) {
        mkdirSync(dirname(authorsPath), { recursive: true })
        writeFileSync(authorsPath, authorsText)
      }
      for (const [path, merged] of [[shortcodesPath, mergedShortcodes], [paramsPath, mergedParams], [missingPath, mergedMissing]] as const) {
        if (!merged || merged.added.length === 0) continue
        mkdirSync(dirname(path), { recursive: true })
        writeFileSync(path, merged.text)
      }
      report.written = actions.some(applies) || entries.length > 0 || newAuthors || (mergedShortcodes?.added.length ?? 0) > 0 || (mergedParams?.added.length ?? 0) > 0
    }
  } finally {
    rmSync(stage, { recursive: true, force: true })
  }
  return report
}

export { folderPatterns, mergePermalinksText, unsupportedTokens } from './permalinks'
