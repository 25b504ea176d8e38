import type { FrontMatter } from './front-matter'
import { KNOWN_FIELDS } from './schema'

/**
 * Front matter as Hugo reads it, before recap validates it: keys in any case (`Title`, `TAGS`),
 * Hugo's other names for the same field (`pubdate`, `unpublishdate`, `modified`, `canonicalURL`),
 * and theme parameters written under `params:` (Hugo 0.123+: `params: { author: …, cover: … }`).
 */

/** Hugo's other names for a field recap reads, by lower-case name. */
const ALIASES: Record<string, string> = {
  pubdate: 'publishDate',
  published: 'publishDate',
  unpublishdate: 'expiryDate',
  modified: 'lastmod',
  linktitle: 'linkTitle',
  canonicalurl: 'canonical_url',
  canonical: 'canonical_url',
  featuredimage: 'featured_image',
}

/** Fields a theme reads from `.Params`, which Hugo 0.123+ lets a post write under `params:`. */
const PARAM_FIELDS = new Set(['author', 'authors', 'thumbnail', 'images', 'image', 'cover', 'featured_image', 'canonical_url', 'description', 'summary', 'keywords', 'event'])

const CANONICAL = new Map<string, string>([...KNOWN_FIELDS.map((field): [string, string] => [field.toLowerCase(), field]), ...Object.entries(ALIASES)])

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Renames keys to the names recap reads and lifts theme fields out of `params:` (in place, with
 * their lines): a key already written under its own name wins, as the top level wins over params.
 */
export function normaliseHugoKeys(frontMatter: Pick<FrontMatter, 'data' | 'keyLines' | 'valueColumns' | 'rawValues'>): void {
  const { data, keyLines, valueColumns, rawValues } = frontMatter
  const move = (from: string, to: string) => {
    if (from === to || to in data) return
    data[to] = data[from]
    delete data[from]
    for (const table of [keyLines, valueColumns, rawValues] as Record<string, unknown>[]) {
      if (from in table) {
        table[to] = table[from]
        delete table[from]
      }
    }
  }
  for (const key of Object.keys(data)) {
    const canonical = CANONICAL.get(key.toLowerCase())
    if (canonical) move(key, canonical)
  }
  const paramsKey = Object.keys(data).find((key) => key.toLowerCase() === 'params')
  const params = paramsKey === undefined ? undefined : data[paramsKey]
  if (!isTable(params)) return
  for (const [key, value] of Object.entries(params)) {
    const canonical = CANONICAL.get(key.toLowerCase())
    if (!canonical || !PARAM_FIELDS.has(canonical) || canonical in data) continue
    data[canonical] = value
    keyLines[canonical] = keyLines[paramsKey!] ?? 1
  }
}

/** A date field as written, and the key it came from (for messages). */
export type WrittenDate = { key: string; value: string }

/**
 * Hugo's dates of a page from its front matter (Hugo's default `frontmatter` config):
 * `date` is date, else publishDate, else lastmod; `publishDate` is publishDate, else date;
 * `lastmod` is lastmod (or recap's `updated`), else date; `expiryDate` has no fallback.
 */
export function hugoDates(fields: { date?: string; publishDate?: string; lastmod?: string; updated?: string; expiryDate?: string }): {
  date?: WrittenDate
  publishDate?: WrittenDate
  lastmod?: WrittenDate
  expiryDate?: WrittenDate
} {
  const pick = (...keys: (keyof typeof fields)[]): WrittenDate | undefined => {
    const key = keys.find((name) => fields[name] !== undefined && String(fields[name]).trim() !== '')
    return key ? { key, value: String(fields[key]) } : undefined
  }
  return {
    date: pick('date', 'publishDate', 'lastmod', 'updated'),
    publishDate: pick('publishDate', 'date', 'lastmod', 'updated'),
    lastmod: pick('lastmod', 'updated', 'date', 'publishDate'),
    expiryDate: pick('expiryDate'),
  }
}
