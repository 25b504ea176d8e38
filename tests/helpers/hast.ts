import type { ElementContent, Nodes, Root, RootContent } from 'hast'
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx'
import type { Node, Position } from 'unist'
import { unified, type PluggableList } from 'unified'
import { VFile } from 'vfile'

/** A component element (`<Note title="T">`) as the remark plugins leave it in the tree. */
export function jsx(name: string | null, attributes: Record<string, string> = {}, children: ElementContent[] = []): MdxJsxFlowElementHast {
  return { type: 'mdxJsxFlowElement', name, attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })), children }
}

/** The same, written inside a paragraph. */
export function jsxText(name: string | null, attributes: Record<string, string> = {}, children: ElementContent[] = []): MdxJsxTextElementHast {
  return { ...jsx(name, attributes, children), type: 'mdxJsxTextElement' }
}

/** `node`, placed at `line`:`column` of the post, as the parser leaves it. */
export function at<T extends Nodes>(line: number, column: number, node: T): T {
  const position: Position = { start: { line, column }, end: { line, column: column + 1 } }
  return { ...node, position }
}

/** A message as tests compare it. */
export type Message = { place: string; severity: 'error' | 'warning'; ruleId: string | undefined; reason: string; hint: string | undefined }

function isRoot(node: Node): node is Root {
  return node.type === 'root'
}

/** A hast tree of `children` through `plugins` (as unified runs them): the tree and the messages out. */
export function runRehype(plugins: PluggableList, ...children: RootContent[]): { tree: Root; messages: Message[] } {
  const file = new VFile({ path: 'content/posts/a.mdx', value: '' })
  const input: Root = { type: 'root', children }
  const tree = unified().use(plugins).runSync(input, file)
  if (!isRoot(tree)) throw new Error(`the plugins returned a ${tree.type}, not a root`)
  const messages = file.messages.map((message): Message => ({
    place: `${message.line ?? '?'}:${message.column ?? '?'}`,
    severity: message.fatal ? 'error' : 'warning',
    ruleId: message.ruleId ?? undefined,
    reason: message.reason,
    hint: message.note ?? undefined,
  }))
  return { tree, messages }
}
