import type { Parent, Root, RootContent } from 'mdast'
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx'
import type { Position } from 'unist'
import type { ShortcodeCall } from './shortcode-syntax'

/** Paired Hugo shortcodes (`{{< note >}}…{{< /note >}}`): opening and closing tags become one element. */

/** An opening or closing tag of a paired shortcode, until it is matched. */
export type Marker = { isClosing: boolean; call: ShortcodeCall }

/** What pairing needs: the unmatched tags, and how to report a problem. */
export type PairContext = {
  markers: Map<MdxJsxFlowElement, Marker>
  report: (severity: 'error' | 'warning', reason: string, hint: string, place: Position | undefined) => void
}

function hasChildren(node: RootContent | Root): node is Extract<RootContent | Root, Parent> {
  return 'children' in node
}

// The mdast types give each parent its own child type; the rewriting keeps each node's kind of
// content (blocks stay blocks, phrasing stays phrasing), which the types cannot follow.
export function setChildren(parent: Extract<RootContent | Root, Parent>, children: RootContent[]): void {
  Reflect.set(parent, 'children', children)
}

function firstLine(text: string): string {
  const line = text.split('\n')[0]
  return line.length < text.length ? `${line} …` : line
}

/**
 * A closing tag on the line right after a list or quote joins it (a "lazy" continuation line):
 * `- item\n{{< /note >}}`. Unmatched closing tags at the end of such a block move out after it.
 */
export function hoistTrailingClosers(children: RootContent[], context: PairContext): void {
  for (let i = 0; i < children.length; i++) {
    const moved = popTrailingCloser(children[i], context)
    if (moved) children.splice(i + 1, 0, moved)
  }
}

function popTrailingCloser(node: RootContent, context: PairContext): MdxJsxFlowElement | undefined {
  if (node.type !== 'list' && node.type !== 'listItem' && node.type !== 'blockquote') return undefined
  const last = node.children.at(-1)
  if (!last) return undefined
  if (last.type === 'mdxJsxFlowElement' && context.markers.get(last)?.isClosing) {
    node.children.pop()
    return last
  }
  return popTrailingCloser(last, context)
}

/**
 * Each opening tag takes the blocks up to its closing tag as children; the closing tag goes. The
 * open tags are kept by name as well, so a closing tag finds its match at once, however many tags
 * are open (a post of ten thousand unclosed notes stays linear).
 */
export function pairMarkers(children: RootContent[], context: PairContext): RootContent[] {
  type Open = { at: number; depth: number; element: MdxJsxFlowElement; isOpen: boolean }
  const out: RootContent[] = []
  const open: Open[] = []
  const byName = new Map<string, Open[]>()
  for (const child of children) {
    const marker = child.type === 'mdxJsxFlowElement' ? context.markers.get(child) : undefined
    if (!marker || child.type !== 'mdxJsxFlowElement') {
      out.push(child)
      continue
    }
    const name = marker.call.name.toLowerCase()
    const named = byName.get(name) ?? []
    byName.set(name, named)
    if (!marker.isClosing) {
      const entry = { at: out.length, depth: open.length, element: child, isOpen: true }
      open.push(entry)
      named.push(entry)
      out.push(child)
      continue
    }
    // Entries closed (or left unclosed inside a closed one) since they were listed are skipped.
    while (named.length > 0 && !named[named.length - 1].isOpen) named.pop()
    const entry = named.pop()
    if (!entry) {
      out.push(child)
      continue
    }
    // Anything opened after the matching tag is left unclosed; it is reported at the end.
    for (const inner of open.splice(entry.depth)) inner.isOpen = false
    const inner = out.splice(entry.at + 1)
    setChildren(entry.element, inner)
    entry.element.position = { start: entry.element.position!.start, end: child.position!.end }
    context.markers.delete(entry.element)
    context.markers.delete(child)
  }
  return out
}

/** Tags left unpaired anywhere in the tree: reported, and closing ones removed. */
export function reportLeftoverMarkers(node: Root | RootContent, context: PairContext): void {
  if (!hasChildren(node)) return
  const kept: RootContent[] = []
  for (const child of node.children) {
    const marker = child.type === 'mdxJsxFlowElement' ? context.markers.get(child) : undefined
    if (marker?.isClosing) {
      context.report(
        'error',
        `\`${firstLine(marker.call.raw)}\` closes nothing`,
        `open it first with {{< ${marker.call.name} >}}, at the same level (not inside a list or quote above)`,
        child.position,
      )
      continue
    }
    if (marker) {
      const line = child.position?.start.line ?? 1
      context.report(
        'error',
        `unclosed \`${firstLine(marker.call.raw)}\` opened on line ${line}`,
        `add {{< /${marker.call.name} >}} after its content, at the same level`,
        child.position,
      )
    }
    reportLeftoverMarkers(child, context)
    kept.push(child)
  }
  setChildren(node, kept)
}
