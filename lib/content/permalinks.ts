import { readFileSync } from 'node:fs'
import { resolveInside } from '../safe-files'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { PERMALINK_TOKENS } from '../routes'
import { site } from '../site'
import { displayPath, type ContentProblem } from './problems'

/** content/permalinks.yml: a permalink pattern per folder under content/posts/. */

/** Patterns by folder, the most specific first; the folder "" is the site default. */
export type PermalinkTable = { folder: string; pattern: string }[]

/**
 * The patterns content/permalinks.yml sets, by folder under content/posts/ ('.' for the top), as
 * written; its problems go to `problems`. The importer reads the file through this too.
 */
export function readPermalinksFile(contentDir: string, problems: ContentProblem[]): Record<string, string> {
  const file = join(contentDir, 'permalinks.yml')
  const patterns: Record<string, string> = {}
  // A link out of content/ is not read: the loader reports it (linksLeaving).
  const inside = resolveInside(contentDir, file)
  if (!inside.ok) return patterns
  const shown = displayPath(file)
  let data: unknown
  try {
    data = parseYaml(readFileSync(inside.file, 'utf8'), { schema: 'core', maxAliasCount: 10 })
  } catch (error) {
    problems.push({ file: shown, line: 1, severity: 'error', rule: 'permalinks', reason: `not valid YAML: ${String(error).split('\n')[0]}`, hint: 'write `folder: /:year/:month/:day/:slug/` lines' })
    return patterns
  }
  if (data === null || data === undefined) return patterns
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file: shown, line: 1, severity: 'error', rule: 'permalinks', reason: 'expected `folder: pattern` lines', hint: 'e.g. `.: /:year/:month/:day/:slug/`' })
    return patterns
  }
  for (const [folder, pattern] of Object.entries(data)) {
    const unknown = typeof pattern === 'string' ? [...pattern.matchAll(/:([a-z]+)/g)].map((m) => m[1]).filter((t) => !(PERMALINK_TOKENS as readonly string[]).includes(t)) : []
    if (typeof pattern !== 'string' || unknown.length > 0) {
      problems.push({
        file: shown,
        line: 1,
        severity: 'error',
        rule: 'permalinks',
        reason: `pattern for "${folder}" is not a permalink pattern${unknown.length ? ` (unknown :${unknown.join(', :')})` : ''}`,
        hint: `use ${PERMALINK_TOKENS.map((t) => ':' + t).join(' ')}`,
      })
      continue
    }
    patterns[folder === '.' || folder === '/' ? '.' : folder.replace(/^\/+|\/+$/g, '') || '.'] = pattern
  }
  return patterns
}

/** The site default and content/permalinks.yml, most specific folder first. */
export function readPermalinks(contentDir: string, problems: ContentProblem[]): PermalinkTable {
  const table: PermalinkTable = [{ folder: '', pattern: site.permalink }]
  for (const [folder, pattern] of Object.entries(readPermalinksFile(contentDir, problems))) {
    const key = folder === '.' ? '' : folder
    const existing = table.find((entry) => entry.folder === key)
    if (existing) existing.pattern = pattern
    else table.push({ folder: key, pattern })
  }
  // Longest folder first, so the most specific pattern wins.
  return table.sort((a, b) => b.folder.length - a.folder.length)
}

/** The pattern for a post id (its path under content/posts/). */
export function permalinkFor(id: string, table: PermalinkTable): string {
  return table.find((entry) => entry.folder === '' || id.startsWith(entry.folder + '/'))!.pattern
}

