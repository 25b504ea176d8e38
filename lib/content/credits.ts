import { isSafeLink, urlScheme } from '../safe-urls'
import type { Author } from './authors'

/**
 * A post's `author`/`authors` values read the ways Hugo blogs write them: an id from
 * content/authors.yml (`william`), an author's full name (`William Morgan`, any case or accents),
 * several names (`Ada Park and Sam Okafor`), or free text (`[Ada](https://…) (Company), Sam`),
 * which shows as written, its links kept.
 */

/** A run of free-text byline: text, or linked text. */
export type CreditPart = { text: string; url?: string }

/** One author of a post: an entry of content/authors.yml (or an id-like name it lacks), or text as written. */
export type AuthorRef = { id: string } | { credit: CreditPart[] }

// `[text](url)` and `[text](<url> "title")`, the links a byline holds; `\]` escapes a bracket.
const LINK = /\[((?:\\.|[^\]\\])*)\]\(\s*<?([^)\s>]*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g

/** Free text with its Markdown links read: text runs and links (only http(s) and mailto links are kept as links). */
export function parseCredit(value: string): CreditPart[] {
  const parts: CreditPart[] = []
  const push = (text: string, url?: string) => {
    const clean = text.replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    if (!clean) return
    const last = parts.at(-1)
    if (!url && last && !last.url) last.text += clean
    else parts.push(url ? { text: clean, url } : { text: clean })
  }
  let at = 0
  for (const match of value.matchAll(LINK)) {
    push(value.slice(at, match.index))
    const url = match[2]
    const scheme = urlScheme(url)
    const isKept = isSafeLink(url) && (scheme === 'http' || scheme === 'https' || scheme === 'mailto')
    push(match[1], isKept ? url : undefined)
    at = match.index + match[0].length
  }
  push(value.slice(at))
  return parts
}

/** The credit as plain text: `[Ada](…) (Co)` -> `Ada (Co)`. */
export function creditText(parts: readonly CreditPart[]): string {
  return parts
    .map((part) => part.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A name as names are compared: without accents, case or extra spaces (`Juraci Paixão Kröhling` = `juraci paixao krohling`). */
export function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()
}

// An id as authors.yml keys are written: one word, no spaces, no Markdown.
const ID_LIKE = /^[\p{L}\p{N}_.@+-]+$/u

/** Splits a byline into its people at `,`, `;`, `&` and ` and `, outside link text. */
function splitPeople(value: string): string[] {
  const people: string[] = []
  let depth = 0
  let current = ''
  for (let i = 0; i < value.length; i++) {
    const char = value[i]
    if (char === '[' || char === '(') depth++
    else if ((char === ']' || char === ')') && depth > 0) depth--
    const rest = value.slice(i)
    const separator = depth === 0 ? /^(?:\s*[,;&]\s*|\s+and\s+)/i.exec(rest) : null
    if (separator) {
      people.push(current)
      current = ''
      i += separator[0].length - 1
      continue
    }
    current += char
  }
  people.push(current)
  return people.map((person) => person.trim()).filter(Boolean)
}

/** Looks authors up by id, then by name. */
export function authorFinder(authors: ReadonlyMap<string, Author>): (value: string) => string | undefined {
  const byName = new Map<string, string>()
  const byLowerId = new Map<string, string>()
  for (const author of authors.values()) {
    if (!byName.has(nameKey(author.name))) byName.set(nameKey(author.name), author.id)
    if (!byLowerId.has(author.id.toLowerCase())) byLowerId.set(author.id.toLowerCase(), author.id)
  }
  return (value) => {
    const trimmed = value.trim()
    if (authors.has(trimmed)) return trimmed
    const plain = creditText(parseCredit(trimmed))
    return byLowerId.get(trimmed.toLowerCase()) ?? byName.get(nameKey(plain))
  }
}

/**
 * What each `author` value of a post names: an entry (by id or name), several entries (every
 * person of the list matches one), an id content/authors.yml lacks (`unknown`, for a warning), or
 * else free text shown as written.
 */
export function resolveAuthors(values: readonly string[], find: (value: string) => string | undefined): { refs: AuthorRef[]; unknown: string[] } {
  const refs: AuthorRef[] = []
  const unknown: string[] = []
  const seen = new Set<string>()
  const addId = (id: string) => {
    if (seen.has(id)) return
    seen.add(id)
    refs.push({ id })
  }
  for (const raw of values) {
    const value = raw.trim()
    if (!value) continue
    const whole = find(value)
    if (whole) {
      addId(whole)
      continue
    }
    const people = splitPeople(value)
    const ids = people.map(find)
    if (people.length > 1 && ids.every((id): id is string => id !== undefined)) {
      ids.forEach(addId)
      continue
    }
    if (ID_LIKE.test(value)) {
      unknown.push(value)
      addId(value)
      continue
    }
    const credit = parseCredit(value)
    if (creditText(credit)) refs.push({ credit })
  }
  return { refs, unknown }
}
