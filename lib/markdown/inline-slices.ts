import type { PhrasingContent, Text } from 'mdast'
import type { Position } from 'unist'
import { decodeHTMLStrict } from 'entities'

/**
 * Cutting runs of inline Markdown nodes at source offsets, for plugins that replace part of a
 * paragraph (a shortcode call) and keep the rest as it was parsed.
 */

/** The source a tree was parsed from, and how to turn offsets into positions. */
export type SourceText = { text: string; positionOf: (start: number, end: number) => Position }

/** The inline nodes covering source offsets [from, to), text nodes split where needed. */
export function sliceInline(children: PhrasingContent[], from: number, to: number, source: SourceText): PhrasingContent[] {
  return inlineSlicer(children, source)(from, to)
}

/**
 * sliceInline for many cuts through the same nodes, left to right: `slice(from, to)` with `from`
 * never below the previous `to`. It remembers where it stopped (which node, and how far into a
 * text node's value), so a paragraph of ten thousand shortcodes is cut in one pass, not ten
 * thousand. Slicing behind that point starts over, and stays right.
 */
export function inlineSlicer(children: PhrasingContent[], source: SourceText): (from: number, to: number) => PhrasingContent[] {
  let first = 0
  let last = -1
  const progress = new Map<Text, { s: number; v: number }>()
  const indexIn = (node: Text, offset: number) => {
    let at = progress.get(node)
    if (!at || at.s > offset) at = { s: node.position!.start.offset!, v: 0 }
    at = advance(node, at, offset, source.text)
    progress.set(node, at)
    return at.v
  }
  return (from, to) => {
    const out: PhrasingContent[] = []
    if (to <= from) return out
    if (from < last) first = 0
    last = to
    while (first < children.length && children[first].position && children[first].position!.end.offset! <= from) first++
    for (let i = first; i < children.length; i++) {
      const child = children[i]
      if (!child.position) continue
      const s = child.position.start.offset!
      const e = child.position.end.offset!
      if (s >= to) break
      if (e <= from) continue
      if ((s >= from && e <= to) || child.type !== 'text') {
        out.push(child)
        continue
      }
      const a = Math.max(from, s)
      const b = Math.min(to, e)
      const value = child.value.slice(indexIn(child, a), indexIn(child, b))
      if (value) out.push({ type: 'text', value, position: source.positionOf(a, b) })
    }
    return out
  }
}

/**
 * Walks a text node's value and its source together from `at` up to a source offset. Value and
 * source differ where Markdown removed characters: escapes (`\*`), character references
 * (`&amp;`), and the indentation of continuation lines.
 */
function advance(node: Text, at: { s: number; v: number }, offset: number, source: string): { s: number; v: number } {
  const value = node.value
  let { s, v } = at
  while (s < offset && v < value.length) {
    const char = source[s]
    if (char === value[v]) {
      s++
      v++
    } else if (char === '\\' && source[s + 1] === value[v]) {
      s += 2
      v++
    } else if (char === '&') {
      const reference = /^&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i.exec(source.slice(s, s + 40))?.[0]
      const decoded = reference ? decodeHTMLStrict(reference) : ''
      if (reference && decoded && value.startsWith(decoded, v)) {
        s += reference.length
        v += decoded.length
      } else s++
    } else s++
  }
  return { s, v }
}

/** Joins neighbouring text nodes (a printed call between two runs of text is one text). */
export function mergeText(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = []
  for (const node of nodes) {
    const previous = out.at(-1)
    if (previous?.type === 'text' && node.type === 'text') {
      out[out.length - 1] = { type: 'text', value: previous.value + node.value, position: previous.position && node.position && { start: previous.position.start, end: node.position.end } }
    } else out.push(node)
  }
  return out
}

/** Drops whitespace a cut left at the edges of a run of inline nodes. */
export function trimSegment(nodes: PhrasingContent[]): PhrasingContent[] {
  const out = [...nodes]
  while (out.length > 0 && isBlank(out[0])) out.shift()
  while (out.length > 0 && isBlank(out.at(-1)!)) out.pop()
  if (out.length === 0) return out
  const first = out[0]
  if (first.type === 'text') out[0] = { ...first, value: first.value.replace(/^\s+/, '') }
  const last = out.at(-1)!
  if (last.type === 'text') out[out.length - 1] = { ...last, value: last.value.replace(/\s+$/, '') }
  return out
}

function isBlank(node: PhrasingContent): boolean {
  return node.type === 'break' || (node.type === 'text' && node.value.trim() === '')
}
