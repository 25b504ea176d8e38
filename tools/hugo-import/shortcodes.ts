/**
 * The shortcode calls of a Hugo post, for the import report: the site's own lexer
 * (lib/markdown/shortcode-syntax.ts, the one the build uses) read over the whole body, code
 * blocks included, as Hugo expands shortcodes there too. Pure: text in, calls and problems out.
 */
import { scanShortcodes as scanTokens, type ShortcodeParam } from '../../lib/markdown/shortcode-syntax'

/** One shortcode call (or closing tag) and where it starts. */
export type ShortcodeCall = {
  name: string
  isClosing: boolean
  /** Arguments in order: `key="v"` has a key, a positional one does not. */
  params: ShortcodeParam[]
  delimiter: '<' | '%'
  line: number
  column: number
}

/** Something that looks like a shortcode but Hugo would not read as one. */
export type ShortcodeIssue = {
  line: number
  column: number
  severity: 'error' | 'warning'
  reason: string
  hint: string
}

/** Every shortcode call in `text`, with what Hugo would refuse or show as plain text. */
export function scanShortcodes(text: string): { calls: ShortcodeCall[]; issues: ShortcodeIssue[] } {
  const lineStarts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1)
  const positionAt = (offset: number) => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (lineStarts[middle] <= offset) low = middle
      else high = middle - 1
    }
    return { line: low + 1, column: offset - lineStarts[low] + 1 }
  }
  const calls: ShortcodeCall[] = []
  const issues: ShortcodeIssue[] = []
  for (const token of scanTokens(text)) {
    const at = positionAt(token.start)
    if (token.kind === 'shortcode') {
      calls.push({ name: token.name, isClosing: token.isClosing, params: token.params, delimiter: token.delimiter, ...at })
    } else if (token.kind === 'malformed') {
      issues.push({ ...at, severity: 'error', reason: token.reason, hint: token.hint })
    } else if (token.kind === 'lookalike') {
      issues.push({ ...at, severity: 'warning', reason: '`{{>` looks like a shortcode but is not one; Hugo shows it as text', hint: 'write {{< … >}} to call a shortcode' })
    }
  }
  return { calls, issues }
}

/** Calls per shortcode name (closing tags not counted), most used first. */
export function countShortcodes(calls: readonly ShortcodeCall[]): [string, number][] {
  const counts = new Map<string, number>()
  for (const call of calls) if (!call.isClosing) counts.set(call.name, (counts.get(call.name) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
}
