/**
 * Finds Hugo shortcode calls in a post's text by reading their syntax as Hugo's lexer does:
 * `{{< name args >}}` and `{{% name args %}}`, closing tags `{{< /name >}}`, quoted arguments
 * that hold `>}}` or line breaks, and the commented form (a `/*` comment right inside the braces),
 * which prints a shortcode and calls none.
 * Hugo expands shortcodes inside code blocks too, so they count there as well. Pure: text in,
 * calls and problems out.
 */

/** One shortcode call (or closing tag) and where it starts. */
export type ShortcodeCall = {
  name: string
  isClosing: boolean
  /** Arguments in order: `key="v"` has a key, a positional one does not. */
  params: { key?: string; value: string }[]
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

/** 1-based line and column of an offset. */
function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: offset - lineStart + 1 }
}

/** Every shortcode call in `text`, with what Hugo would refuse or show as plain text. */
export function scanShortcodes(text: string): { calls: ShortcodeCall[]; issues: ShortcodeIssue[] } {
  const calls: ShortcodeCall[] = []
  const issues: ShortcodeIssue[] = []
  let i = text.indexOf('{{')
  while (i !== -1) {
    const opener = text[i + 2]
    if (opener === '<' || opener === '%') {
      const delimiter = opener
      const close = delimiter === '<' ? '>}}' : '%}}'
      let j = i + 3
      while (j < text.length && /\s/.test(text[j])) j++
      if (text.startsWith('/*', j)) {
        // {{</* tweet 1 */>}}: Hugo prints the shortcode as text.
        const end = text.indexOf(`*/`, j + 2)
        const after = end === -1 ? -1 : skipSpace(text, end + 2)
        i = after !== -1 && text.startsWith(close, after) ? text.indexOf('{{', after + 3) : text.indexOf('{{', i + 2)
        continue
      }
      const isClosing = text[j] === '/'
      if (isClosing) j++
      const name = /^[\w./-]+/.exec(text.slice(j, j + 200))?.[0]
      const args = name ? readArguments(text, j + name.length, close) : undefined
      const end = args?.end ?? -1
      const { line, column } = positionAt(text, i)
      if (!name) {
        issues.push({
          line,
          column,
          severity: 'error',
          reason: `\`{{${delimiter}\` opens a shortcode without a name`,
          hint: `write {{${delimiter} name ${close}, or put /* */ inside the braces to show them as text`,
        })
        i = text.indexOf('{{', i + 3)
        continue
      }
      if (end === -1) {
        issues.push({
          line,
          column,
          severity: 'error',
          reason: `shortcode \`${name}\` is never closed with \`${close}\``,
          hint: `end the call with ${close}`,
        })
        i = text.indexOf('{{', i + 3)
        continue
      }
      calls.push({ name, isClosing, params: args!.params, delimiter, line, column })
      i = text.indexOf('{{', end + close.length)
      continue
    }
    if (opener === '>') {
      const { line, column } = positionAt(text, i)
      issues.push({
        line,
        column,
        severity: 'warning',
        reason: '`{{>` looks like a shortcode but is not one; Hugo shows it as text',
        hint: 'write {{< … >}} to call a shortcode',
      })
    }
    i = text.indexOf('{{', i + 2)
  }
  return { calls, issues }
}

function skipSpace(text: string, from: number): number {
  let j = from
  while (j < text.length && /\s/.test(text[j])) j++
  return j
}

/**
 * Reads a call's arguments up to its closing delimiter: `"quoted"` (with \\" escapes), `raw`
 * in backquotes, bare words, each optionally `key=` something. Undefined when the call never
 * closes (a new `{{` or the end of the text comes first).
 */
function readArguments(text: string, from: number, close: string): { end: number; params: ShortcodeCall['params'] } | undefined {
  const params: ShortcodeCall['params'] = []
  let j = from
  let key: string | undefined
  while (j < text.length) {
    j = skipSpace(text, j)
    if (text.startsWith(close, j)) return { end: j, params }
    // `{{< x />}}` closes itself.
    if (text[j] === '/' && text.startsWith(close, j + 1)) return { end: j + 1, params }
    if (text.startsWith('{{', j) || j >= text.length) return undefined
    let value: string
    if (text[j] === '"') {
      let k = j + 1
      while (k < text.length && text[k] !== '"') k += text[k] === '\\' ? 2 : 1
      if (k >= text.length) return undefined
      value = text.slice(j + 1, k).replace(/\\(.)/g, '$1')
      j = k + 1
    } else if (text[j] === '`') {
      const k = text.indexOf('`', j + 1)
      if (k === -1) return undefined
      value = text.slice(j + 1, k)
      j = k + 1
    } else {
      let k = j
      while (k < text.length && !/[\s=]/.test(text[k]) && !text.startsWith(close, k) && !text.startsWith('{{', k)) k++
      // A stray `=` is a value of its own; never stand still.
      if (k === j) k++
      value = text.slice(j, k)
      j = k
      if (text[j] === '=' && key === undefined) {
        key = value
        j++
        continue
      }
    }
    params.push(key === undefined ? { value } : { key, value })
    key = undefined
  }
  return undefined
}

/** Calls per shortcode name (closing tags not counted), most used first. */
export function countShortcodes(calls: readonly ShortcodeCall[]): [string, number][] {
  const counts = new Map<string, number>()
  for (const call of calls) if (!call.isClosing) counts.set(call.name, (counts.get(call.name) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
}
