import { scanShortcodes, type ShortcodeCall } from './shortcode-syntax'
import type { SourceEdit } from './source-edits'
import type { SiteShortcode } from '../content'

/**
 * Hugo shortcodes whose output is text in the page's source, expanded before Markdown reads it,
 * as Hugo does (a `{{% %}}` call's output is Markdown rendered with the page; a `{{< >}}` call's
 * is HTML): `comment` (hides what it holds), `param` (a page or site parameter, also inside a
 * link destination), `highlight` (a code block), `details` (Hugo 0.140+), `instagram` (a link to
 * the post), and a site's own shortcodes that content/shortcodes.yml maps to nothing, their
 * inner content, fixed HTML or fixed Markdown. Components (`note`, `figure`, …) and refs are
 * left for later steps.
 */

/** A problem found while expanding, at offsets of the source. */
export type SourceProblem = { start: number; end: number; severity: 'error' | 'warning'; reason: string; hint: string }

/** What expanding reads: the page's and the site's params, and the site's shortcode map. */
export type HugoSourceOptions = {
  /** A page param (front matter) or, failing that, a site param (content/params.yml); undefined when neither has it. */
  param?: (key: string) => unknown
  /** How content/shortcodes.yml renders a site shortcode. */
  siteShortcode?: (name: string) => SiteShortcode | undefined
}

const BUILT_IN = new Set(['comment', 'param', 'highlight', 'details', 'instagram'])

/** The edits that expand the calls above; calls inside `skip` ranges (code, HTML comments) stay. */
export function expandHugoSource(source: string, skip: readonly (readonly [number, number])[], options: HugoSourceOptions): { edits: SourceEdit[]; problems: SourceProblem[] } {
  const edits: SourceEdit[] = []
  const problems: SourceProblem[] = []
  const calls = scanShortcodes(source, skip).filter((token): token is ShortcodeCall => token.kind === 'shortcode')
  const consumed = new Set<ShortcodeCall>()
  const problem = (call: ShortcodeCall, severity: 'error' | 'warning', reason: string, hint: string) =>
    problems.push({ start: call.start, end: call.end, severity, reason, hint })

  /** The closing tag of `open`, nesting counted; undefined when there is none. */
  const closingOf = (index: number): number | undefined => {
    const open = calls[index]
    let depth = 0
    for (let i = index + 1; i < calls.length; i++) {
      const call = calls[i]
      if (call.name.toLowerCase() !== open.name.toLowerCase()) continue
      if (!call.isClosing && !call.isSelfClosing) depth++
      else if (call.isClosing && depth-- === 0) return i
    }
    return undefined
  }

  for (let index = 0; index < calls.length; index++) {
    const call = calls[index]
    if (consumed.has(call)) continue
    const name = call.name.toLowerCase()
    const site = BUILT_IN.has(name) ? undefined : options.siteShortcode?.(call.name)
    const isSiteText = site !== undefined && site.kind !== 'component' && site.kind !== 'ask'
    if (!BUILT_IN.has(name) && !isSiteText) continue
    if (call.isClosing) {
      problem(call, 'error', `\`{{${call.delimiter} /${call.name} ${call.delimiter === '<' ? '>' : '%'}}}\` closes nothing`, `open it first with {{${call.delimiter} ${call.name} ${call.delimiter === '<' ? '>' : '%'}}}`)
      consumed.add(call)
      continue
    }
    const closing = call.isSelfClosing ? undefined : closingOf(index)
    const close = closing === undefined ? undefined : calls[closing]
    if (close) {
      consumed.add(close)
      // Calls inside a pair this step replaces whole are gone with it.
      for (let i = index + 1; i < closing!; i++) if (name === 'comment' || name === 'highlight' || site?.kind === 'nothing') consumed.add(calls[i])
    }
    const inner = close ? source.slice(call.end, close.start) : ''
    const whole = (text: string) => edits.push({ start: call.start, end: close ? close.end : call.end, text })
    const tags = (open: string, end: string) => {
      edits.push({ start: call.start, end: call.end, text: open })
      if (close) edits.push({ start: close.start, end: close.end, text: end })
    }
    const needsPair = name === 'comment' || name === 'highlight' || name === 'details'
    if (needsPair && !close && !call.isSelfClosing) {
      problem(call, 'error', `unclosed \`{{${call.delimiter} ${call.name} ${call.delimiter === '<' ? '>' : '%'}}}\``, `add {{${call.delimiter} /${call.name} ${call.delimiter === '<' ? '>' : '%'}}} after its content`)
      continue
    }
    switch (site?.kind ?? name) {
      case 'comment':
      case 'nothing':
        whole('')
        break
      case 'inner':
        tags('', '')
        break
      case 'html':
        whole((site as { html: string }).html.replace(/\{\{-?\s*\.Inner\s*-?\}\}/g, inner.trim()))
        break
      case 'markdown':
        whole((site as { markdown: string }).markdown.replace(/\{\{-?\s*\.Inner\s*-?\}\}/g, inner.trim()))
        break
      case 'param': {
        const key = call.params[0]?.value
        const value = key === undefined ? undefined : options.param?.(key)
        if (key === undefined || value === undefined) {
          problem(call, 'error', key === undefined ? '`param` names no parameter' : `param "${key}" is set neither in the post's front matter nor in content/params.yml`, key === undefined ? 'write {{% param "name" %}}' : `add ${key}: … to the front matter, or to content/params.yml`)
          break
        }
        whole(paramText(value, call.delimiter))
        break
      }
      case 'highlight': {
        const language = call.params.find((param) => param.key === undefined || param.key === 'lang')?.value ?? ''
        const code = inner.replace(/^[ \t]*\n/, '').replace(/\n[ \t]*$/, '')
        const fence = '`'.repeat(Math.max(3, ...[...code.matchAll(/`{3,}/g)].map((m) => m[0].length + 1)))
        whole(`${fence}${language}\n${code}\n${fence}`)
        break
      }
      case 'details': {
        const summary = call.params.find((param) => param.key === 'summary' || param.key === undefined)?.value ?? 'Details'
        const isOpen = call.params.some((param) => param.key === 'open' && param.value !== 'false')
        tags(`<details${isOpen ? ' open' : ''}>\n<summary>${escapeHtml(summary)}</summary>\n\n`, '\n\n</details>')
        break
      }
      case 'instagram': {
        const id = call.params.find((param) => param.key === undefined || param.key === 'id')?.value
        if (!id || !/^[\w-]+$/.test(id)) {
          problem(call, 'error', '`instagram` needs the post id', 'write {{< instagram BWNjjyYFxVx >}}')
          break
        }
        whole(`[Instagram post ${id}](https://www.instagram.com/p/${id}/)`)
        break
      }
    }
  }
  return { edits, problems }
}

/** How Hugo prints a param: text as it is, lists as Go prints them (`[a b]`), with Markdown read in `{{% %}}` only. */
function paramText(value: unknown, delimiter: '<' | '%'): string {
  const text = Array.isArray(value) ? `[${value.map(String).join(' ')}]` : value instanceof Date ? value.toISOString() : String(value)
  // One paragraph of Markdown stays on one line, so the rest of the post keeps its line numbers.
  const oneLine = /\n[ \t]*\n/.test(text.trim()) ? text.trim() : text.trim().replace(/[ \t]*\n[ \t]*/g, ' ')
  // `{{< >}}`: the text as it is, its Markdown (and bare URLs, which GFM would link) left unread.
  return delimiter === '%' ? oneLine : oneLine.replace(/[\\`*_[\]#!:<&~|]/g, (char) => `&#${char.charCodeAt(0)};`)
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Offsets of HTML comments (`<!-- … -->`) in `text` outside `skip`: a shortcode there is commented out, as in Hugo. */
export function htmlCommentRanges(text: string, skip: readonly (readonly [number, number])[] = []): [number, number][] {
  const ranges: [number, number][] = []
  for (const match of text.matchAll(/<!--[\s\S]*?(?:-->|$)/g)) {
    const start = match.index
    if (skip.some(([from, to]) => start >= from && start < to)) continue
    ranges.push([start, start + match[0].length])
  }
  return ranges
}
