import { defaultSchema, type Schema } from 'hast-util-sanitize'

/**
 * The HTML posts may hold: what raw HTML in `.md` and lower-case JSX in `.mdx` may become. It is
 * GitHub's schema (hast-util-sanitize's default), extended and narrowed on purpose:
 *
 *   + figure, figcaption, caption, colgroup, col, mark, small, u, abbr, cite, dfn, time, wbr
 *   + img loading/decoding; img src may be a site path or a data:image/… URL (rehype-remote-images
 *     links images from other sites instead: the page would report every reader to them)
 *   + tel: links
 *   - picture and source (their srcset is not checked by scheme and may load from anywhere)
 *   - img longdesc; irc:, ircs: and xmpp: links
 *   - http(s) in img src (other sites' images: see above)
 *
 * iframes are not in the list: rehype-video-embeds turns YouTube and Vimeo iframes into the
 * click-to-play components first, and drops the rest. script, style and other elements whose
 * content is code or not meant as text go with their content; other unknown elements are
 * unwrapped. Event handlers, style attributes and classes are never allowed; ids and names get
 * the `user-content-` prefix, so a post cannot clobber the globals Next's scripts read
 * (an element with id="__next_f" would shadow `self.__next_f`).
 */

/** The element that stands in for one of our components while the tree is sanitized. */
export const PLACEHOLDER_TAG = 'recap-component'
/** Its one attribute (hast property name): a per-run token and the component's index. */
export const PLACEHOLDER_PROPERTY = 'dataRecapComponent'

const aria = ['ariaDescribedBy', 'ariaLabel', 'ariaLabelledBy']
const removedTags = new Set(['picture', 'source'])
const addedTags = ['abbr', 'caption', 'cite', 'col', 'colgroup', 'dfn', 'figcaption', 'figure', 'mark', 'small', 'time', 'u', 'wbr']

/** Elements dropped together with their content (the content is code, or not meant to be read as text). */
export const STRIPPED_TAGS = [
  'script', 'style', 'template', 'title', 'textarea', 'noscript', 'noembed', 'noframes', 'xmp', 'plaintext',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'audio', 'video', 'select', 'head', 'link', 'meta', 'base',
]

const defaults = defaultSchema.attributes ?? {}

/** The schema hast-util-sanitize applies to every post. */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []).filter((tag) => !removedTags.has(tag)), ...addedTags, PLACEHOLDER_TAG],
  attributes: {
    ...Object.fromEntries(Object.entries(defaults).filter(([tag]) => !removedTags.has(tag))),
    img: [...aria, 'src', ['loading', 'lazy', 'eager'], ['decoding', 'async', 'sync', 'auto']],
    [PLACEHOLDER_TAG]: [PLACEHOLDER_PROPERTY],
  },
  protocols: {
    cite: ['http', 'https'],
    href: ['http', 'https', 'mailto', 'tel'],
    // Site paths have no scheme and pass; data: is narrowed to images by rehype-sanitize-html.
    src: ['data'],
  },
  strip: STRIPPED_TAGS,
  allowComments: false,
  allowDoctypes: false,
}

/**
 * The same allowlist for feed HTML, where the content components are plain HTML by then
 * (rehype-feed-elements.ts): notes and warnings as asides, and classes that name what an element
 * is (`note`, `tweet`, `talk-list`, highlighted code), which feed readers may style. Nothing that
 * runs or loads is added.
 */
export const feedSanitizeSchema: Schema = {
  ...sanitizeSchema,
  // Ids went through the page's sanitizer and rehype-safe-ids already; anchors into the page must match.
  clobber: [],
  tagNames: [...(sanitizeSchema.tagNames ?? []), 'aside'],
  attributes: {
    ...sanitizeSchema.attributes,
    ...Object.fromEntries(['aside', 'blockquote', 'div', 'ul', 'code', 'span', 'pre'].map((tag) => [tag, withClasses(tag)])),
    '*': [...(sanitizeSchema.attributes?.['*'] ?? []), 'id'],
    img: [...(sanitizeSchema.attributes?.img ?? []), 'width', 'height'],
  },
}

/** An element's attributes in the page schema, with any class allowed instead of only some. */
function withClasses(tag: string): NonNullable<Schema['attributes']>[string] {
  const rules = sanitizeSchema.attributes?.[tag] ?? []
  return [...rules.filter((rule) => !(Array.isArray(rule) && rule[0] === 'className')), 'className']
}
