import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { readFrontMatter, normaliseText, removeControlCharacters, cleanValues } from './front-matter'
import { nameSlug } from '../slugs'
import { segmentProblem } from '../safe-paths'
import { resolveInside } from '../safe-files'
import { controlProblem, displayPath, type ContentProblem } from './problems'
import { isSiteUrl, isSafeLink } from '../safe-urls'
import type { CreditPart } from './credits'

/** content/authors.yml: who writes the posts, by id. */

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
  /** A byline written as free text (no entry, no page of its own): its text and links as written. */
  credit?: CreditPart[]
}

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

/** The authors content/authors.yml lists, by id; its problems go to `problems`. */
export function readAuthors(contentDir: string, publicDir: string, problems: ContentProblem[]): Map<string, Author> {
  const file = join(contentDir, 'authors.yml')
  const authors = new Map<string, Author>()
  // A link out of content/ is not read: the loader reports it (linksLeaving).
  const inside = resolveInside(contentDir, file)
  if (!inside.ok) return authors
  const shown = displayPath(file)
  const { text, removed } = removeControlCharacters(normaliseText(readFileSync(inside.file, 'utf8')))
  problems.push(...removed.map((control) => controlProblem(shown, control)))
  const frontMatter = readFrontMatter(`---\n${text}\n---\n`, shown)
  // readFrontMatter counts the `---` we added as line 1; shift back to the file's own lines.
  problems.push(...frontMatter.problems.map((p) => ({ ...p, line: Math.max(1, p.line - 1), rule: 'authors' })))
  const cleaned = cleanValues(frontMatter.data)
  for (const id of new Set([...cleaned.controls, ...cleaned.surrogates])) {
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
    const slugProblem = segmentProblem(nameSlug(id))
    if (slugProblem) {
      problems.push({ file: shown, line, severity: 'error', rule: 'authors', reason: `author id ${JSON.stringify(id.length > 40 ? `${id.slice(0, 37)}…` : id)} cannot name a page: ${slugProblem}`, hint: 'use a short id, e.g. ada' })
      continue
    }
    if (entry.avatar?.startsWith('/') && !resolveInside(publicDir, `.${entry.avatar}`).ok) {
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

