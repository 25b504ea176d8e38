import type { Root } from 'mdast'
import type { Node } from 'unist'
import type { VFile } from 'vfile'
import { visit } from 'unist-util-visit'

const RULE = 'mdx-code'
const SOURCE = 'remark-refuse-code'

type Estree = { body?: unknown[] } | undefined

/**
 * Refuses the parts of MDX that are JavaScript: `import`/`export`, `{…}` expressions in text and
 * between blocks, and `{…}` values and `{...spread}`s in JSX attributes, on components and HTML
 * alike. A post arrives by pull request and is built on machines that hold secrets, so it runs
 * no code. next-mdx-remote's blockJS would drop these silently (its removers run after our
 * plugins); here each one is an error at its line and column, so the author learns what happened.
 *
 * `{/* comments *\/}` hold no code and stay allowed: they are how MDX writes comments.
 */
export function remarkRefuseCode() {
  return (tree: Root, file: VFile) => {
    const refuse = (node: Node, reason: string, hint: string) => {
      const message = file.message(reason, { place: node.position, ruleId: RULE, source: SOURCE })
      message.fatal = true
      message.note = hint
    }
    visit(tree, (node) => {
      switch (node.type) {
        case 'mdxjsEsm': {
          const isImport = /^\s*import\b/.test(node.value)
          refuse(
            node,
            isImport ? '`import` in a post: posts run no code, and import nothing' : '`export` in a post: posts run no code',
            isImport
              ? 'remove the line; every component (Tweet, YouTube, Note, Figure…) is available without an import'
              : 'remove the line; put data such as the title or tags in the front matter',
          )
          break
        }
        case 'mdxFlowExpression':
        case 'mdxTextExpression': {
          if (isCommentOnly(node.data?.estree as Estree)) break
          refuse(node, `\`{${preview(node.value)}}\` is a JavaScript expression: posts run no code`, 'write the text itself; for a literal brace write \\{')
          break
        }
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement': {
          const tag = node.name ? `<${node.name}>` : 'a fragment'
          for (const attribute of node.attributes) {
            const place = attribute.position ? attribute : node
            if (attribute.type === 'mdxJsxExpressionAttribute') {
              refuse(place, `${tag}: \`{${preview(attribute.value)}}\` spreads code into attributes: posts run no code`, 'write each attribute as name="value"')
            } else if (attribute.value !== null && typeof attribute.value === 'object') {
              refuse(
                place,
                `${tag}: \`${attribute.name}={${preview(attribute.value.value)}}\` is a JavaScript expression: posts run no code`,
                `write ${attribute.name}="…" (attribute values are text)`,
              )
            }
          }
          break
        }
        default:
      }
    })
  }
}

/** `{/* a comment *\/}` or `{}`: an expression with no code in it. */
function isCommentOnly(estree: Estree): boolean {
  return estree !== undefined && Array.isArray(estree.body) && estree.body.length === 0
}

/** The expression as messages quote it: one line, cut short. */
function preview(code: string): string {
  const line = code.replace(/\s+/g, ' ').trim()
  return line.length > 40 ? `${line.slice(0, 37)}…` : line
}
