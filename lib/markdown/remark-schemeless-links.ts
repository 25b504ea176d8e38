import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { visit } from 'unist-util-visit'
import { schemelessHost } from './links'

/**
 * Warns about a link written without its scheme (`[SMI](smi-spec.org)`): Markdown reads it as a
 * relative path, so it leads to a page of this site under the post. A warning, not an error: the
 * post still builds, as it did under Hugo.
 */
export function remarkSchemelessLinks() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return
      const host = schemelessHost(node.url)
      if (!host) return
      const message = file.message(`link "${node.url}" has no scheme, so it leads to a page of this site`, {
        place: node.position,
        ruleId: 'schemeless-link',
        source: 'remark-schemeless-links',
      })
      message.note = `write https://${node.url} if ${host} is meant`
    })
  }
}
