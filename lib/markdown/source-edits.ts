import { location } from 'vfile-location'

/**
 * Edits to a post's source made before Markdown reads it (Hugo expands shortcodes there first),
 * and the way back: a position in the edited text, as plugins report it, to the line and column
 * of the file the author wrote.
 */

/** Replace source[start, end) with `text` (offsets of the source before any edit). */
export type SourceEdit = { start: number; end: number; text: string }

/** The source with `edits` applied (they must not overlap), and how to map positions back. */
export function applyEdits(source: string, edits: readonly SourceEdit[]): { value: string; map: SourceMap } {
  const sorted = [...edits].sort((a, b) => a.start - b.start)
  let value = ''
  let at = 0
  const spans: Span[] = []
  for (const edit of sorted) {
    if (edit.start < at) continue
    value += source.slice(at, edit.start)
    spans.push({ from: value.length, to: value.length + edit.text.length, original: edit.start, originalEnd: edit.end })
    value += edit.text
    at = edit.end
  }
  value += source.slice(at)
  return { value, map: { original: source, edited: value, spans } }
}

type Span = { from: number; to: number; original: number; originalEnd: number }

/** The original and edited texts, and where each replacement went. */
export type SourceMap = { original: string; edited: string; spans: Span[] }

/** The offset in the original source of an offset in the edited text: inside a replacement, where the replaced call began. */
export function originalOffset(map: SourceMap, offset: number): number {
  let delta = 0
  for (const span of map.spans) {
    if (offset < span.from) break
    if (offset < span.to) return span.original
    delta = span.originalEnd - span.to
  }
  return offset + delta
}

/** A 1-based line and column of the edited text, as in the original file. */
export function originalPoint(map: SourceMap, line: number, column: number): { line: number; column: number } {
  const edited = location(map.edited)
  const offset = edited.toOffset({ line, column })
  if (offset === undefined) return { line, column }
  const point = location(map.original).toPoint(originalOffset(map, offset))
  return point ? { line: point.line, column: point.column } : { line, column }
}

/** The offset in the edited text of an offset of the original source (inside a replaced range: where its replacement begins). */
export function editedOffset(map: SourceMap, offset: number): number {
  let delta = 0
  for (const span of map.spans) {
    if (offset < span.original) break
    if (offset < span.originalEnd) return span.from
    delta = span.to - span.originalEnd
  }
  return offset + delta
}
