import type { Root } from 'mdast'
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx'
import type { VFile } from 'vfile'
import { visit } from 'unist-util-visit'
import { COMPONENTS, COMPONENT_NAMES, SHORTCODES, isComponentName, nearestName, usage, type PropSpec } from './shortcodes'

const RULE = 'component'
const SOURCE = 'remark-check-components'

/**
 * Checks every component element, written in MDX or made from a Hugo shortcode, against the
 * table in shortcodes.ts: an unknown name (with the nearest known one), a missing or malformed
 * prop (a tweet id that is not digits, a YouTube id that is not 11 characters) and a `{…}` value
 * (which next-mdx-remote would drop silently) are errors; an unknown prop is a warning.
 * Lower-case names are HTML elements and are left alone.
 */
export function remarkCheckComponents() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') check(node, file)
    })
  }
}

function check(node: MdxJsxFlowElement | MdxJsxTextElement, file: VFile): void {
  const name = node.name
  if (!name || (/^[a-z]/.test(name) && !name.includes('.'))) return
  const hugo = node.data?.hugo
  // Messages name what the author wrote: the shortcode in .md, the tag in .mdx.
  const subject = hugo ? `\`${hugo.raw.split('\n')[0]}${hugo.raw.includes('\n') ? ' …' : ''}\`` : `<${name}>`
  const problem = (severity: 'error' | 'warning', reason: string, hint: string) => {
    const message = file.message(reason, { place: node.position, ruleId: RULE, source: SOURCE })
    message.fatal = severity === 'error'
    message.note = hint
  }
  if (!isComponentName(name)) {
    const near = nearestName(name, COMPONENT_NAMES)
    problem('error', `unknown component <${name}>`, `${near ? `did you mean <${near}>? ` : ''}known: ${COMPONENT_NAMES.join(', ')} (components/mdx-components.tsx)`)
    return
  }
  const spec = COMPONENTS[name]
  const props: Record<string, PropSpec> = spec.props
  const howTo = hugo && SHORTCODES[hugo.name.toLowerCase()] ? usage(hugo.name, SHORTCODES[hugo.name.toLowerCase()]) : `write <${name} ${requiredProps(props).map((key) => `${key}="…"`).join(' ')} />`
  const given = new Set<string>()
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problem('error', `${subject}: \`{…}\` spreads are not allowed: content never runs code`, 'write each prop as name="value"')
      continue
    }
    const key = attribute.name
    given.add(key)
    const prop = props[key]
    if (!prop) {
      const near = nearestName(key, Object.keys(props))
      problem('warning', `${subject}: <${name}> has no prop \`${key}\`; it is ignored`, near ? `did you mean \`${near}\`?` : `known: ${Object.keys(props).join(', ') || 'none'}`)
      continue
    }
    const value = attribute.value
    if (value === null || value === undefined) {
      problem('error', `${subject}: \`${key}\` has no value`, `write ${key}="…"`)
    } else if (typeof value !== 'string') {
      problem('error', `${subject}: \`${key}={…}\` is an expression, and content never runs code`, `write ${key}="…" (props are strings)`)
    } else if (prop.isRequired && value.trim() === '') {
      problem('error', `${subject}: \`${key}\` is empty`, prop.expects ? `give ${prop.expects}` : howTo)
    } else if (prop.pattern && !prop.pattern.test(value)) {
      problem('error', `${subject}: \`${key}\` "${value}" is not ${prop.expects ?? 'valid'}`, `fix the value; ${howTo}`)
    }
  }
  for (const key of requiredProps(props)) {
    if (!given.has(key)) problem('error', `${subject} is missing \`${key}\` (${props[key].expects ?? 'required'})`, howTo)
  }
  if (spec.children === 'none' && node.children.some((child) => !(child.type === 'text' && child.value.trim() === ''))) {
    problem('warning', `${subject}: <${name}> takes no content; what is inside is ignored`, `write <${name} … /> on its own`)
  }
}

function requiredProps(props: Record<string, PropSpec>): string[] {
  return Object.entries(props)
    .filter(([, prop]) => prop.isRequired)
    .map(([key]) => key)
}
