import { existsSync, linkSync, copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { hugoSiteFiles } from './hugo-site'
import { benchPostsFromCorpus, generatedPosts, readCorpus, type BenchPosts } from './posts'

/** The Hugo site the bench imports (and Hugo builds): where it is and what it holds. */
export type BenchSite = { dir: string; posts: BenchPosts; source: string }

/**
 * Writes a Hugo site of `count` posts into `dir`: copies of the corpus's posts when `corpusDir`
 * holds one (images hard-linked), else generated posts; with the minimal layouts Hugo needs.
 */
export function writeBenchSite(dir: string, count: number, corpusDir: string | undefined): BenchSite {
  const hasCorpus = corpusDir !== undefined && existsSync(join(corpusDir, 'content'))
  let posts: BenchPosts
  let source: string
  if (hasCorpus) {
    const section = readdirSync(join(corpusDir, 'content')).find((name) => existsSync(join(corpusDir, 'content', name, '_index.md'))) ?? 'blog'
    const corpus = readCorpus(corpusDir, section)
    posts = benchPostsFromCorpus(corpus.posts, count, corpus.staticFiles)
    source = `copies of ${corpus.posts.length} corpus posts from ${corpusDir}`
  } else {
    posts = generatedPosts(count)
    source = 'generated posts (no corpus found)'
  }
  for (const file of [...hugoSiteFiles(), ...posts.posts]) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true })
    writeFileSync(join(dir, file.path), file.text)
  }
  for (const image of posts.images) {
    const from = join(corpusDir!, 'static', image.from)
    const to = join(dir, 'static', image.to)
    mkdirSync(dirname(to), { recursive: true })
    try {
      linkSync(from, to)
    } catch {
      copyFileSync(from, to)
    }
  }
  return { dir, posts, source }
}

/** The first generated post whose text matches `pattern` (a post with a video, say), else the first post. */
export function pickPost(site: BenchSite, pattern: RegExp): string {
  const found = site.posts.posts.find((post) => pattern.test(post.text)) ?? site.posts.posts[0]
  return found.path.replace(/^content\/blog\//, '')
}

/** Appends a paragraph to a post in the project: the one change before a warm rebuild. */
export function touchPost(file: string, note: string): void {
  writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n${note}\n`)
}
