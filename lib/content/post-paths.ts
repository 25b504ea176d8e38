import { expandPermalink, permalinkSlug, type PermalinkFields } from '../routes'
import { checkSitePath, checkWrittenPath, segmentProblem } from '../safe-paths'
import { nameSlug } from '../slugs'
import type { ContentProblem } from './problems'

/**
 * The paths a post takes, each through lib/safe-paths.ts: its permalink (from `url`, else the
 * permalink pattern), its aliases, and the slugs of its tags and authors. What a browser would
 * read differently, or a file system could not hold, is an error at the line of the field that
 * made it, with the fix for that field.
 */

/** Reports a problem at a front matter key's line. */
export type FieldProblem = (key: string, reason: string, hint?: string) => void

/** The post's permalink (`/2019/05/31/slug/`), or null when it cannot be one (reported). */
export function postPermalink(
  fields: { url?: string; slug?: string; title: string },
  pattern: string,
  permalink: PermalinkFields,
  report: FieldProblem,
): string | null {
  if (fields.url) {
    const checked = checkWrittenPath(fields.url, { hint: 'write url: as a path on this site, e.g. url: /2019/05/31/kubecon-recap/' })
    if (!checked.ok) report('url', `front matter "url": ${checked.reason}`, checked.hint)
    return checked.ok ? checked.path : null
  }
  const expanded = expandPermalink(pattern, permalink)
  const slugSegments = usesSlug(pattern) ? permalinkSlug(permalink).split('/').filter(Boolean) : []
  // Which field to fix: the slug (or the title it is made from), else the file's name or folder.
  const isFileAtFault = usesFileName(pattern) && slugSegments.every((segment) => segmentProblem(segment) === undefined)
  const slugKey = fields.slug === undefined ? 'title' : 'slug'
  const hint = isFileAtFault
    ? 'rename the file (or its folder) with letters, digits and -, or set url:'
    : fields.slug === undefined
      ? 'the address is made from the title: set slug: to a short name for it, e.g. slug: kubecon-recap'
      : 'write slug: as a short name of letters, digits and -, e.g. slug: kubecon-recap'
  const checked = checkSitePath(expanded, hint)
  if (!checked.ok) report(isFileAtFault ? '' : slugKey, checked.reason, checked.hint)
  return checked.ok ? checked.path : null
}

/** Each alias as a checked site path; a relative one is read in the post's folder, as Hugo does. */
export function postAliases(aliases: string[], postPath: string, report: FieldProblem): string[] {
  const folder = postPath.split('/').filter(Boolean).slice(0, -1).join('/')
  const paths: string[] = []
  for (const alias of aliases) {
    const checked = checkWrittenPath(alias, { hint: 'write each alias as a path on this site, e.g. aliases: [/old/path/]', base: `/${folder}` })
    if (checked.ok) paths.push(checked.path)
    else report('aliases', `alias ${checked.reason}`, checked.hint)
  }
  return paths
}

/** The slug of a name (tag, author id) when it can name a page; else undefined, reported at `key`. */
export function checkedNameSlug(name: string, what: string, key: string, report: FieldProblem): string | undefined {
  const slug = nameSlug(name)
  const problem = segmentProblem(slug)
  if (problem === undefined) return slug
  report(key, `${what} ${JSON.stringify(shorten(name))} cannot name a page: ${problem}`, `shorten the ${what}`)
  return undefined
}

const SLUG_TOKENS = /:(slug|title|slugorfilename|slugorcontentbasename)\b/
const FILE_TOKENS = /:(filename|contentbasename|section|slugorfilename|slugorcontentbasename)\b/

function usesSlug(pattern: string): boolean {
  return SLUG_TOKENS.test(pattern)
}

function usesFileName(pattern: string): boolean {
  return FILE_TOKENS.test(pattern)
}

function shorten(text: string): string {
  const chars = [...text]
  return chars.length > 40 ? `${chars.slice(0, 37).join('')}…` : text
}

/** A FieldProblem that records errors in `problems` at each key's line and column. */
export function fieldProblems(
  file: string,
  problems: ContentProblem[],
  lineOf: (key: string) => number,
  columnOf: (key: string) => number | undefined,
): FieldProblem {
  return (key, reason, hint) => problems.push({ file, line: lineOf(key), column: columnOf(key), severity: 'error', rule: 'front-matter', reason, hint })
}
