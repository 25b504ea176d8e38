import type { Element, ElementContent, Properties, Root, RootContent } from 'hast'
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx'
import { h } from 'hastscript'
import { youTubeWatchUrl } from '../video-urls'

/**
 * Turns the content components (MDX JSX elements, and the Hugo shortcodes that became them) into
 * plain HTML for feed readers, as components-contract.md's "In feeds" paragraph says: no React,
 * no scripts, every embed a link a reader can follow. Unknown component names keep their
 * children; lowercase names (`<div>`, `<details>` written in MDX) become the HTML element.
 * MDX expressions and ESM (`{…}`, import/export) are dropped, as next-mdx-remote's blockJS
 * drops them on the site.
 */
export function rehypeFeedElements() {
  return (tree: Root) => {
    tree.children = convertChildren(tree.children) as Root['children']
  }
}

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast
type Converter = (props: Record<string, string>, children: ElementContent[]) => ElementContent[]

/** The contract's elements, each as the HTML a feed reader shows. */
const CONVERTERS: Record<string, Converter> = {
  Tweet: ({ id, user }) => {
    if (!id || !/^\d+$/.test(id)) return []
    const label = user ? `Post by @${user.replace(/^@/, '')} on X` : 'View the post on X'
    return [h('blockquote', { className: ['tweet'] }, [h('p', [h('a', { href: `https://x.com/i/status/${id}` }, label)])])]
  },
  YouTube: ({ id, title, start }) => {
    if (!id) return []
    const href = youTubeWatchUrl(id, start && /^\d+$/.test(start) ? start : undefined)
    return [h('p', [h('a', { href }, title ? `${title} (YouTube)` : 'Watch on YouTube')])]
  },
  Note: ({ title }, children) => [h('aside', { className: ['note'] }, [...(title ? [h('p', [h('strong', title)])] : []), ...children])],
  Warning: ({ title }, children) => [
    h('aside', { className: ['warning'] }, [h('p', [h('strong', title || 'Warning')]), ...children]),
  ],
  Table: ({ caption }, children) => {
    const table = children.find((child): child is Element => child.type === 'element' && child.tagName === 'table')
    if (caption && table) table.children.unshift(h('caption', caption))
    else if (caption) children.unshift(h('p', caption))
    return [h('div', { className: ['table'] }, children)]
  },
  Figure: ({ src, alt, title, caption, link, width, height }, children) => {
    if (!src) return []
    const image = h('img', { src, alt: alt ?? '', width: numeric(width), height: numeric(height) })
    const captionParts: ElementContent[] = []
    const hasChildren = children.some((child) => child.type !== 'text' || child.value.trim() !== '')
    if (title) captionParts.push(h('strong', title))
    if (title && (caption || hasChildren)) captionParts.push({ type: 'text', value: ' ' })
    if (hasChildren) captionParts.push(...children)
    else if (caption) captionParts.push({ type: 'text', value: caption })
    return [h('figure', [link ? h('a', { href: link }, [image]) : image, ...(captionParts.length ? [h('figcaption', captionParts)] : [])])]
  },
  Video: ({ src, type, poster, title }) => (src ? [h('video', { controls: true, poster }, [h('source', { src, type }), h('a', { href: src }, title || 'The video')])] : []),
  ImageLink: ({ src, alt, href, width, height }) => {
    if (!src) return []
    const image = h('img', { src, alt: alt ?? '', width: numeric(width), height: numeric(height) })
    return [href ? h('a', { href }, [image]) : image]
  },
  TalkList: (_props, children) => {
    // Talk children arrive as <li> (see convertElement); anything else stays before the list.
    const items = children.filter((child) => child.type === 'element' && child.tagName === 'li')
    const rest = children.filter((child) => !items.includes(child) && !(child.type === 'text' && child.value.trim() === ''))
    return [...rest, ...(items.length ? [h('ul', { className: ['talk-list'] }, items)] : [])]
  },
  Talk: (props) => {
    const parts = talkParts(props)
    return parts.length ? [h('p', parts)] : []
  },
  // A feed shows the photos themselves (the grid's thumbnails and lightbox are the site's).
  Gallery: ({ title }, children) => [h('div', { className: ['gallery'] }, [...(title ? [h('p', [h('strong', title)])] : []), ...children])],
  GalleryImage: ({ src, alt, caption, width, height }) => {
    if (!src) return []
    const image = h('img', { src, alt: alt ?? '', width: numeric(width), height: numeric(height) })
    return [h('figure', [image, ...(caption ? [h('figcaption', caption)] : [])])]
  },
  Gist: ({ user, id, file }) => {
    if (!user || !id) return []
    const href = `https://gist.github.com/${encodeURIComponent(user)}/${encodeURIComponent(id)}${file ? `#file-${file.replace(/\./g, '-').toLowerCase()}` : ''}`
    return [h('p', [h('a', { href }, `Gist ${user}/${id}${file ? ` (${file})` : ''} on GitHub`)])]
  },
  Asciinema: ({ id }) => (id ? [h('p', [h('a', { href: `https://asciinema.org/a/${encodeURIComponent(id)}` }, `Terminal recording ${id} on asciinema.org`)])] : []),
}

/** A talk as `<a href=url>title</a>: speakers`. */
function talkParts({ title, url, speakers }: Record<string, string>): ElementContent[] {
  const label = title || url
  if (!label) return []
  const link: ElementContent = url ? h('a', { href: url }, label) : { type: 'text', value: label }
  return [link, ...(speakers ? [{ type: 'text' as const, value: `: ${speakers}` }] : [])]
}

function numeric(value: string | undefined): number | undefined {
  return value && /^\d+$/.test(value) ? Number(value) : undefined
}

/** String attributes of a JSX element; `{expression}` values and spreads are ignored, as on the site. */
function stringProps(node: JsxElement): Record<string, string> {
  const props: Record<string, string> = {}
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue
    if (typeof attribute.value === 'string') props[attribute.name] = attribute.value
    else if (attribute.value === null || attribute.value === undefined) props[attribute.name] = ''
  }
  return props
}

const ATTRIBUTE_RENAMES: Record<string, string> = { class: 'className', for: 'htmlFor' }

/**
 * A lowercase JSX element written in MDX (`<details>`) as the HTML element it names. Event
 * handlers are dropped here; the feed's sanitizer removes whatever else HTML would not allow.
 */
function htmlElement(node: JsxElement, children: ElementContent[]): Element {
  const properties: Properties = {}
  for (const [name, value] of Object.entries(stringProps(node))) {
    if (/^on/i.test(name)) continue
    const key = ATTRIBUTE_RENAMES[name] ?? name
    properties[key] = key === 'className' ? value.split(/\s+/).filter(Boolean) : value
  }
  return { type: 'element', tagName: node.name!, properties, children }
}

function isJsx(node: RootContent | ElementContent): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement'
}

function convertChildren(children: (RootContent | ElementContent)[]): (RootContent | ElementContent)[] {
  const out: (RootContent | ElementContent)[] = []
  for (const child of children) {
    if (child.type === 'mdxFlowExpression' || child.type === 'mdxTextExpression' || child.type === 'mdxjsEsm') continue
    if (isJsx(child)) {
      out.push(...convertElement(child))
      continue
    }
    if ('children' in child && Array.isArray(child.children)) {
      child.children = convertChildren(child.children) as typeof child.children
    }
    out.push(child)
  }
  return out
}

function convertElement(node: JsxElement): ElementContent[] {
  const children =
    node.name === 'TalkList'
      ? node.children.flatMap((child): ElementContent[] =>
          isJsx(child) && child.name === 'Talk' ? [h('li', talkParts(stringProps(child)))] : (convertChildren([child]) as ElementContent[]),
        )
      : (convertChildren(node.children) as ElementContent[])
  // A fragment (`<>…</>`) has no name: its children stand in its place.
  if (!node.name) return children
  const converter = Object.hasOwn(CONVERTERS, node.name) ? CONVERTERS[node.name] : undefined
  if (converter) return converter(stringProps(node), children)
  if (/^[a-z][a-z0-9-]*$/.test(node.name)) return [htmlElement(node, children)]
  return children
}
