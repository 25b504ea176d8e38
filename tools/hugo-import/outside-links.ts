/**
 * Links in imported posts to pages of the old site that did not come along (`/docs/…` beside an
 * imported blog): reported once, and with --external-base rewritten to point at the old site.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FileAction, FileStatus, ImportReport } from './import'

/**
 * Links to pages of the old site that did not come along, reported once (how many, under which
 * folders), and with `externalBase` rewritten to that site in the posts' text (each link where
 * it is written; nothing else of the file changes).
 */
export function reportOutsideLinks(
  report: ImportReport,
  outside: { action: FileAction; url: string; line: number; column: number; file: string }[],
  options: { externalBase?: string; force: boolean; projectDir: string },
): void {
  const { externalBase, force } = options
  if (outside.length === 0) return
  const folders = new Map<string, number>()
  for (const link of outside) {
    const folder = `/${link.url.split(/[?#]/)[0].split('/').filter(Boolean)[0] ?? ''}/`.replace('//', '/')
    folders.set(folder, (folders.get(folder) ?? 0) + 1)
  }
  const posts = new Set(outside.map((link) => link.action))
  report.outsideLinks = { count: outside.length, posts: posts.size, folders: [...folders].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])), rewritten: 0 }
  const first = outside[0]
  const shown = report.outsideLinks.folders.slice(0, 6).map(([folder, count]) => `${folder} ${count}`).join(', ')
  report.problems.push({
    file: first.file,
    line: first.line,
    column: first.column,
    severity: 'warning',
    rule: 'outside-link',
    reason: `${outside.length} link${outside.length === 1 ? '' : 's'} in ${posts.size} post${posts.size === 1 ? '' : 's'} lead${outside.length === 1 ? 's' : ''} to pages of the old site that are not in this import (${shown})${externalBase ? `; rewritten to ${externalBase}` : ''}`,
    hint: externalBase ? 'check a few of them on the old site' : 'import with --external-base https://the.old.site to link them there, or leave them (they lead nowhere here)',
  })
  if (!externalBase) return
  const base = externalBase.replace(/\/+$/, '')
  for (const action of posts) {
    const source = readFileSync(action.source, 'utf8')
    const lineStarts = [0]
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1)
    let text = ''
    let at = 0
    const mine = outside.filter((link) => link.action === action).sort((a, b) => a.line - b.line || a.column - b.column)
    for (const link of mine) {
      // The URL as written, after the link's `[` (a BOM or CRLF shifts nothing before the first line).
      const from = (lineStarts[link.line - 1] ?? 0) + link.column - 1
      const found = source.indexOf(link.url, Math.max(from, at))
      if (found === -1) continue
      text += source.slice(at, found) + base + link.url
      at = found + link.url.length
      report.outsideLinks.rewritten++
    }
    action.text = text + source.slice(at)
    action.status = statusOfText(action.text, join(options.projectDir, action.target), force)
  }
}

/** The status of writing `text` at `target`. */
function statusOfText(text: string, target: string, force: boolean): FileStatus {
  if (!existsSync(target)) return 'new'
  if (readFileSync(target, 'utf8') === text) return 'same'
  return force ? 'replace' : 'conflict'
}

