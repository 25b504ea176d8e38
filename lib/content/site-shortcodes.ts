import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode } from 'yaml'
import { displayPath, type ContentProblem } from './problems'

/**
 * content/shortcodes.yml: how a site's own Hugo shortcodes (its `layouts/shortcodes/`) render in
 * recap, one line each, written by `npm run import:hugo` with its best guess and edited by hand:
 *
 *   spacer: nothing                  # renders nothing
 *   aside: inner                     # renders its inner content (as Markdown)
 *   callout: Note                    # a component; parameters become props of the same name
 *   hint: { component: Note, params: { heading: title }, positional: [title] }
 *   badge: { html: '<a href="/about/">Member</a>' }   # fixed HTML, `{{ .Inner }}` for its content
 *   credit: { markdown: 'Photo: [Unsplash](https://unsplash.com)' }
 *   mystery: ask                     # not decided yet: a post using it is an error until it is
 *
 * and content/params.yml: the site's Hugo `params` that posts print with `{{% param … %}}`.
 */

/** What a site shortcode becomes. */
export type SiteShortcode =
  | { kind: 'nothing' }
  | { kind: 'inner' }
  | { kind: 'html'; html: string }
  | { kind: 'markdown'; markdown: string }
  | { kind: 'component'; component: string; params: Record<string, string>; positional: string[] }
  | { kind: 'ask'; line: number }

const KEYWORDS = new Set(['nothing', 'inner', 'ask'])
const HINT = 'write nothing, inner, a component name (Note, Warning, Figure, …), { html: "…" } or { markdown: "…" }'

/**
 * Reads content/shortcodes.yml; `isComponent` says which names are components. Problems (YAML
 * syntax, an entry that is none of the forms) go to `problems` with their line.
 */
export function readSiteShortcodes(contentDir: string, isComponent: (name: string) => boolean, problems: ContentProblem[]): Map<string, SiteShortcode> {
  const file = join(contentDir, 'shortcodes.yml')
  const shortcodes = new Map<string, SiteShortcode>()
  if (!existsSync(file)) return shortcodes
  const shown = displayPath(file)
  const lines = new LineCounter()
  const document = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines, schema: 'core', uniqueKeys: false })
  for (const error of document.errors) {
    problems.push({ file: shown, line: lines.linePos(error.pos[0]).line, severity: 'error', rule: 'shortcodes', reason: `not valid YAML: ${error.message.split('\n')[0]}`, hint: 'write one `name: what it becomes` line per shortcode' })
  }
  if (document.errors.length > 0 || document.contents === null) return shortcodes
  if (!isMap(document.contents)) {
    problems.push({ file: shown, line: 1, severity: 'error', rule: 'shortcodes', reason: 'expected `name: what it becomes` lines', hint: HINT })
    return shortcodes
  }
  for (const pair of document.contents.items) {
    const key = pair.key as YamlNode | null
    if (!isScalar(key)) continue
    const name = String(key.value)
    const line = key.range ? lines.linePos(key.range[0]).line : 1
    const value: unknown = (pair.value as YamlNode | null)?.toJSON?.() ?? (isScalar(pair.value) ? pair.value.value : null)
    const entry = readEntry(value, line, isComponent)
    if ('error' in entry) problems.push({ file: shown, line, severity: 'error', rule: 'shortcodes', reason: `shortcode \`${name}\`: ${entry.error}`, hint: HINT })
    else shortcodes.set(name, entry)
  }
  return shortcodes
}

function readEntry(value: unknown, line: number, isComponent: (name: string) => boolean): SiteShortcode | { error: string } {
  if (typeof value === 'string') {
    if (KEYWORDS.has(value)) return value === 'ask' ? { kind: 'ask', line } : { kind: value as 'nothing' | 'inner' }
    if (isComponent(value)) return { kind: 'component', component: value, params: {}, positional: [] }
    return { error: `"${value}" is neither nothing, inner, ask nor a component` }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { error: 'has no value' }
  const entry = value as Record<string, unknown>
  if (typeof entry.html === 'string') return { kind: 'html', html: entry.html }
  if (typeof entry.markdown === 'string') return { kind: 'markdown', markdown: entry.markdown }
  if (typeof entry.component === 'string') {
    if (!isComponent(entry.component)) return { error: `"${entry.component}" is not a component` }
    const params = entry.params && typeof entry.params === 'object' && !Array.isArray(entry.params) ? (entry.params as Record<string, unknown>) : {}
    const positional = Array.isArray(entry.positional) ? entry.positional.map(String) : []
    return { kind: 'component', component: entry.component, params: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])), positional }
  }
  return { error: 'a table needs html:, markdown: or component:' }
}

/** content/params.yml: the site's Hugo params posts print with `param`; problems go to `problems`. */
export function readSiteParams(contentDir: string, problems: ContentProblem[]): Record<string, unknown> {
  const file = join(contentDir, 'params.yml')
  if (!existsSync(file)) return {}
  const lines = new LineCounter()
  const document = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines, schema: 'core' })
  for (const error of document.errors) {
    problems.push({ file: displayPath(file), line: lines.linePos(error.pos[0]).line, severity: 'error', rule: 'params', reason: `not valid YAML: ${error.message.split('\n')[0]}`, hint: 'write the params as YAML, as in the Hugo config' })
  }
  const data: unknown = document.errors.length > 0 ? null : document.toJS()
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}
}

/**
 * A param as Hugo's `.Param` finds it: the page's front matter, then the site's params; keys in
 * any case, dotted keys (`notes.docker-compose-v2`) walking into tables.
 */
export function lookupParam(key: string, ...tables: Record<string, unknown>[]): unknown {
  for (const table of tables) {
    let value: unknown = table
    for (const part of key.split('.')) {
      if (!value || typeof value !== 'object' || Array.isArray(value)) {
        value = undefined
        break
      }
      const record = value as Record<string, unknown>
      const found = Object.keys(record).find((name) => name.toLowerCase() === part.toLowerCase())
      value = found === undefined ? undefined : record[found]
    }
    if (value !== undefined && value !== null) return value
  }
  return undefined
}
