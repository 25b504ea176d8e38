import type { Node } from 'unist'
import { CONTINUE, SKIP, visit } from 'unist-util-visit'

/**
 * Reads Hugo shortcode calls out of text, the way Hugo's own lexer does: `{{< name args >}}` and
 * `{{% name args %}}`, closing tags `{{< /name >}}`, self-closing `{{< name />}}`, any spacing
 * (`{{<tweet 123>}}`), calls over several lines, quoted ("…", `…`) and bare values, named
 * (`key="value"`) or positional parameters, and the comment form (`{{</*` … `*` `/>}}`), which
 * prints a call as text.
 * Pure: text in, tokens with offsets out. Callers decide what the tokens become.
 */

/** One parameter of a call: named (`src="/x.png"`) or positional (`123`). */
export type ShortcodeParam = { key?: string; value: string }

/** A well-formed call. `start`/`end` are offsets into the scanned text. */
export type ShortcodeCall = {
  kind: 'shortcode'
  start: number
  end: number
  /** `<` for `{{< >}}`, `%` for `{{% %}}`. */
  delimiter: '<' | '%'
  name: string
  /** `{{< /note >}}` */
  isClosing: boolean
  /** `{{< note />}}` */
  isSelfClosing: boolean
  params: ShortcodeParam[]
  /** The call as written. */
  raw: string
}

/** A token the scanner found. */
export type ShortcodeToken =
  | ShortcodeCall
  /** The comment form, `{{</*` tweet 1 `*` `/>}}`: Hugo prints `literal` (`{{< tweet 1 >}}`) as text. */
  | { kind: 'escaped'; start: number; end: number; literal: string }
  /** `{{> fig …}}`: resembles a call, but Hugo leaves it as text. */
  | { kind: 'lookalike'; start: number; end: number; raw: string; name: string }
  /** Starts like a call but cannot be read; Hugo stops the build on these. */
  | { kind: 'malformed'; start: number; end: number; reason: string; hint: string }

const NAME = /[A-Za-z0-9_][\w.-]*(?:\/[\w.-]+)*/y
const KEY = /([A-Za-z_][\w-]*)=/y
const LOOKALIKE = /\{\{>\s*([A-Za-z][\w-]*)/y

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r'
}

/**
 * Scans `text` for shortcode tokens, in order. Tokens that start inside a `skip` range (code) are
 * left out; code inside a call (a `raw string` value Markdown read as a code span) is fine.
 * Never throws.
 */
export function scanShortcodes(text: string, skip: readonly (readonly [number, number])[] = []): ShortcodeToken[] {
  const tokens: ShortcodeToken[] = []
  let at = text.indexOf('{{')
  while (at !== -1) {
    const start = at
    const inCode = skip.find(([from, to]) => start >= from && start < to)
    if (inCode) {
      at = text.indexOf('{{', inCode[1])
      continue
    }
    const token = readToken(text, at)
    if (token) tokens.push(token)
    // A malformed opening only consumes its own `{{<`, so a later call on the same line is still read.
    const next = token ? (token.kind === 'malformed' ? at + 3 : token.end) : at + 2
    at = text.indexOf('{{', next)
  }
  return tokens
}

function readToken(text: string, start: number): ShortcodeToken | null {
  const opener = text[start + 2]
  if (opener === '>') {
    LOOKALIKE.lastIndex = start
    const match = LOOKALIKE.exec(text)
    if (!match) return null
    const close = text.indexOf('}}', start)
    const end = close === -1 ? match.index + match[0].length : close + 2
    return { kind: 'lookalike', start, end, raw: text.slice(start, end), name: match[1] }
  }
  if (opener !== '<' && opener !== '%') return null
  const delimiter = opener
  const closer = `${delimiter === '<' ? '>' : '%'}}}`
  let at = start + 3
  while (isSpace(text[at])) at++

  if (text.startsWith('/*', at)) {
    const commentEnd = text.indexOf('*/', at + 2)
    let after = commentEnd === -1 ? -1 : commentEnd + 2
    while (after !== -1 && isSpace(text[after])) after++
    if (after === -1 || !text.startsWith(closer, after)) {
      return malformed(start, `\`{{${delimiter}/*\` is not closed`, `end it with */${closer}`)
    }
    const literal = `{{${delimiter}${text.slice(at + 2, commentEnd)}${closer}`
    return { kind: 'escaped', start, end: after + closer.length, literal }
  }

  const isClosing = text[at] === '/'
  if (isClosing) {
    at++
    while (isSpace(text[at])) at++
  }
  NAME.lastIndex = at
  const nameMatch = NAME.exec(text)
  if (!nameMatch) {
    return malformed(
      start,
      `\`{{${delimiter}\` starts a shortcode but no name follows`,
      `write {{${delimiter} name … ${closer}, or {{${delimiter}/* … */${closer} to show it as text`,
    )
  }
  const name = nameMatch[0]
  at = NAME.lastIndex

  const params: ShortcodeParam[] = []
  for (;;) {
    const before = at
    while (isSpace(text[at])) at++
    // The end of the text, or the next call, before this one's closer: it was never closed.
    if (at >= text.length || text.startsWith('{{', at)) {
      return malformed(start, `shortcode \`{{${delimiter} ${isClosing ? '/' : ''}${name}\` is not closed`, `end it with ${closer} (a blank line ends the paragraph it is in)`)
    }
    if (text.startsWith(closer, at)) {
      return call(text, start, at + closer.length, delimiter, name, isClosing, false, params)
    }
    if (text[at] === '/' && text.startsWith(closer, at + 1)) {
      return call(text, start, at + 1 + closer.length, delimiter, name, isClosing, true, params)
    }
    if (at === before) {
      return malformed(start, `shortcode \`${name}\`: expected a space before \`${text.slice(at, at + 12).split('\n')[0]}\``, 'separate parameters with spaces')
    }
    KEY.lastIndex = at
    const keyMatch = KEY.exec(text)
    const key = keyMatch?.[1]
    if (keyMatch) at = KEY.lastIndex
    const value = readValue(text, at, closer)
    if ('error' in value) return malformed(start, `shortcode \`${name}\`: ${value.error}`, value.hint)
    params.push(key === undefined ? { value: value.value } : { key, value: value.value })
    at = value.end
  }
}

function readValue(text: string, at: number, closer: string): { value: string; end: number } | { error: string; hint: string } {
  const quote = text[at]
  if (quote === '"') {
    let value = ''
    for (let i = at + 1; i < text.length; i++) {
      if (text[i] === '\\' && text[i + 1] === '"') {
        value += '"'
        i++
      } else if (text[i] === '"') {
        return { value, end: i + 1 }
      } else {
        value += text[i]
      }
    }
    return { error: 'a quoted value is never closed', hint: 'add the closing "' }
  }
  if (quote === '`') {
    const close = text.indexOf('`', at + 1)
    if (close === -1) return { error: 'a `raw string` value is never closed', hint: 'add the closing `' }
    return { value: text.slice(at + 1, close), end: close + 1 }
  }
  let end = at
  while (end < text.length && !isSpace(text[end]) && !text.startsWith(closer, end) && !(text[end] === '/' && text.startsWith(closer, end + 1))) end++
  if (end === at) return { error: 'a parameter has no value', hint: 'write key="value"' }
  return { value: text.slice(at, end), end }
}

function call(
  text: string,
  start: number,
  end: number,
  delimiter: '<' | '%',
  name: string,
  isClosing: boolean,
  isSelfClosing: boolean,
  params: ShortcodeParam[],
): ShortcodeToken {
  const named = params.filter((param) => param.key !== undefined).length
  if (named > 0 && named < params.length) {
    return malformed(start, `shortcode \`${name}\` mixes named and positional parameters`, 'Hugo takes one kind: write every parameter as key="value"')
  }
  if (isClosing && params.length > 0) {
    return malformed(start, `closing shortcode \`/${name}\` has parameters`, `write {{${delimiter} /${name} ${delimiter === '<' ? '>' : '%'}}}`)
  }
  return { kind: 'shortcode', start, end, delimiter, name, isClosing, isSelfClosing, params, raw: text.slice(start, end) }
}

function malformed(start: number, reason: string, hint: string): ShortcodeToken {
  return { kind: 'malformed', start, end: start + 3, reason, hint }
}

/** Source ranges of code (fenced, indented and inline) in a parsed tree: shortcodes there stay text. */
export function codeRanges(tree: Node): [number, number][] {
  const out: [number, number][] = []
  visit(tree, (node) => {
    if ((node.type !== 'code' && node.type !== 'inlineCode') || !node.position) return CONTINUE
    out.push([node.position.start.offset!, node.position.end.offset!])
    return SKIP
  })
  return out
}

/** The text with each comment-form call replaced by the call it shows. */
export function unescapeCalls(text: string): string {
  let out = ''
  let at = 0
  for (const token of scanShortcodes(text)) {
    if (token.kind !== 'escaped') continue
    out += text.slice(at, token.start) + token.literal
    at = token.end
  }
  return out + text.slice(at)
}
