import { randomUUID } from 'node:crypto'
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast'
import type { MdxJsxAttribute, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx'
import type { VFile } from 'vfile'
import { sanitize } from 'hast-util-sanitize'
import { h } from 'hastscript'
import { COMPONENTS, REMOTE_IMAGE, isComponentName } from './shortcodes'
import { PLACEHOLDER_PROPERTY, PLACEHOLDER_TAG, STRIPPED_TAGS, sanitizeSchema } from './sanitize-schema'
import { isLocalImageSource, isRemoteUrl } from '../safe-urls'

const RULE = 'html'
const SOURCE = 'rehype-sanitize-html'
const CLOBBER_PREFIX = sanitizeSchema.clobberPrefix ?? 'user-content-'
const CLOBBERED = new Set(sanitizeSchema.clobber ?? [])

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast
type Parent = Root | Element | JsxElement
type Child = RootContent | ElementContent

/**
 * Sanitizes the HTML of a post with an allowlist (lib/markdown/sanitize-schema.ts), so no script
 * from a post ever runs in a reader's browser, and nothing loads from another site:
 *
 * 1. Lower-case JSX in `.mdx` (`<div>`, `<a href>`, `<script>`) is HTML too: it becomes plain
 *    elements, sanitized like raw HTML in `.md` (which rehype-raw has parsed before this runs).
 * 2. YouTube and Vimeo iframes become the click-to-play <YouTube>/<Vimeo> components (nothing
 *    loads before the reader asks); other iframes go.
 * 3. What the schema will remove is reported at its line as a warning, so `npm run check` says
 *    what happened. An image from another site becomes a link to it (loading it would report
 *    every reader to that site, and the Content-Security-Policy blocks it anyway).
 * 4. hast-util-sanitize drops node types it does not know, our component elements among them;
 *    each one is swapped for a placeholder element carrying a token made for this run, so its
 *    content is sanitized while the element itself survives, and is put back afterwards with
 *    only the props its spec lists (their values were checked in remark-check-components).
 *    Authors cannot forge a placeholder: they do not know the token.
 *
 * It runs first among the rehype plugins, so the ids, classes and links our own plugins add
 * later (heading anchors, highlighting) are not touched.
 */
export function rehypeSanitizeHtml() {
  return (tree: Root, file: VFile): Root => {
    htmlFromJsx(tree)
    embedVideos(tree, file)
    reportRemovals(tree, file)
    const token = randomUUID()
    const stash = protectComponents(tree, token)
    unprefixClobbered(tree)
    const clean = sanitize(tree, sanitizeSchema)
    const root: Root = clean.type === 'root' ? clean : { type: 'root', children: [] }
    // Also drops the list attributes the sanitizer left empty.
    restoreComponents(root, token, stash)
    linkClobberedAnchors(root)
    return root
  }
}

// --- 1. JSX written in lower case is HTML --------------------------------------------------------

function isJsx(node: { type: string }): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement'
}

/** `<div>`, `<iframe>`, `<svg:rect>`: an HTML name. `<Note>` and `<motion.div>` are components (checked in remark). */
function isHtmlName(name: string): boolean {
  return /^[a-z]/.test(name) && !name.includes('.')
}

function htmlFromJsx(parent: Parent): void {
  const children = parent.children as Child[]
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    if (isJsx(child) && child.name === null) {
      // A fragment `<>…</>`: its children take its place.
      children.splice(index, 1, ...(child.children as Child[]))
      index--
      continue
    }
    if (isJsx(child) && isHtmlName(child.name!)) {
      const element = toElement(child)
      children[index] = element
      htmlFromJsx(element)
      continue
    }
    if ('children' in child) htmlFromJsx(child as Parent)
  }
}

function toElement(node: JsxElement): Element {
  const properties: Record<string, string | boolean> = {}
  for (const attribute of node.attributes) {
    // `{…}` values and spreads are errors (remark-refuse-code); they never become attributes.
    if (attribute.type !== 'mdxJsxAttribute') continue
    if (attribute.value === null || attribute.value === undefined) properties[attribute.name] = true
    else if (typeof attribute.value === 'string') properties[attribute.name] = attribute.value
  }
  // hastscript maps JSX and HTML attribute names alike (className/class, htmlFor/for) to properties.
  const made = h(node.name!.toLowerCase(), properties)
  return { type: 'element', tagName: made.tagName, properties: made.properties, children: node.children as ElementContent[], position: node.position }
}

// --- 2. Video iframes become click-to-play components --------------------------------------------

type Video = { component: 'YouTube' | 'Vimeo'; props: Record<string, string>; watchUrl: string; label: string }

const YOUTUBE_HOSTS = new Set(['www.youtube.com', 'youtube.com', 'm.youtube.com', 'www.youtube-nocookie.com', 'youtube-nocookie.com'])

/** The video an iframe's src embeds, when it is a YouTube or Vimeo player. */
export function videoOf(src: string, title?: string): Video | undefined {
  if (!isRemoteUrl(src)) return undefined
  let url: URL
  try {
    url = new URL(src.trim(), 'https://invalid.invalid')
  } catch {
    return undefined
  }
  const label = title?.trim() ?? ''
  const withTitle = (props: Record<string, string>) => (label ? { ...props, title: label } : props)
  const youtube = YOUTUBE_HOSTS.has(url.hostname) ? /^\/embed\/([^/]+)\/?$/.exec(url.pathname)?.[1] : undefined
  if (youtube !== undefined && COMPONENTS.YouTube.props.id.pattern.test(youtube)) {
    const props: Record<string, string> = { id: youtube }
    for (const key of ['start', 'end'] as const) {
      const value = url.searchParams.get(key)
      if (value && /^\d+$/.test(value)) props[key] = value
    }
    return { component: 'YouTube', props: withTitle(props), watchUrl: `https://www.youtube.com/watch?v=${youtube}`, label: label || 'Video on YouTube' }
  }
  const vimeo = url.hostname === 'player.vimeo.com' ? /^\/video\/(\d{1,20})\/?$/.exec(url.pathname)?.[1] : undefined
  if (vimeo !== undefined) {
    const props: Record<string, string> = { id: vimeo }
    const hash = url.searchParams.get('h')
    if (hash && COMPONENTS.Vimeo.props.hash.pattern.test(hash)) props.hash = hash
    return { component: 'Vimeo', props: withTitle(props), watchUrl: `https://vimeo.com/${vimeo}${props.hash ? `/${props.hash}` : ''}`, label: label || 'Video on Vimeo' }
  }
  return undefined
}

function embedVideos(parent: Parent, file: VFile, inParagraph = false): void {
  const children = parent.children as Child[]
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    if (child.type === 'element' && child.tagName === 'iframe') {
      const src = typeof child.properties.src === 'string' ? child.properties.src : ''
      const video = videoOf(src, typeof child.properties.title === 'string' ? child.properties.title : undefined)
      if (!video) {
        warn(file, child, `<iframe>${src ? ` of ${quote(src)}` : ''} removed: only YouTube and Vimeo videos can be embedded`, 'write <YouTube id="…" /> for a YouTube video, or link to the page')
        children.splice(index--, 1)
        continue
      }
      // A player is a block; inside a paragraph a plain link keeps the HTML valid.
      children[index] = inParagraph
        ? { type: 'element', tagName: 'a', properties: { href: video.watchUrl }, children: [{ type: 'text', value: video.label }], position: child.position }
        : component(video.component, video.props, child)
      continue
    }
    if ('children' in child) embedVideos(child as Parent, file, inParagraph || (child.type === 'element' && child.tagName === 'p') || child.type === 'mdxJsxTextElement')
  }
}

function component(name: string, props: Record<string, string>, from: Element): MdxJsxFlowElementHast {
  const attributes: MdxJsxAttribute[] = Object.entries(props).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value }))
  return { type: 'mdxJsxFlowElement', name, attributes, children: [], position: from.position }
}

// --- 3. Say what goes --------------------------------------------------------------------------

// Why an element is not allowed, for the messages authors read.
const WHY: [RegExp, string, string][] = [
  [/^script$/, 'posts run no script', 'embed with a component (Tweet, YouTube, Gist…) instead'],
  [/^(style|link|meta|base|title|head)$/, "posts cannot change the page's styles or head", 'remove it; the site styles every post'],
  [/^(object|embed|applet|frame|frameset)$/, 'posts embed no plugins or frames', 'link to the page instead'],
  [/^(form|input|button|select|textarea|option)$/, 'posts hold no forms', 'link to the form instead'],
  [/^(audio|video)$/, 'posts play no media files', 'link to the file, or embed the video with <YouTube id="…" />'],
]

function reportRemovals(parent: Parent, file: VFile, inLink = false): void {
  for (const child of parent.children as Child[]) {
    if (child.type === 'element') {
      if (child.tagName === 'img') linkRemoteImage(child, file, inLink)
      if (!reportElement(child, file)) continue
    }
    if ('children' in child) reportRemovals(child as Parent, file, inLink || (child.type === 'element' && child.tagName === 'a'))
  }
}

/**
 * An <img> from another site becomes a link to it (or, inside a link, its description): loading
 * it would tell that site about every reader, and the Content-Security-Policy blocks it.
 */
function linkRemoteImage(image: Element, file: VFile, inLink: boolean): void {
  const src = image.properties.src
  if (typeof src !== 'string' || !isRemoteUrl(src)) return
  const message = file.message(`image ${quote(src)} ${REMOTE_IMAGE.reason}`, { place: image.position, ruleId: 'remote-image', source: SOURCE })
  message.note = REMOTE_IMAGE.hint
  const alt = typeof image.properties.alt === 'string' && image.properties.alt.trim() ? image.properties.alt.trim() : 'An image'
  let host = ''
  try {
    host = new URL(src, 'https://invalid.invalid').host
  } catch {
    // Shown without the host.
  }
  const text: ElementContent = { type: 'text', value: `${alt}${host ? ` (image on ${host})` : ''}` }
  Object.assign(image, inLink ? { tagName: 'span', properties: {}, children: [text] } : { tagName: 'a', properties: { href: src }, children: [text] })
}

/** Reports what the schema removes from one element; false when its content goes too. */
function reportElement(element: Element, file: VFile): boolean {
  const tag = element.tagName
  if (tag === PLACEHOLDER_TAG || !(sanitizeSchema.tagNames ?? []).includes(tag)) {
    const isStripped = STRIPPED_TAGS.includes(tag)
    const [, why, hint] = WHY.find(([pattern]) => pattern.test(tag)) ?? [null, 'it is not HTML posts may use', 'see lib/markdown/sanitize-schema.ts for what is allowed']
    warn(file, element, `<${tag}> removed${isStripped ? ' with its content' : '; its content is kept'}: ${why}`, hint)
    return !isStripped
  }
  const src = element.properties.src
  if (tag === 'img' && typeof src === 'string' && !isLocalImageSource(src)) {
    delete element.properties.src
    warn(file, element, `<img> src ${quote(src)} removed: images are site paths or data:image/… URLs`, 'save the image under public/uploads/ and write its path')
  }
  // What the schema keeps of this element's own attributes (ancestor rules are for the tree pass).
  const kept = sanitize({ type: 'element', tagName: tag, properties: element.properties, children: [] }, { ...sanitizeSchema, ancestors: {} })
  const keptProperties: Properties = kept.type === 'element' ? kept.properties : {}
  for (const [key, value] of Object.entries(element.properties)) {
    if (isKept(keptProperties[key]) || value === undefined || value === null) continue
    const attribute = attributeName(key)
    if (/^on/i.test(key)) warn(file, element, `\`${attribute}\` on <${tag}> removed: posts run no script`, 'remove the attribute')
    else if (typeof value === 'string' && /^(href|src|cite)$/.test(key)) warn(file, element, `\`${attribute}\` ${quote(value)} on <${tag}> removed: links are http(s), mailto, tel or site paths`, 'write a https:// address or a site path')
    else warn(file, element, `\`${attribute}\` on <${tag}> removed: it is not an attribute posts may use`, 'remove the attribute; the site styles every post')
  }
  return true
}

/** A value the sanitizer kept: for lists (class="a b"), at least one item of it. */
function isKept(value: Properties[string]): boolean {
  return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)
}

function warn(file: VFile, node: { position?: Element['position'] }, reason: string, hint: string): void {
  const message = file.message(reason, { place: node.position, ruleId: RULE, source: SOURCE })
  message.note = hint
}

/** `onClick` -> `onclick`, `className` -> `class`, `ariaLabel` -> `aria-label`: the attribute as authors write it. */
function attributeName(property: string): string {
  if (property === 'className') return 'class'
  if (property === 'htmlFor') return 'for'
  if (/^(data|aria)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
  return property.toLowerCase()
}

/** A value as messages quote it: JSON, cut short. */
function quote(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value)
}

// --- 4. Our components survive the sanitizer -----------------------------------------------------

type Stashed = Omit<JsxElement, 'children'>

function protectComponents(parent: Parent, token: string): Stashed[] {
  const stash: Stashed[] = []
  const walk = (node: Parent) => {
    const children = node.children as Child[]
    for (let index = 0; index < children.length; index++) {
      const child = children[index]
      if (isJsx(child)) {
        const { children: inner, ...rest } = child
        const placeholder: Element = {
          type: 'element',
          tagName: PLACEHOLDER_TAG,
          properties: { [PLACEHOLDER_PROPERTY]: `${token}:${stash.length}` },
          children: inner as ElementContent[],
        }
        stash.push(rest)
        children[index] = placeholder
        walk(placeholder)
        continue
      }
      if ('children' in child) walk(child as Parent)
    }
  }
  walk(parent)
  return stash
}

function restoreComponents(parent: Parent, token: string, stash: Stashed[]): void {
  const children = parent.children as Child[]
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    if (child.type !== 'element') continue
    // A list attribute whose every item was refused (class="evil" on a link) is left empty: drop it.
    for (const [key, value] of Object.entries(child.properties)) if (!isKept(value)) delete child.properties[key]
    restoreComponents(child, token, stash)
    if (child.tagName !== PLACEHOLDER_TAG) continue
    const [given, position] = String(child.properties[PLACEHOLDER_PROPERTY] ?? '').split(':')
    const original = given === token ? stash[Number(position)] : undefined
    if (!original) {
      // Written by the author, not made by us: keep only its content.
      children.splice(index, 1, ...child.children)
      index += child.children.length - 1
      continue
    }
    const known = original.name && isComponentName(original.name) ? COMPONENTS[original.name].props : {}
    // Props the spec does not list were reported as warnings in remark; here they go.
    const attributes = original.attributes.filter((attribute) => attribute.type === 'mdxJsxAttribute' && Object.hasOwn(known, attribute.name) && typeof attribute.value === 'string')
    children[index] = { ...original, attributes, children: child.children } as JsxElement
  }
}

// --- ids and names ---------------------------------------------------------------------------

/**
 * The sanitizer prefixes ids and names even when they carry the prefix already (GFM footnotes
 * come from remark-rehype with it), so take it off first: every id ends up prefixed once.
 */
function unprefixClobbered(parent: Parent): void {
  for (const child of parent.children as Child[]) {
    if (child.type === 'element') {
      for (const key of CLOBBERED) {
        const value = child.properties[key]
        if (typeof value === 'string') child.properties[key] = unprefix(value)
        else if (Array.isArray(value)) child.properties[key] = value.map((item) => (typeof item === 'string' ? unprefix(item) : item))
      }
    }
    if ('children' in child) unprefixClobbered(child as Parent)
  }
}

function unprefix(value: string): string {
  return value.startsWith(CLOBBER_PREFIX) ? value.slice(CLOBBER_PREFIX.length) : value
}

/** `[see below](#details)` still leads to `<div id="details">`, now `user-content-details`. */
function linkClobberedAnchors(root: Root): void {
  const ids = new Set<string>()
  const links: Element[] = []
  const walk = (parent: Parent) => {
    for (const child of parent.children as Child[]) {
      if (child.type === 'element') {
        for (const key of ['id', 'name']) {
          const value = child.properties[key]
          if (typeof value === 'string' && value.startsWith(CLOBBER_PREFIX)) ids.add(value)
        }
        if (child.tagName === 'a' && typeof child.properties.href === 'string' && child.properties.href.startsWith('#')) links.push(child)
      }
      if ('children' in child) walk(child as Parent)
    }
  }
  walk(root)
  for (const link of links) {
    const target = String(link.properties.href).slice(1)
    if (!target.startsWith(CLOBBER_PREFIX) && ids.has(CLOBBER_PREFIX + target)) link.properties.href = `#${CLOBBER_PREFIX}${target}`
  }
}
