import { displayPath, formatProblem, sortProblems } from '../../lib/content/problems'
import type { FileAction, FileStatus, ImportReport } from './import'

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

function megabytes(bytes: number): string {
  if (bytes === 0) return '0 kB'
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`
}

function statuses(actions: readonly { status: FileStatus }[], dryRun: boolean): string {
  const count = (status: FileStatus) => actions.filter((action) => action.status === status).length
  const parts = [
    `${count('new')} new`,
    `${count('same')} unchanged`,
    count('replace') ? `${count('replace')} ${dryRun ? 'to replace' : 'replaced'}` : '',
    count('conflict') ? `${count('conflict')} in conflict` : '',
  ]
  return parts.filter(Boolean).join(', ')
}

function totalBytes(actions: readonly FileAction[]): number {
  return actions.reduce((sum, action) => sum + action.bytes, 0)
}

/** The import report as the command prints it: a summary, then every problem as `path:line: …`. */
export function formatImportReport(report: ImportReport, options: { dryRun?: boolean } = {}): string {
  const dryRun = options.dryRun ?? false
  const lines: string[] = []
  const site = displayPath(report.siteDir) || '.'
  lines.push(`Hugo site ${site}${report.configFiles.length ? ` (${report.configFiles.join(', ')})` : ''}, section "${report.section}"`)
  if (report.pattern.value) lines.push(`  permalinks  ${report.pattern.value}  from ${report.pattern.from}`)
  for (const entry of report.permalinks) {
    lines.push(`              content/permalinks.yml  ${entry.folder}: ${entry.pattern}  (${entry.status}${entry.note ? `: ${entry.note}` : ''})`)
  }
  const into = `content/posts/${report.into ? report.into + '/' : ''}`
  lines.push(`  posts       ${report.posts.length} -> ${into}: ${statuses(report.posts, dryRun)}${report.drafts ? `; ${plural(report.drafts, 'draft')}` : ''}`)
  if (report.sectionPages.length) {
    lines.push(`  section     ${report.sectionPages.join(', ')}: the section's own page (recap's /blog/ lists the posts); not imported`)
  }
  if (report.sections.length) {
    lines.push(`  sections    ${plural(report.sections.length, 'list page')} (_index.md) -> ${into}, each at its folder's path: ${statuses(report.sections, dryRun)}`)
  }
  if (report.bundleFiles.length) {
    lines.push(
      `  bundles     ${plural(report.bundleFiles.length, 'file')} (${megabytes(totalBytes(report.bundleFiles))}) kept beside their pages in ${into}, served at their URLs: ${statuses(report.bundleFiles, dryRun)}`,
    )
  }
  lines.push(
    `  static      ${plural(report.statics.length, 'file')} (${megabytes(totalBytes(report.statics))}) -> public/: ${statuses(report.statics, dryRun)}`,
  )
  lines.push(`  images      ${report.images.files} (${megabytes(report.images.bytes)})`)
  lines.push(`  shortcodes  ${report.shortcodes.length ? report.shortcodes.map(([name, count]) => `${name} ${count}`).join(', ') : 'none'}`)
  for (const guess of report.siteShortcodes) {
    const value = typeof guess.value === 'string' ? guess.value : JSON.stringify(guess.value)
    lines.push(`              ${guess.name} -> ${value}${guess.isNew ? ' (written to content/shortcodes.yml)' : ' (content/shortcodes.yml already says what it becomes)'}: ${guess.file ? `${guess.file}: ` : ''}${guess.why}`)
  }
  if (report.siteParams.length) lines.push(`  params      ${report.siteParams.join(', ')}: site params the posts print -> content/params.yml`)
  if (report.authorEntries.length) {
    const count = (status: string) => report.authorEntries.filter((entry) => entry.status === status).length
    const sources = [...new Set(report.authorEntries.map((entry) => entry.from))].join(', ')
    const kept = report.authorEntries.filter((entry) => entry.status === 'kept').map((entry) => entry.id)
    lines.push(
      `  author data ${plural(report.authorEntries.length, 'record')} from ${sources} -> content/authors.yml: ${count('new')} new, ${count('same')} unchanged` +
        `${kept.length ? `, ${kept.length} kept as the project has them (${kept.join(', ')})` : ''}; ${report.authorEntries.filter((entry) => entry.avatar).length} with an avatar`,
    )
    const credited = new Set(report.authors.map((author) => author.id))
    const unplaced = report.authorEntries.filter((entry) => entry.avatarProblem && !credited.has(entry.id)).map((entry) => entry.id)
    if (unplaced.length) lines.push(`              avatars not found for ${unplaced.join(', ')}, whom no imported post names`)
  }
  const unknown = report.authors.filter((author) => !author.isKnown)
  lines.push(`  authors     ${report.authors.length ? report.authors.map((author) => `${author.id} (${author.posts})`).join(', ') : 'none'}`)
  if (unknown.length) {
    lines.push(`              not in content/authors.yml: ${unknown.map((author) => author.id).join(', ')} (add them for names and avatars)`)
  }
  if (report.freeTextBylines) lines.push(`              ${plural(report.freeTextBylines, 'post')} name${report.freeTextBylines === 1 ? 's' : ''} authors in free text (names, links, companies): shown as written`)
  lines.push(`  tags        ${report.tags.distinct}${report.tags.ignoringCase !== report.tags.distinct ? ` (${report.tags.ignoringCase} ignoring case, as recap groups them)` : ''}`)
  for (const skipped of report.skipped) lines.push(`  skipped     ${skipped.file}: ${skipped.reason}`)

  const problems = sortProblems(report.problems)
  const errors = problems.filter((problem) => problem.severity === 'error').length
  const warnings = problems.length - errors
  if (problems.length) {
    lines.push('', `${plural(errors, 'error')}, ${plural(warnings, 'warning')}:`)
    for (const problem of problems) lines.push(formatProblem(problem))
  }
  lines.push('')
  if (dryRun) {
    lines.push(report.conflicts ? `Dry run: ${plural(report.conflicts, 'conflict')}; nothing would be written without --force.` : 'Dry run: nothing written.')
  } else if (report.conflicts) {
    lines.push(`Nothing written: ${plural(report.conflicts, 'conflict')}. Rerun with --force to replace, or --into <folder> to import beside.`)
  } else if (!report.written && errors === 0) {
    lines.push('Nothing to do: everything is already here.')
  } else if (report.written) {
    lines.push(`Imported ${plural(report.posts.length, 'post')} and ${plural(report.statics.length, 'static file')}.${errors ? ' Fix the errors above before building.' : ' Next: npm run check, then npm run dev.'}`)
  } else {
    lines.push('Nothing written.')
  }
  return lines.join('\n')
}
