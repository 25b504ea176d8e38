import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { tmpdir } from 'node:os'
import { loadContent, type LoadOptions, type SiteContent } from '@/lib/content'

/** A temporary site: content/ and public/ folders filled from a map of relative paths to text. */
export type TempSite = { root: string; contentDir: string; publicDir: string; load: (options?: Partial<LoadOptions>) => SiteContent; cleanup: () => void }

/** Production visibility, for tests. */
export const production = { drafts: false, scheduled: false, isPreview: false }
/** Preview visibility (next dev, Vercel previews), for tests. */
export const preview = { drafts: true, scheduled: true, isPreview: true }

/** Writes `files` (paths relative to the site root, e.g. 'content/posts/a.md') to a temp folder. */
export function makeSite(files: Record<string, string | Buffer>): TempSite {
  const root = mkdtempSync(join(tmpdir(), 'recap-site-'))
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, path)
    mkdirSync(dirname(full), { recursive: true })
    writeFileSync(full, text)
  }
  const contentDir = join(root, 'content')
  const publicDir = join(root, 'public')
  mkdirSync(join(contentDir, 'posts'), { recursive: true })
  mkdirSync(publicDir, { recursive: true })
  return {
    root,
    contentDir,
    publicDir,
    load: (options = {}) =>
      loadContent({ contentDir, publicDir, visibility: production, now: Date.parse('2024-01-01T00:00:00Z'), ...options }),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  }
}

/** A post file with the given front matter lines and body. */
export function post(frontMatter: string, body = 'Some text.\n'): string {
  return `---\n${frontMatter.trim()}\n---\n\n${body}`
}

/** 100 posts sharing `count` tags that are different names with one slug: "tag", "tag!", "tag?", "tag!?"… */
export function postsWithTagsAlike(count: number): Record<string, string> {
  const marks = ['!', '?', '.', ',', ';', ':', '(', ')']
  const names = Array.from({ length: count }, (_, i) => `tag${i.toString(8).split('').map((digit) => marks[Number(digit)]).join('')}`)
  const posts: Record<string, string> = {}
  const each = Math.ceil(count / 100)
  for (let p = 0; p < 100; p++) posts[`content/posts/p${p}.md`] = post(`title: P${p}\ndate: 2023-01-01\ntags: ${JSON.stringify(names.slice(p * each, (p + 1) * each))}`)
  return posts
}
