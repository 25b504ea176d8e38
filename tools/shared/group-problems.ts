import { sortProblems, type ContentProblem } from '../../lib/content/problems'

/**
 * Links to pages of the old site that did not come along (`/docs/…` beside an imported blog)
 * are many and alike: one line says how many there are and under which paths, at the first of
 * them, instead of a warning per link. Other problems pass through as they are.
 */
export function groupOutsideLinks(problems: readonly ContentProblem[]): ContentProblem[] {
  const outside = sortProblems(problems.filter((problem) => problem.rule === 'outside-link'))
  if (outside.length <= 1) return [...problems]
  const first = outside[0]
  const paths = outside.map((problem) => /link "([^"]*)"/.exec(problem.reason)?.[1] ?? '')
  const folders = new Map<string, number>()
  for (const path of paths) {
    const folder = `/${path.split(/[?#]/)[0].split('/').filter(Boolean)[0] ?? ''}/`.replace('//', '/')
    folders.set(folder, (folders.get(folder) ?? 0) + 1)
  }
  const top = [...folders].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  const shown = top.slice(0, 6).map(([folder, count]) => `${folder} ${count}`).join(', ') + (top.length > 6 ? `, and ${top.length - 6} more folders` : '')
  const files = new Set(outside.map((problem) => problem.file)).size
  const grouped: ContentProblem = {
    ...first,
    reason: `link "${paths[0]}" and ${outside.length - 1} more link${outside.length === 2 ? '' : 's'} in ${files} post${files === 1 ? '' : 's'} lead outside this site (${shown}): no page or file here has those paths`,
  }
  return [...problems.filter((problem) => problem.rule !== 'outside-link'), grouped]
}

// `class` on <i> removed: …, `style` on <video> removed: … (rehype-report-removals.ts)
const STYLING = /^`(class|style)` on <([\w-]+)> removed/

/**
 * Classes and inline styles a post's raw HTML carried for the old site's CSS (icons, layout
 * helpers) go, each reported where it was; so many alike make one line: how many, on which
 * elements, at the first of them.
 */
export function groupStylingRemovals(problems: readonly ContentProblem[]): ContentProblem[] {
  const styling = sortProblems(problems.filter((problem) => problem.rule === 'html' && STYLING.test(problem.reason)))
  if (styling.length <= 1) return [...problems]
  const tags = new Map<string, number>()
  for (const problem of styling) {
    const tag = `<${STYLING.exec(problem.reason)![2]}>`
    tags.set(tag, (tags.get(tag) ?? 0) + 1)
  }
  const files = new Set(styling.map((problem) => problem.file)).size
  const shown = [...tags].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag, count]) => `${tag} ${count}`).join(', ')
  const grouped: ContentProblem = {
    ...styling[0],
    reason: `classes and styles removed from raw HTML in ${styling.length} places in ${files} post${files === 1 ? '' : 's'} (${shown}): it is not an attribute posts may use`,
    hint: 'remove them; the site styles every post',
  }
  return [...problems.filter((problem) => !styling.includes(problem)), grouped]
}

/** Every grouping above, for the lists `npm run check` and the import print. */
export function groupProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return groupStylingRemovals(groupOutsideLinks(problems))
}
