import type { Html, Paragraph, Parent, PhrasingContent, Root, RootContent, Table, Text } from 'mdast'
import type { Point, Position } from 'unist'
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import { visit } from 'unist-util-visit'
import { figureCaption } from './figure-caption'
import { codeRanges, scanShortcodes, unescapeCalls, type ShortcodeCall, type ShortcodeToken } from './shortcode-syntax'
import { SHORTCODES, SHORTCODE_NAMES, mapShortcodeParams, nearestName, siteSpec, type ShortcodeSpec } from './shortcodes'
import { expandRefs } from './hugo-refs'
import { expandHugoSource, htmlCommentRanges, type HugoSourceOptions } from './hugo-source'
import { applyEdits, editedOffset, type SourceMap } from './source-edits'
import { inlineSlicer, mergeText, trimSegment, type SourceText } from './inline-slices'
import { hoistTrailingClosers, pairMarkers, reportLeftoverMarkers, setChildren, type PairContext } from './shortcode-pairs'

declare module 'mdast' {
  interface Data {
    /** The Hugo shortcode an element was made from, for messages. */
    hugo?: { name: string; raw: string }
  }
}

/** Options: how to turn a `ref` target into a permalink (undefined when no post matches), params, and the site's own shortcodes. */
export type RemarkHugoShortcodesOptions = HugoSourceOptions & { resolveRef: (target: string) => string | undefined }

declare module 'vfile' {
  interface DataMap {
    /** The post's source before shortcodes were expanded in it, to report positions in the file as written. */
    sourceMap: SourceMap
  }
}

const RULE = 'hugo-shortcode'
const SOURCE = 'remark-hugo-shortcodes'

/**
 * Turns the Hugo shortcodes of `.md` posts into the MDX JSX elements named in lib/markdown/shortcodes.ts
 * (`{{< tweet 123 >}}` -> `<Tweet id="123" />`), and `ref`/`relref` into the target's permalink.
 *
 * Two steps, as Hugo itself works:
 *  1. Before Markdown is read, refs become permalinks in the source (see hugo-refs.ts): only there
 *     can `[a]({{< ref "x" >}})` and `[a]: {{< ref "x" >}}` become links.
 *  2. On the tree, a paragraph holding calls is cut around them: each call becomes an element in
 *     its place, the text around it stays paragraphs. Paired calls (`note`, `table`) then take the
 *     blocks between their opening and closing tags as children.
 * Code (fenced or inline) is never read. Problems are VFile messages at the call's line.
 */
export function remarkHugoShortcodes(this: Processor, options: RemarkHugoShortcodesOptions) {
  const parse = this.parser
  if (!parse) throw new Error('remarkHugoShortcodes needs a parser: use it after remark-parse')
  this.parser = (document: string, file: VFile) => {
    let tree = parse(document, file)
    let value = document
    // 1. Shortcodes whose output is source text (comment, param, highlight, the site's text ones).
    const skip = (text: string, root: Parameters<typeof codeRanges>[0]) => {
      const code = codeRanges(root)
      return [...code, ...htmlCommentRanges(text, code)]
    }
    const hugo = expandHugoSource(value, skip(value, tree), options)
    if (hugo.edits.length > 0) {
      const applied = applyEdits(value, hugo.edits)
      file.data.sourceMap = applied.map
      value = applied.value
      file.value = value
      tree = parse(value, file)
    }
    const editedPoints = location(value)
    const at = (offset: number) => editedPoints.toPoint(file.data.sourceMap ? editedOffset(file.data.sourceMap, offset) : offset)!
    for (const problem of hugo.problems) report(file, problem.severity, problem.reason, problem.hint, { start: at(problem.start), end: at(problem.end) })
    // 2. Refs, which may sit in link destinations, become permalinks (line numbers kept).
    const expanded = expandRefs(value, skip(value, tree), options.resolveRef)
    for (const problem of expanded.problems) {
      report(file, problem.severity, problem.reason, problem.hint, { start: editedPoints.toPoint(problem.start)!, end: editedPoints.toPoint(problem.end)! })
    }
    if (!expanded.changed) return tree
    // Later steps slice the source at node offsets: they must see the text that was parsed.
    file.value = expanded.value
    if (file.data.sourceMap) file.data.sourceMap = { ...file.data.sourceMap, edited: expanded.value }
    return parse(expanded.value, file)
  }
  return (tree: Root, file: VFile) => {
    const source = String(file.value)
    const points = location(file)
    const positionOf = (start: number, end: number) => ({ start: points.toPoint(start)!, end: points.toPoint(end)! })
    const context: Context = {
      siteShortcode: options.siteShortcode,
      source,
      file,
      points,
      markers: new Map(),
      text: { text: source, positionOf },
      report: (severity, reason, hint, place) => report(file, severity, reason, hint, place),
    }
    transformChildren(tree, context)
    reportLeftoverMarkers(tree, context)
    // Hugo expands shortcodes in code too, so its authors wrote the comment form there to show a
    // call; calls in code stay text here, and the comment form prints the call, as in Hugo.
    visit(tree, (node) => {
      if ((node.type === 'code' || node.type === 'inlineCode') && node.value.includes('{{')) node.value = unescapeCalls(node.value)
    })
  }
}

type Context = PairContext & {
  siteShortcode?: HugoSourceOptions['siteShortcode']
  source: string
  file: VFile
  points: ReturnType<typeof location>
  /** The source, for cutting inline nodes at offsets. */
  text: SourceText
}

function report(file: VFile, severity: 'error' | 'warning', reason: string, hint: string, place: Position | Point | undefined): void {
  const message = file.message(reason, { place, ruleId: RULE, source: SOURCE })
  message.fatal = severity === 'error'
  message.note = hint
}

function hasChildren(node: RootContent | Root): node is Extract<RootContent | Root, Parent> {
  return 'children' in node
}

// ---------------------------------------------------------------------------------------------
// Walking the tree

function transformChildren(parent: Extract<RootContent | Root, Parent>, context: Context): void {
  const out: RootContent[] = []
  for (const child of parent.children) {
    if (child.type === 'paragraph') out.push(...splitParagraph(child, context))
    else if (child.type === 'heading') {
      out.push(child)
      rewriteInline(child, context, 'a heading')
    } else if (child.type === 'table') out.push(...transformTable(child, context))
    else if (child.type === 'html') out.push(...splitHtml(child, context))
    else if (child.type === 'code' || child.type === 'inlineCode') out.push(child)
    else {
      if (hasChildren(child)) transformChildren(child, context)
      out.push(child)
    }
  }
  hoistTrailingClosers(out, context)
  setChildren(parent, pairMarkers(out, context))
}

// ---------------------------------------------------------------------------------------------
// Finding calls in inline content

/** What replaces a call's source range: a block element (cutting the paragraph) or inline text. */
type Cut = { start: number; end: number } & ({ block: MdxJsxFlowElement | null } | { inline: Text })

function positionOf(context: Context, start: number, end: number): Position {
  return { start: context.points.toPoint(start)!, end: context.points.toPoint(end)! }
}

/** Scans the source of a node with inline content; returns what each call becomes. */
function findCuts(node: Extract<RootContent, Parent>, context: Context): Cut[] {
  const from = node.position?.start.offset
  const to = node.position?.end.offset
  if (from === undefined || to === undefined) return []
  const slice = context.source.slice(from, to)
  if (!slice.includes('{{')) return []
  const code = codeRanges(node).map(([s, e]) => [s - from, e - from] as const)
  // A call inside an HTML comment is commented out, as in Hugo (its output lands in the comment).
  const tokens = scanShortcodes(slice, [...code, ...htmlCommentRanges(slice, code)])
  const cuts: Cut[] = []
  for (const token of tokens) {
    const start = token.start + from
    const end = token.end + from
    const shifted: ShortcodeToken = { ...token, start, end }
    const cut = cutFor(shifted, context)
    if (cut) cuts.push(cut)
  }
  return cuts
}

function cutFor(token: ShortcodeToken, context: Context): Cut | undefined {
  const position = positionOf(context, token.start, token.end)
  switch (token.kind) {
    case 'escaped':
      return { start: token.start, end: token.end, inline: { type: 'text', value: token.literal, position } }
    case 'lookalike':
      report(
        context.file,
        'warning',
        `\`${firstLine(token.raw)}\` looks like a shortcode but is not one; it stays as text, as in Hugo`,
        `write {{< ${token.name} … >}} to call the shortcode, or leave it if the text is meant`,
        position,
      )
      return undefined
    case 'malformed':
      report(context.file, 'error', token.reason, token.hint, position)
      return undefined
    case 'shortcode':
      return callCut(token, position, context)
  }
}

function callCut(call: ShortcodeCall, position: Position, context: Context): Cut | undefined {
  // A site's own template overrides a built-in of the same name, as in Hugo (layouts/shortcodes/
  // before the embedded ones): an entry in content/shortcodes.yml wins over recap's table.
  const site = context.siteShortcode?.(call.name)
  if (site?.kind === 'ask') {
    report(
      context.file,
      'error',
      `shortcode \`${call.name}\` has no rendering yet: content/shortcodes.yml line ${site.line} says ask`,
      'write nothing, inner, a component (Note, Figure, …), { html: "…" } or { markdown: "…" } for it there',
      position,
    )
    return undefined
  }
  const spec: ShortcodeSpec | undefined = (site?.kind === 'component' ? siteSpec(site) : undefined) ?? SHORTCODES[call.name.toLowerCase()]
  if (!spec) {
    const near = nearestName(call.name, SHORTCODE_NAMES)
    report(
      context.file,
      'error',
      `unknown shortcode \`${call.name}\``,
      `${near ? `did you mean \`${near}\`? ` : ''}known: ${SHORTCODE_NAMES.join(', ')} (lib/markdown/shortcodes.ts); say what a site's own shortcode becomes in content/shortcodes.yml`,
      position,
    )
    return undefined
  }
  // Refs were resolved before parsing; one left here sits where the source pass could not see it.
  if (!spec.component) return undefined
  if (call.isClosing && !spec.isPaired) {
    report(context.file, 'error', `\`${firstLine(call.raw)}\` closes nothing: \`${call.name}\` takes no content`, `remove it`, position)
    return { start: call.start, end: call.end, block: null }
  }
  const hugo = { name: call.name, raw: call.raw }
  const element: MdxJsxFlowElement = { type: 'mdxJsxFlowElement', name: spec.component, attributes: [], children: [], position, data: { hugo } }
  if (!call.isClosing) {
    const { props, problems } = mapShortcodeParams(call, spec)
    for (const problem of problems) report(context.file, problem.severity, problem.reason, problem.hint, position)
    const kept = spec.component === 'Figure' ? figureCaption(props, element) : props
    element.attributes = kept.map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value }))
  }
  if (spec.isPaired && !call.isSelfClosing) context.markers.set(element, { isClosing: call.isClosing, call })
  return { start: call.start, end: call.end, block: element }
}

function firstLine(text: string): string {
  const line = text.split('\n')[0]
  return line.length < text.length ? `${line} …` : line
}

// ---------------------------------------------------------------------------------------------
// Cutting paragraphs

function splitParagraph(paragraph: Paragraph, context: Context): RootContent[] {
  const isNested = nestedInInline(paragraph.children, context)
  const cuts = findCuts(paragraph, context).filter((cut) => !isNested(cut))
  if (cuts.length === 0) return [paragraph]
  const out: RootContent[] = []
  let segment: PhrasingContent[] = []
  let at = paragraph.position!.start.offset!
  const slice = inlineSlicer(paragraph.children, context.text)
  const flush = () => {
    const trimmed = trimSegment(mergeText(segment))
    if (trimmed.length > 0) {
      out.push({ type: 'paragraph', children: trimmed, position: { start: trimmed[0].position!.start, end: trimmed.at(-1)!.position!.end } })
    }
    segment = []
  }
  for (const cut of cuts) {
    segment.push(...slice(at, cut.start))
    if ('inline' in cut) segment.push(cut.inline)
    else {
      flush()
      if (cut.block) out.push(cut.block)
    }
    at = cut.end
  }
  segment.push(...slice(at, paragraph.position!.end.offset!))
  flush()
  return out
}

/** Rewrites escaped calls in a heading or table cell; calls of components cannot live there. */
function rewriteInline(node: Extract<RootContent, Parent>, context: Context, where: string): void {
  const cuts = findCuts(node, context)
  if (cuts.length === 0) return
  const children = node.children as PhrasingContent[]
  const slice = inlineSlicer(children, context.text)
  const kept: PhrasingContent[] = []
  let at = node.position!.start.offset!
  let changed = false
  for (const cut of cuts) {
    if ('block' in cut) {
      if (cut.block) {
        context.markers.delete(cut.block)
        report(context.file, 'error', `\`${firstLine(cut.block.data!.hugo!.raw)}\` cannot be inside ${where}`, 'put it on a line of its own, with blank lines around it', cut.block.position)
      }
      continue
    }
    kept.push(...slice(at, cut.start), cut.inline)
    at = cut.end
    changed = true
  }
  if (!changed) return
  kept.push(...slice(at, node.position!.end.offset!))
  setChildren(node, mergeText(kept))
}

/**
 * Whether a call sits inside a link or emphasis, where it cannot cut the paragraph: reported, and
 * left as text. Asked for each call in source order, it walks the paragraph's nodes once.
 */
function nestedInInline(children: PhrasingContent[], context: Context): (cut: Cut) => boolean {
  const inline = children.filter((child) => child.type !== 'text' && child.position)
  let first = 0
  return (cut) => {
    if (!('block' in cut)) return false
    while (first < inline.length && inline[first].position!.end.offset! <= cut.start) first++
    for (let i = first; i < inline.length && inline[i].position!.start.offset! < cut.end; i++) {
      const s = inline[i].position!.start.offset!
      const e = inline[i].position!.end.offset!
      if (cut.start <= s && cut.end >= e) continue
      if (cut.block) {
        context.markers.delete(cut.block)
        report(context.file, 'error', `\`${firstLine(cut.block.data!.hugo!.raw)}\` cannot be inside a link or emphasis`, 'put it on a line of its own', cut.block.position)
      }
      return true
    }
    return false
  }
}

// ---------------------------------------------------------------------------------------------
// Tables and raw HTML

/**
 * A GFM table runs on until a blank line, so `{{< /table >}}` written on the line after the last
 * row becomes a row. Such a row is the closing tag: it moves after the table.
 */
function transformTable(table: Table, context: Context): RootContent[] {
  const after: RootContent[] = []
  const rows = table.children
  const final = rows.at(-1)
  if (rows.length > 1 && final) {
    const [first, ...rest] = final.children
    const isLone = first && rest.every((cell) => cell.children.length === 0)
    if (isLone) {
      const cuts = findCuts(first, context)
      const text = context.source.slice(first.position!.start.offset!, first.position!.end.offset!).replace(/^\s*\|?|\|?\s*$/g, '')
      const cut = cuts[0]
      if (cuts.length === 1 && cut && 'block' in cut && cut.block && text.trim() === context.source.slice(cut.start, cut.end)) {
        table.children = rows.slice(0, -1)
        table.position = { start: table.position!.start, end: rows.at(-2)!.position!.end }
        after.push(cut.block)
      } else {
        for (const c of cuts) if ('block' in c && c.block) context.markers.delete(c.block)
      }
    }
  }
  for (const row of table.children) for (const cell of row.children) rewriteInline(cell, context, 'a table cell')
  return [table, ...after]
}

/**
 * A raw HTML block holding shortcodes (`<div class="video">{{< youtube id >}}</div>`): Hugo renders
 * the call into the HTML, so here the block is cut around it, the HTML before and after staying
 * raw (rehype-raw reads the pieces as one stream, so the element lands inside the `<div>`). A
 * call inside an HTML comment is commented out, as in Hugo.
 */
function splitHtml(node: Html, context: Context): RootContent[] {
  const from = node.position?.start.offset
  const to = node.position?.end.offset
  if (from === undefined || to === undefined || !node.value.includes('{{')) return [node]
  const text = context.source.slice(from, to)
  const cuts: Cut[] = []
  for (const token of scanShortcodes(text, htmlCommentRanges(text))) {
    const cut = cutFor({ ...token, start: token.start + from, end: token.end + from }, context)
    if (cut) cuts.push(cut)
  }
  if (cuts.length === 0) return [node]
  const out: RootContent[] = []
  let at = from
  const raw = (start: number, end: number) => {
    const value = context.source.slice(start, end)
    if (value.trim()) out.push({ type: 'html', value, position: positionOf(context, start, end) })
  }
  for (const cut of cuts) {
    if ('inline' in cut) continue
    raw(at, cut.start)
    if (cut.block) out.push(cut.block)
    at = cut.end
  }
  raw(at, to)
  return out
}
