import type { Root } from 'mdast'
import type { VFile } from 'vfile'

/** Options: how to turn a `ref` target into a permalink. */
export type RemarkHugoShortcodesOptions = { resolveRef: (target: string) => string | undefined }

/** Turns Hugo shortcodes in `.md` posts into MDX JSX elements and links. (Placeholder: issue 3.) */
export function remarkHugoShortcodes(_options: RemarkHugoShortcodesOptions) {
  return (_tree: Root, _file: VFile) => {}
}
