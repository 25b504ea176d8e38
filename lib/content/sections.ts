import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { readFrontMatter, normaliseText, removeControlCharacters } from './front-matter'
import { normaliseHugoKeys } from './hugo-fields'
import { displayPath, type ContentProblem } from './problems'
import { blogPath, normalisePath } from '../routes'
import { urlize } from '../slugs'
import type { Resource } from './cover'
import type { Post } from './post'

/**
 * Hugo's sections: a folder under content/posts/ with an `_index.md` is a list page of the posts
 * below it, at the folder's path (`blog/2023/_index.md` -> /blog/2023/) or its `url:`, titled by
 * its front matter. The top folder's list is recap's own /blog/.
 */

/** A section as its list page shows it. */
export type Section = {
  /** Its folder under content/posts/: 'blog/2023'. */
  id: string
  /** Repository-relative path of its `_index.md`. */
  filePath: string
  title: string
  linkTitle?: string
  description?: string
  /** Its list page, ending in '/'. */
  path: string
  draft: boolean
  /** The files beside its `_index.md`, served at its path (a branch bundle's resources). */
  resources: Resource[]
  /** Posts this build shows below it, at any depth, newest first. */
  posts: Post[]
}

const sectionSchema = z
  .object({
    title: z.union([z.string(), z.number().transform(String)]).optional(),
    linkTitle: z.string().optional(),
    description: z.string().optional(),
    summary: z.string().optional(),
    url: z.string().optional(),
    draft: z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')]).optional(),
  })
  .passthrough()

/** The URL of a section folder when its `_index.md` sets none: each folder urlized, as Hugo writes section paths. */
export function sectionPath(folder: string): string {
  return normalisePath(folder.split('/').map((part) => urlize(part)).join('/'))
}

/** Reads one `_index.md`; null (with its problems) when it cannot be read. */
export function readSection(absolutePath: string, postsDir: string, resources: Resource[], problems: ContentProblem[]): Section | null {
  const file = displayPath(absolutePath)
  const id = absolutePath.slice(postsDir.length + 1).split(/[\\/]/).slice(0, -1).join('/')
  const { text } = removeControlCharacters(normaliseText(readFileSync(absolutePath, 'utf8')))
  const frontMatter = readFrontMatter(text, file)
  problems.push(...frontMatter.problems)
  if (frontMatter.problems.some((problem) => problem.severity === 'error')) return null
  normaliseHugoKeys(frontMatter)
  const result = sectionSchema.safeParse(frontMatter.data)
  if (!result.success) {
    const issue = result.error.issues[0]
    const key = String(issue.path[0] ?? '')
    problems.push({ file, line: frontMatter.keyLines[key] ?? 1, severity: 'error', rule: 'front-matter', reason: `section front matter "${key}": ${issue.message.toLowerCase()}`, hint: 'write title: "…" and, if the list lives elsewhere, url: /path/' })
    return null
  }
  const fields = result.data
  const name = id.split('/').pop() ?? ''
  // Titles written over several lines (a YAML block) keep no trailing newline, as Hugo trims them.
  const title = fields.title?.trim() || name.charAt(0).toUpperCase() + name.slice(1)
  return {
    id,
    filePath: file,
    title,
    linkTitle: fields.linkTitle?.trim() || undefined,
    description: (fields.description ?? fields.summary)?.trim() || undefined,
    path: fields.url ? normalisePath(fields.url) : sectionPath(id),
    draft: fields.draft ?? false,
    resources,
    posts: [],
  }
}

/** Sections with their visible posts (at any depth), newest first as `posts` is; the one at /blog/ is recap's blog and left out. */
export function listSections(sections: Section[], posts: readonly Post[]): Section[] {
  return sections
    .filter((section) => section.path !== blogPath())
    .map((section) => ({ ...section, posts: posts.filter((post) => post.id.startsWith(section.id + '/')) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** The absolute path of a section's `_index.md` under `postsDir`. */
export function sectionFile(postsDir: string, relativePath: string): string {
  return join(postsDir, relativePath)
}
