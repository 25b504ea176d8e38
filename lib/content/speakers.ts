import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { readFrontMatter, normaliseText, removeControlCharacters } from './front-matter'
import { nameSlug } from '../slugs'
import { controlProblem, displayPath, type ContentProblem } from './problems'
import { isSiteUrl, isSafeLink } from '../safe-urls'
import type { Author } from './authors'

/** content/speakers.yml: what the talk lists cannot say about a speaker (bio, avatar, links, other spellings). */

/** One entry of content/speakers.yml, by id (the speaker's page is /speakers/<id>/). */
export type SpeakerEntry = {
  id: string
  name?: string
  bio?: string
  avatar?: string
  links: { label: string; url: string }[]
  aliases: string[]
  /** The author id of the same person in content/authors.yml. */
  author?: string
  /** Where the entry is, for problems. */
  line: number
}

const speakerSchema = z
  .object({
    name: z.string().trim().min(1).optional(),
    bio: z.string().optional(),
    // The avatar shows on the speaker's page: an image on another site would see every reader.
    avatar: z.string().refine((value) => isSiteUrl(value), 'must be an image on this site, e.g. /uploads/speakers/ada.jpg').optional(),
    links: z.record(z.string(), z.string().refine((value) => isSafeLink(value), 'must be an http(s) or mailto: link')).optional(),
    aliases: z.union([z.string().transform((value) => [value]), z.string().array()]).optional(),
    author: z.string().optional(),
  })
  .strict()

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * The key that makes one person of many spellings: accents and other marks dropped (NFKD), lower
 * case, punctuation gone, white space collapsed. "Zsolt Homoródi", "zsolt  homorodi" and
 * "Zsolt Homorodi." are one key.
 */
export function speakerKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The page slug of a speaker no entry names: from the key, so it never changes with a spelling. */
export function speakerSlug(name: string): string {
  return nameSlug(speakerKey(name) || name)
}

/** Reads content/speakers.yml (absent: none), with a problem at its line for each bad entry. */
export function readSpeakerEntries(contentDir: string, publicDir: string, authors: Map<string, Author>, problems: ContentProblem[]): SpeakerEntry[] {
  const file = join(contentDir, 'speakers.yml')
  if (!existsSync(file)) return []
  const shown = displayPath(file)
  const { text, removed } = removeControlCharacters(normaliseText(readFileSync(file, 'utf8')))
  problems.push(...removed.map((control) => controlProblem(shown, control)))
  const frontMatter = readFrontMatter(`---\n${text}\n---\n`, shown)
  // readFrontMatter counts the `---` we added as line 1; shift back to the file's own lines.
  problems.push(...frontMatter.problems.map((p) => ({ ...p, line: Math.max(1, p.line - 1), rule: 'speakers' })))
  const entries: SpeakerEntry[] = []
  const hint = 'write `id: { name: Full Name, bio: …, avatar: /uploads/speakers/id.jpg, links: { github: https://… }, aliases: [Other Spelling], author: author-id }`'
  for (const [id, value] of Object.entries(frontMatter.data)) {
    const line = Math.max(1, (frontMatter.keyLines[id] ?? 2) - 1)
    const problem = (reason: string, fix: string, severity: 'error' | 'warning' = 'error') => problems.push({ file: shown, line, severity, rule: 'speakers', reason, hint: fix })
    if (!ID.test(id)) {
      problem(`speaker id "${id}" is not a URL segment`, `use lower-case letters, digits and dashes, e.g. ${nameSlug(id)}`)
      continue
    }
    const result = speakerSchema.safeParse(value ?? {})
    if (!result.success) {
      const issue = result.error.issues[0]
      problem(`speaker "${id}": ${issue.path.join('.') || 'entry'} ${issue.message.toLowerCase()}`, hint)
      continue
    }
    const entry = result.data
    if (entry.avatar?.startsWith('/') && !existsSync(join(publicDir, entry.avatar))) {
      problem(`avatar of speaker "${id}" not found: looked for ${displayPath(join(publicDir, entry.avatar))}`, 'add the image or fix the path')
    }
    if (entry.author !== undefined && !authors.has(entry.author)) {
      problem(`speaker "${id}": unknown author "${entry.author}"`, `use an id from content/authors.yml (${[...authors.keys()].join(', ') || 'none yet'})`)
    }
    entries.push({
      id,
      name: entry.name,
      bio: entry.bio,
      avatar: entry.avatar,
      links: Object.entries(entry.links ?? {}).map(([label, url]) => ({ label, url })),
      aliases: entry.aliases ?? [],
      author: entry.author !== undefined && authors.has(entry.author) ? entry.author : undefined,
      line,
    })
  }
  return entries
}
