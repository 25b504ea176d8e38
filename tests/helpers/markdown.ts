import { unified, type PluggableList } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import { VFile } from 'vfile'
import type { Root } from 'mdast'
import { remarkHugoShortcodes } from '@/lib/markdown/remark-hugo-shortcodes'
import { remarkCheckComponents } from '@/lib/markdown/remark-check-components'

/** Refs the helpers resolve: a file name -> its permalink. */
export const REFS: Record<string, string> = {
  'kubecon-eu-2019-recap': '/2019/05/27/kubecon-eu-2019-in-barcelona/',
  'part-one': '/2016/10/04/part-one/',
  'part-two': '/2016/10/14/part-two/',
}

/** Resolves `name`, `name.md` and `name#anchor` among REFS. */
export function resolveRef(target: string): string | undefined {
  const [name, anchor] = target.split('#')
  const path = REFS[name.replace(/\.mdx?$/, '')]
  return path && (anchor ? `${path}#${anchor}` : path)
}

/** A message as tests compare it. */
export type Message = { line: number; column: number | undefined; severity: 'error' | 'warning'; reason: string; hint: string | undefined; ruleId: string | undefined }

/** Markdown in, the syntax tree and the messages out: remark-parse, GFM, then `plugins`. */
export function transform(markdown: string, plugins: PluggableList = [[remarkHugoShortcodes, { resolveRef }]], path = 'content/posts/a.md'): { tree: Root; messages: Message[] } {
  const processor = unified().use(remarkParse).use(remarkGfm).use(plugins)
  const file = new VFile({ path, value: markdown })
  const tree = processor.runSync(processor.parse(file), file)
  if (!isRoot(tree)) throw new Error(`expected a root, got ${tree.type}`)
  const messages = file.messages.map((m) => ({
    line: m.line ?? 0,
    column: m.column ?? undefined,
    severity: m.fatal ? ('error' as const) : ('warning' as const),
    reason: m.reason,
    hint: m.note ?? undefined,
    ruleId: m.ruleId ?? undefined,
  }))
  return { tree, messages }
}

function isRoot(node: { type: string }): node is Root {
  return node.type === 'root'
}

/** The Hugo plugin followed by the component check, as the pipeline runs them for .md. */
export const hugoAndCheck: PluggableList = [[remarkHugoShortcodes, { resolveRef }], remarkCheckComponents]

/** A copy of a tree without positions or data, for comparing shapes. */
export function bare<T>(node: T): T {
  return JSON.parse(JSON.stringify(node, (key, value) => (key === 'position' || key === 'data' ? undefined : value)))
}
