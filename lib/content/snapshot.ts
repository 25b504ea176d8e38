import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { processMemo } from '../process-memo'
import { getPublicDir } from './dirs'
import { indexTags } from './indexes'
import { indexEvents } from './events'
import { indexSeries } from './series'
import type { PostFacts } from './post-facts'
import type { SpeakerEntry } from './speakers'
import type { Author } from './authors'
import type { BundleFile, SiteContent } from './load'
import type { Post } from './post'
import type { Section } from './sections'
import type { SiteShortcode } from './site-shortcodes'

/**
 * What a production build leaves for its server: the content this build shows, validated and
 * compiled once at build time, in `<distDir>/recap/`:
 *
 *   content.json        every visible post without its body, the authors, permalinks, visibility
 *   posts/<key>.json    one post's body and compiled MDX, read when that post is rendered
 *
 * A long-tail post (not prerendered) renders from here on its first request, under `next start`
 * and in a Vercel function alike (next.config.js traces this folder into the functions and keeps
 * content/posts/ out), so the server never parses or validates a content file itself, and a
 * draft a production build left out is not there to be found.
 */

const FORMAT = 'recap-snapshot-3'

/** One post's file: its text and its compiled body. */
export type SnapshotPost = { body: string; code: string }

type ContentFile = {
  format: typeof FORMAT
  visibility: SiteContent['visibility']
  permalinks: string[]
  authors: Author[]
  /** content/authors.yml, every entry (a speaker may be an author with no visible post). */
  knownAuthors: Author[]
  speakerEntries: SpeakerEntry[]
  speakersFile: string
  posts: Omit<Post, 'body'>[]
  /** Each visible post's talks and photos, by file. */
  facts: Record<string, PostFacts>
  /** Hugo sections this build lists, their posts named by file. */
  sections: (Omit<Section, 'posts'> & { posts: string[] })[]
  /** The files visible pages publish (a draft's are left out), by site path. */
  bundleFiles: [string, BundleFile][]
  shortcodes: [string, SiteShortcode][]
  siteParams: Record<string, unknown>
  missingFiles: string[]
}

/** The build output folder this process reads and writes: RECAP_DIST_DIR, else .next. */
export function snapshotDir(root: string = process.cwd()): string {
  return join(/* turbopackIgnore: true */ root, process.env.RECAP_DIST_DIR || '.next', 'recap')
}

/** The file name of a post's entry: a hash of its path, so any file name is safe. */
export function snapshotKey(post: Pick<Post, 'filePath'>): string {
  // FNV-1a, 2 × 32 bits: short, stable, no crypto needed for a file name.
  let a = 0x811c9dc5
  let b = 0x01000193
  for (let i = 0; i < post.filePath.length; i++) {
    const code = post.filePath.charCodeAt(i)
    a = Math.imul(a ^ code, 0x01000193) >>> 0
    b = Math.imul(b ^ code, 0x5bd1e995) >>> 0
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0')
}

/** Empties the snapshot folder (a build starts with none). */
export function clearSnapshot(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'posts'), { recursive: true })
}

/** Writes one post's entry (called from the compile workers, in parallel). */
export function writeSnapshotPost(dir: string, post: Pick<Post, 'filePath' | 'body'>, code: string): void {
  writeFileSync(join(dir, 'posts', `${snapshotKey(post)}.json`), JSON.stringify({ body: post.body, code } satisfies SnapshotPost))
}

/** Writes content.json, last: its presence says the snapshot is whole. */
export function writeSnapshotContent(dir: string, content: SiteContent, factsOf: (post: Post) => PostFacts): void {
  const file: ContentFile = {
    format: FORMAT,
    visibility: content.visibility,
    permalinks: content.permalinks,
    authors: content.authors,
    knownAuthors: [...content.authorsById.values()],
    speakerEntries: content.speakerEntries,
    speakersFile: content.speakersFile,
    posts: content.posts.map(({ body: _body, ...rest }) => rest),
    facts: Object.fromEntries(content.posts.map((post) => [post.filePath, factsOf(post)])),
    sections: content.sections.map((section) => ({ ...section, posts: section.posts.map((post) => post.filePath) })),
    bundleFiles: [...content.bundleFiles].filter(([, file]) => file.isVisible),
    shortcodes: [...content.shortcodes],
    siteParams: content.siteParams,
    missingFiles: [...content.missingFiles],
  }
  writeFileSync(join(dir, 'content.json'), JSON.stringify(file))
}

const loaded = processMemo('snapshot', () => ({ entries: new Map<string, SnapshotPost>() }))

/** A post's entry, read once per process; undefined when the snapshot has none. */
export function readSnapshotPost(dir: string, post: Pick<Post, 'filePath'>): SnapshotPost | undefined {
  const key = snapshotKey(post)
  let entry = loaded.entries.get(key)
  if (!entry) {
    const file = join(/* turbopackIgnore: true */ dir, 'posts', `${key}.json`)
    if (!existsSync(file)) return undefined
    entry = JSON.parse(readFileSync(file, 'utf8')) as SnapshotPost
    loaded.entries.set(key, entry)
  }
  return entry
}

/**
 * The content a build left in `dir`, or undefined when there is none. Each post's body is read
 * from its own file when first asked for (a description, reading a post), so a server holding
 * ten thousand posts parses one small file per post it renders.
 */
export function readSnapshotContent(dir: string): SiteContent | undefined {
  const path = join(/* turbopackIgnore: true */ dir, 'content.json')
  if (!existsSync(path)) return undefined
  const file = JSON.parse(readFileSync(path, 'utf8')) as Partial<ContentFile>
  if (file.format !== FORMAT || !file.posts || !file.visibility) return undefined
  const posts = file.posts.map((fields) => {
    const post = { ...fields } as Post
    Object.defineProperty(post, 'body', {
      enumerable: true,
      get: () => readSnapshotPost(dir, post)?.body ?? '',
    })
    return post
  })
  const byFile = new Map(posts.map((post) => [post.filePath, post]))
  return {
    posts,
    allPosts: posts,
    tags: indexTags(posts),
    authors: file.authors ?? [],
    // The events' problems were reported by the build.
    events: indexEvents(posts, []),
    series: indexSeries(posts),
    authorsById: new Map((file.knownAuthors ?? []).map((author) => [author.id, author])),
    speakerEntries: file.speakerEntries ?? [],
    speakersFile: file.speakersFile ?? 'content/speakers.yml',
    publicDir: getPublicDir(),
    problems: [],
    visibility: file.visibility,
    permalinks: file.permalinks ?? [],
    facts: new Map(Object.entries(file.facts ?? {})),
    sections: (file.sections ?? []).map((section) => ({ ...section, posts: section.posts.flatMap((key) => byFile.get(key) ?? []) })),
    bundleFiles: new Map(file.bundleFiles ?? []),
    shortcodes: new Map(file.shortcodes ?? []),
    siteParams: file.siteParams ?? {},
    missingFiles: new Set(file.missingFiles ?? []),
  }
}

/**
 * Whether this process serves a production build (`next start`, a Vercel function) rather than
 * making one: Next sets NEXT_PHASE while it builds.
 */
export function isServingBuild(env: Partial<NodeJS.ProcessEnv> = process.env): boolean {
  return env.NODE_ENV === 'production' && env.NEXT_PHASE !== 'phase-production-build' && env.RECAP_STATIC_EXPORT !== '1'
}
