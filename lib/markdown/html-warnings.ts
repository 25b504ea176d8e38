import type { Nodes } from 'hast'
import type { VFile } from 'vfile'

/**
 * Leaves a warning at the node's line: what was taken out of the author's HTML, and `hint`, what
 * to write instead. `npm run check` and the build print it as `path:line:column: warning: …`.
 */
export function warnAt(file: VFile, node: Nodes, reason: string, hint: string, { source, ruleId = 'html' }: { source: string; ruleId?: string }): void {
  const message = file.message(reason, { place: node.position, ruleId, source })
  message.note = hint
}

/** A value as messages quote it: JSON, cut short. */
export function quote(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value)
}
