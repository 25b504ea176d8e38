import { scanShortcodes } from './shortcode-syntax'
import { SHORTCODES, mapShortcodeParams } from './shortcodes'

/** A problem found while resolving refs, at offsets of the source. */
export type RefProblem = { start: number; end: number; severity: 'error' | 'warning'; reason: string; hint: string }

/** The source with every ref/relref replaced by a permalink, and what could not be resolved. */
export type ExpandedRefs = { value: string; problems: RefProblem[]; changed: boolean }

/**
 * Replaces `{{< ref "x" >}}` and `{{< relref "x" >}}` with the target post's permalink, in the
 * source, before Markdown reads it: Hugo does the same, and it is the only way a ref inside a link
 * destination (`[a]({{< ref\n "x" >}})`) or a reference definition (`[a]: {{< ref "x" >}}`) can
 * become a link, since CommonMark allows no spaces there. Text inside `skip` ranges (code) stays.
 *
 * Line numbers stay those of the file: a call written over several lines keeps its line breaks,
 * one before the permalink (CommonMark allows one between `(` or `]:` and a destination) and the
 * rest after whatever is glued to the call (`…>}}#anchor)`).
 */
export function expandRefs(
  source: string,
  skip: readonly (readonly [number, number])[],
  resolveRef: (target: string) => string | undefined,
): ExpandedRefs {
  const problems: RefProblem[] = []
  let value = ''
  let last = 0
  let pendingBreaks = ''
  let pendingUntil = -1
  for (const token of scanShortcodes(source, skip)) {
    if (token.kind !== 'shortcode') continue
    const spec = SHORTCODES[token.name.toLowerCase()]
    if (!spec || spec.component || token.isClosing) continue
    const { props, problems: paramProblems } = mapShortcodeParams(token, spec)
    for (const problem of paramProblems) problems.push({ start: token.start, end: token.end, ...problem })
    const target = props.find(([prop]) => prop === 'path')?.[1]
    let url: string | undefined
    if (target === undefined || target.trim() === '') {
      problems.push({ start: token.start, end: token.end, severity: 'error', reason: `\`{{< ${token.name} >}}\` names no post`, hint: `write {{< ${token.name} "file-name-of-the-post" >}}` })
    } else {
      url = resolveRef(target)
      if (url === undefined) {
        problems.push({
          start: token.start,
          end: token.end,
          severity: 'error',
          reason: `\`{{< ${token.name} "${target}" >}}\` leads to no post`,
          hint: 'name a post by its file name under content/posts/ (with or without .md), e.g. {{< ref "my-post" >}}',
        })
      }
    }
    // Line breaks inside the call, each with the indentation after it.
    const breaks = source.slice(token.start, token.end).match(/\r?\n[ \t]*/g) ?? []
    value += flush(source, last, token.start)
    value += (breaks[0] ?? '') + (url ?? target ?? '')
    last = token.end
    if (breaks.length > 1) {
      const glued = /^[^\s]*/.exec(source.slice(token.end))![0]
      pendingBreaks = breaks.slice(1).map((b) => b.replace(/[ \t]+$/, '')).join('')
      pendingUntil = token.end + glued.length
    }
  }
  value += flush(source, last, source.length)
  return { value, problems, changed: last !== 0 }

  // Copies source[from, to), placing the line breaks a multi-line call left over where they fit.
  function flush(text: string, from: number, to: number): string {
    if (pendingUntil < 0 || pendingUntil > to) return text.slice(from, to)
    const at = Math.max(from, pendingUntil)
    const out = text.slice(from, at) + pendingBreaks + text.slice(at, to)
    pendingBreaks = ''
    pendingUntil = -1
    return out
  }
}
