import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { readFrontMatter, normaliseText, removeControlCharacters, cleanValues } from './front-matter'
import { segmentProblem } from '../safe-paths'
import { resolveInside } from '../safe-files'
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
  const slug = nameSlug(speakerKey(name) || name)
  if (segmentProblem(slug) === undefined) return slug
  // A name too long for a file name (the page is /speakers/<slug>/index.html): its first words.
  let short = ''
  for (const char of slug) {
    if (Buffer.byteLength(short + char) > SHORT_SLUG_BYTES) break
    short += char
  }
  short = short.replace(/-+$/, '')
  return short && segmentProblem(short) === undefined ? short : 'speaker'
}

/** How long a speaker slug made from a long name is cut to, in bytes. */
const SHORT_SLUG_BYTES = 96

/** Reads content/speakers.yml (absent: none), with a problem at its line for each bad entry. */
export function readSpeakerEntries(contentDir: string, publicDir: string, authors: Map<string, Author>, problems: ContentProblem[]): SpeakerEntry[] {
  const file = join(contentDir, 'speakers.yml')
  // Absent: none. A link out of content/ is not read: the loader reports it (linksLeaving).
  const inside = resolveInside(contentDir, file)
  if (!inside.ok) return []
  const shown = displayPath(file)
  const { text, removed } = removeControlCharacters(normaliseText(readFileSync(inside.file, 'utf8')))
  problems.push(...removed.map((control) => controlProblem(shown, control)))
  const frontMatter = readFrontMatter(`---\n${text}\n---\n`, shown)
  // readFrontMatter counts the `---` we added as line 1; shift back to the file's own lines.
  problems.push(...frontMatter.problems.map((p) => ({ ...p, line: Math.max(1, p.line - 1), rule: 'speakers' })))
  // Escapes ("\ud800", "\x1b") make what the file does not hold: cleaned as in front matter.
  const cleaned = cleanValues(frontMatter.data)
  for (const id of new Set([...cleaned.controls, ...cleaned.surrogates])) {
    problems.push({ file: shown, line: Math.max(1, (frontMatter.keyLines[id] ?? 2) - 1), severity: 'warning', rule: 'control-character', reason: `speaker "${id}": invisible control characters removed`, hint: 'delete the escape (\\a, \\x1b…) from the value' })
  }
  const entries: SpeakerEntry[] = []
  const hint = 'write `id: { name: Full Name, bio: …, avatar: /uploads/speakers/id.jpg, links: { github: https://… }, aliases: [Other Spelling], author: author-id }`'
  for (const [id, value] of Object.entries(frontMatter.data)) {
    const line = Math.max(1, (frontMatter.keyLines[id] ?? 2) - 1)
    const problem = (reason: string, fix: string, severity: 'error' | 'warning' = 'error') => problems.push({ file: shown, line, severity, rule: 'speakers', reason, hint: fix })
    if (!ID.test(id)) {
      problem(`speaker id "${id}" is not a URL segment`, `use lower-case letters, digits and dashes, e.g. ${nameSlug(id)}`)
      continue
    }
    // The id is the page's address (/speakers/<id>/): a file name, so of bounded length.
    const pathProblem = segmentProblem(id)
    if (pathProblem !== undefined) {
      problem(`speaker id "${[...id].slice(0, 40).join('')}…" cannot name a page: ${pathProblem}`, 'shorten the id')
      continue
    }
    const result = speakerSchema.safeParse(value ?? {})
    if (!result.success) {
      const issue = result.error.issues[0]
      problem(`speaker "${id}": ${issue.path.join('.') || 'entry'} ${issue.message.toLowerCase()}`, hint)
      continue
    }
    const entry = result.data
    if (entry.avatar?.startsWith('/') && !resolveInside(publicDir, `.${entry.avatar}`).ok) {
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
