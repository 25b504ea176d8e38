import type { Element, Properties, Root } from 'hast'
import type {} from 'mdast-util-mdx-jsx'
import type { VFile } from 'vfile'
import { sanitize } from 'hast-util-sanitize'
import { SKIP, visit } from 'unist-util-visit'
import { isLocalImageSource } from '../safe-urls'
import { PLACEHOLDER_TAG, STRIPPED_TAGS, sanitizeSchema } from './sanitize-schema'
import { isKept } from './rehype-sanitize-html'
import { quote, warnAt } from './html-warnings'

const SOURCE = 'rehype-report-removals'

// Why an element is not allowed, for the messages authors read.
const WHY: [RegExp, string, string][] = [
  [/^script$/, 'posts run no script', 'embed with a component (Tweet, YouTube, Gist…) instead'],
  [/^(style|link|meta|base|title|head)$/, "posts cannot change the page's styles or head", 'remove it; the site styles every post'],
  [/^(object|embed|applet|frame|frameset)$/, 'posts embed no plugins or frames', 'link to the page instead'],
  [/^(form|input|button|select|textarea|option)$/, 'posts hold no forms', 'link to the form instead'],
  [/^(audio|video)$/, 'posts play no media files', 'link to the file, or embed the video with <YouTube id="…" />'],
]
const OTHER: [null, string, string] = [null, 'it is not HTML posts may use', 'see lib/markdown/sanitize-schema.ts for what is allowed']

/**
 * Says what the sanitizer will take out of a post's HTML (elements, attributes, links with a
 * wrong scheme, images that are not the site's), each as a warning at its line, so `npm run
 * check` tells the author what happened. It only reports: rehype-sanitize-html removes.
 */
export function rehypeReportRemovals() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node) => {
      if (!isAllowed(node.tagName)) {
        const isStripped = STRIPPED_TAGS.includes(node.tagName)
        const [, why, hint] = WHY.find(([pattern]) => pattern.test(node.tagName)) ?? OTHER
        warnAt(file, node, `<${node.tagName}> removed${isStripped ? ' with its content' : '; its content is kept'}: ${why}`, hint, { source: SOURCE })
        // What goes with it is not worth a message of its own.
        return isStripped ? SKIP : undefined
      }
      reportAttributes(node, file)
    })
  }
}

/** An element the schema keeps (a placeholder the author wrote is not one: rehype-sanitize-html unwraps it). */
function isAllowed(tag: string): boolean {
  return tag !== PLACEHOLDER_TAG && (sanitizeSchema.tagNames ?? []).includes(tag)
}

function reportAttributes(element: Element, file: VFile): void {
  const tag = element.tagName
  const src = element.properties.src
  const isForeignImage = tag === 'img' && typeof src === 'string' && !isLocalImageSource(src)
  if (isForeignImage) warnAt(file, element, `<img> src ${quote(src)} removed: images are site paths or data:image/… URLs`, 'save the image under public/uploads/ and write its path', { source: SOURCE })
  // That src is reported; rehype-sanitize-html removes it (the schema alone would keep data:text/html).
  const properties: Properties = isForeignImage ? Object.fromEntries(Object.entries(element.properties).filter(([key]) => key !== 'src')) : element.properties
  // What the schema keeps of this element's own attributes (ancestor rules are for the tree pass).
  const kept = sanitize({ type: 'element', tagName: tag, properties, children: [] }, { ...sanitizeSchema, ancestors: {} })
  const keptProperties: Properties = kept.type === 'element' ? kept.properties : {}
  for (const [key, value] of Object.entries(properties)) {
    if (isKept(keptProperties[key]) || value === undefined || value === null) continue
    const attribute = attributeName(key)
    if (/^on/i.test(key)) warnAt(file, element, `\`${attribute}\` on <${tag}> removed: posts run no script`, 'remove the attribute', { source: SOURCE })
    else if (typeof value === 'string' && /^(href|src|cite)$/.test(key)) warnAt(file, element, `\`${attribute}\` ${quote(value)} on <${tag}> removed: links are http(s), mailto, tel or site paths`, 'write a https:// address or a site path', { source: SOURCE })
    else warnAt(file, element, `\`${attribute}\` on <${tag}> removed: it is not an attribute posts may use`, 'remove the attribute; the site styles every post', { source: SOURCE })
  }
}

/** `onClick` -> `onclick`, `className` -> `class`, `ariaLabel` -> `aria-label`: the attribute as authors write it. */
function attributeName(property: string): string {
  if (property === 'className') return 'class'
  if (property === 'htmlFor') return 'for'
  if (/^(data|aria)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
  return property.toLowerCase()
}
