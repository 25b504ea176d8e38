import { distance } from 'fastest-levenshtein'
import type { ShortcodeCall } from './shortcode-syntax'
import { isLocalImageSource, isRemoteUrl, isSafeLink, isSiteUrl, isWebUrl } from '../safe-urls'
import { VIMEO_HASH, VIMEO_ID, YOUTUBE_ID } from '../video-urls'
import type { SiteShortcode } from '../content/site-shortcodes'

/**
 * The name tables: which components content may use (MDX tags, and what Hugo shortcodes become),
 * their string props, and how each Hugo shortcode maps onto them. components/mdx-components.tsx
 * maps every component name here to a React component (a unit test keeps the two in step).
 */

/** What one prop accepts. Every prop is a string: next-mdx-remote strips `{…}` expressions. */
export type PropSpec = {
  isRequired?: boolean
  /** Values that are not this shape are errors. */
  pattern?: RegExp
  /** Values this refuses are errors too: URLs checked by scheme (lib/safe-urls.ts). */
  accepts?: (value: string) => boolean
  /** A warning about an accepted value, when there is one to give. */
  advise?: (value: string) => { reason: string; hint: string } | undefined
  /** What the value must be, for messages: 'the tweet id: digits only'. */
  expects?: string
}

/** A component authors may write. */
export type ComponentSpec = {
  /** The `data-component` value on its root element. */
  kebab: string
  props: Record<string, PropSpec>
  /** 'markdown': wraps Markdown; 'talks': a list of links or <Talk> elements; 'images': a list of images; 'none': empty. */
  children: 'none' | 'markdown' | 'talks' | 'images'
}

const DIGITS = /^\d+$/
// Pages load images from the site itself: one from another site would tell it about every reader
// (and the Content-Security-Policy blocks it). An http(s) image is shown as a link to it instead.
const imageSource: PropSpec = {
  isRequired: true,
  accepts: (value) => isLocalImageSource(value) || isRemoteUrl(value),
  advise: (value) => (isRemoteUrl(value) ? REMOTE_IMAGE : undefined),
  expects: 'an image path, e.g. /uploads/stage.jpg',
}

/** The warning for an image on another site, wherever a post has one. */
export const REMOTE_IMAGE = {
  reason: 'is on another site: the page links to it instead of loading it, since loading it would tell that site about every reader',
  hint: 'save the image under public/uploads/ and write its path, e.g. /uploads/photo.jpg',
}
// Filled from the image file by rehype-image-size when the author gives neither.
const imageSize = {
  width: { pattern: DIGITS, expects: 'a width in pixels' },
  height: { pattern: DIGITS, expects: 'a height in pixels' },
}

/** Every component content may use, by the name authors type. */
export const COMPONENTS = {
  Tweet: {
    kebab: 'tweet',
    props: {
      id: { isRequired: true, pattern: /^\d{1,25}$/, expects: 'the tweet id: digits only, e.g. 1130789969293991936' },
      user: { pattern: /^@?\w{1,50}$/, expects: 'the author handle, e.g. linkerd' },
    },
    children: 'none',
  },
  YouTube: {
    kebab: 'you-tube',
    props: {
      id: { isRequired: true, pattern: YOUTUBE_ID, expects: 'the video id: 11 characters of A-Z a-z 0-9 _ -, e.g. Z3nfLI3z0hc' },
      title: {},
      start: { pattern: DIGITS, expects: 'a start time in whole seconds, e.g. 90' },
      end: { pattern: DIGITS, expects: 'an end time in whole seconds, e.g. 300' },
    },
    children: 'none',
  },
  Note: { kebab: 'note', props: { title: {} }, children: 'markdown' },
  Warning: { kebab: 'warning', props: { title: {} }, children: 'markdown' },
  Figure: {
    kebab: 'figure',
    props: {
      src: imageSource,
      alt: {},
      title: {},
      caption: {},
      link: { accepts: isSafeLink, expects: 'a link: https://…, a site path such as /2019/05/18/post/, or mailto:' },
      ...imageSize,
    },
    // Optional: a caption written in Markdown (what a Hugo figure's caption and attr become).
    children: 'markdown',
  },
  ImageLink: {
    kebab: 'image-link',
    props: {
      src: imageSource,
      alt: { isRequired: true, expects: 'a description of the image' },
      href: { isRequired: true, pattern: /^\/(?!\/)/, accepts: isSiteUrl, expects: "a post's permalink, e.g. /2019/05/18/linkerd-benchmarks/" },
      ...imageSize,
    },
    children: 'none',
  },
  TalkList: { kebab: 'talk-list', props: { event: {} }, children: 'talks' },
  Talk: {
    kebab: 'talk',
    props: {
      title: { isRequired: true, expects: "the talk's title" },
      url: { isRequired: true, accepts: isWebUrl, expects: 'the recording URL, e.g. https://www.youtube.com/watch?v=Z3nfLI3z0hc' },
      speakers: { expects: 'the speakers as written, e.g. "Ben Lambert, Just Football & Kevin Lingerfelt, Buoyant"' },
      start: { pattern: DIGITS, expects: 'a start time in whole seconds' },
    },
    children: 'none',
  },
  Gist: {
    kebab: 'gist',
    props: {
      user: { isRequired: true, pattern: /^[\w-]+$/, expects: 'the GitHub user name' },
      id: { isRequired: true, pattern: /^[\da-f]+$/i, expects: 'the gist id (hexadecimal)' },
      file: {},
    },
    children: 'none',
  },
  Asciinema: {
    kebab: 'asciinema',
    props: { id: { isRequired: true, pattern: /^\w+$/, expects: 'the recording id, e.g. 227055' } },
    children: 'none',
  },
  Table: { kebab: 'table', props: { caption: {} }, children: 'markdown' },
  Gallery: {
    kebab: 'gallery',
    props: {
      folder: { pattern: /^\/(?!\/)[^?#]*$/, accepts: isSiteUrl, expects: 'a folder under public/, e.g. /uploads/lisbon/' },
      title: {},
    },
    children: 'images',
  },
  GalleryImage: {
    kebab: 'gallery-image',
    props: {
      src: { isRequired: true, accepts: isLocalImageSource, expects: 'an image on this site, e.g. /uploads/lisbon/table.jpg' },
      alt: {},
      caption: {},
      ...imageSize,
    },
    children: 'none',
  },
  Vimeo: {
    kebab: 'vimeo',
    props: {
      id: { isRequired: true, pattern: VIMEO_ID, expects: 'the video id: digits, e.g. 76979871' },
      hash: { pattern: VIMEO_HASH, expects: "an unlisted video's hash: the h= of its player URL" },
      title: {},
    },
    children: 'none',
  },
  Video: {
    kebab: 'video',
    props: {
      // The site's own file: a video from elsewhere would tell that site about every reader.
      src: { isRequired: true, accepts: (value) => isSiteUrl(value), expects: 'a video file of this site, e.g. clip.webm beside the post or /uploads/clip.mp4' },
      type: { pattern: /^(video|audio)\/[\w.+-]+$/, expects: 'a media type, e.g. video/webm' },
      poster: { accepts: (value) => isSiteUrl(value), expects: 'an image of this site' },
      title: {},
      width: { pattern: DIGITS, expects: 'a width in pixels' },
      height: { pattern: DIGITS, expects: 'a height in pixels' },
    },
    children: 'none',
  },
} as const satisfies Record<string, ComponentSpec>

/** A name in COMPONENTS. */
export type ComponentName = keyof typeof COMPONENTS

/** The names of every component, for messages. */
export const COMPONENT_NAMES = Object.keys(COMPONENTS) as ComponentName[]

/** Whether `name` is a component content may use. */
export function isComponentName(name: string): name is ComponentName {
  return Object.hasOwn(COMPONENTS, name)
}

/** How one Hugo shortcode maps onto a component (or, for ref/relref, onto a link). */
export type ShortcodeSpec = {
  /** The component it becomes; none for ref/relref, which become the target's permalink. */
  component?: ComponentName
  /** Takes content and a closing tag: `{{< note >}}…{{< /note >}}`. */
  isPaired: boolean
  /** Accepted positional forms, by how many values are given: the props they fill, in order. */
  positional: string[][]
  /** Named parameters -> the prop they fill; null for Hugo parameters that are known but unused here. */
  named: Record<string, string | null>
}

/** Every Hugo shortcode the plugin understands, by name. */
export const SHORTCODES: Record<string, ShortcodeSpec> = {
  tweet: { component: 'Tweet', isPaired: false, positional: [['id'], ['user', 'id']], named: { id: 'id', user: 'user' } },
  x: { component: 'Tweet', isPaired: false, positional: [['id'], ['user', 'id']], named: { id: 'id', user: 'user' } },
  youtube: {
    component: 'YouTube',
    isPaired: false,
    positional: [['id']],
    named: {
      id: 'id',
      title: 'title',
      start: 'start',
      end: 'end',
      autoplay: null,
      class: null,
      loading: null,
      allowFullScreen: null,
      controls: null,
      mute: null,
      loop: null,
    },
  },
  note: { component: 'Note', isPaired: true, positional: [[], ['title']], named: { title: 'title' } },
  warning: { component: 'Warning', isPaired: true, positional: [[], ['title']], named: { title: 'title' } },
  fig: {
    component: 'Figure',
    isPaired: false,
    positional: [],
    named: {
      src: 'src',
      alt: 'alt',
      title: 'title',
      caption: 'caption',
      link: 'link',
      width: 'width',
      height: 'height',
      class: null,
      attr: 'attr',
      attrlink: 'attrlink',
      target: null,
      rel: null,
      loading: null,
    },
  },
  gist: { component: 'Gist', isPaired: false, positional: [['user', 'id'], ['user', 'id', 'file']], named: {} },
  asciinema: { component: 'Asciinema', isPaired: false, positional: [['id']], named: { id: 'id' } },
  table: { component: 'Table', isPaired: true, positional: [[]], named: { caption: 'caption', class: null } },
  ref: { isPaired: false, positional: [['path']], named: { path: 'path', lang: null, outputFormat: null } },
  relref: { isPaired: false, positional: [['path']], named: { path: 'path', lang: null, outputFormat: null } },
  vimeo: { component: 'Vimeo', isPaired: false, positional: [['id']], named: { id: 'id', title: 'title', class: null } },
  // `{{< gallery >}}` + a list of images + `{{< /gallery >}}`, or `{{< gallery dir="/uploads/x/" />}}`.
  gallery: { component: 'Gallery', isPaired: true, positional: [[]], named: { dir: 'folder', folder: 'folder', title: 'title', class: null } },
}
// Hugo's own `figure` takes the same parameters as the `fig` shortcodes themes ship; its caption
// and attribution are Markdown (remark-hugo-shortcodes.ts renders them as the figure's children).
SHORTCODES.figure = SHORTCODES.fig
// Hugo's name for `tweet` before 0.141 brought `x`.
SHORTCODES.twitter = SHORTCODES.tweet

/** Every shortcode name, for messages. */
export const SHORTCODE_NAMES = Object.keys(SHORTCODES)

/** The closest of `candidates` to `name`, when it is close enough to be a likely typo. */
export function nearestName(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const d = distance(name.toLowerCase(), candidate.toLowerCase())
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined
}

/** One problem with a call's parameters. */
export type ParamProblem = { severity: 'error' | 'warning'; reason: string; hint: string }

/** The props a call gives its component, and what was wrong with its parameters. */
export type MappedCall = { props: [string, string][]; problems: ParamProblem[] }

/** Maps a call's parameters onto props by the shortcode's spec. Unknown parameters are warnings. */
export function mapShortcodeParams(call: ShortcodeCall, spec: ShortcodeSpec): MappedCall {
  const props: [string, string][] = []
  const problems: ParamProblem[] = []
  const shown = `{{< ${call.name} >}}`
  const positional = call.params.filter((param) => param.key === undefined)
  if (positional.length > 0) {
    const form = spec.positional.find((names) => names.length === positional.length)
    if (!form) {
      const counts = spec.positional.map((names) => names.length).filter((n) => n > 0)
      problems.push({
        severity: 'error',
        reason: `\`${shown}\` takes ${counts.length === 0 ? 'no positional values' : `${counts.join(' or ')} positional value${counts.at(-1) === 1 ? '' : 's'}`}, not ${positional.length}`,
        hint: usage(call.name, spec),
      })
    } else {
      form.forEach((prop, index) => props.push([prop, positional[index].value]))
    }
  }
  for (const param of call.params) {
    if (param.key === undefined) continue
    const key = Object.keys(spec.named).find((known) => known.toLowerCase() === param.key!.toLowerCase())
    if (key === undefined) {
      const near = nearestName(param.key, Object.keys(spec.named))
      problems.push({
        severity: 'warning',
        reason: `\`${shown}\` has no parameter \`${param.key}\`; it is ignored`,
        hint: near ? `did you mean \`${near}\`?` : `known: ${Object.keys(spec.named).join(', ') || 'none'}`,
      })
      continue
    }
    const prop = spec.named[key]
    if (prop) props.push([prop, param.value])
  }
  return { props, problems }
}

/** How to call a shortcode, for hints. */
export function usage(name: string, spec: ShortcodeSpec): string {
  const forms = spec.positional.filter((names) => names.length > 0).map((names) => `{{< ${name} ${names.map((n) => n.toUpperCase()).join(' ')} >}}`)
  const named = Object.entries(spec.named).filter(([, prop]) => prop)
  if (named.length > 0) forms.push(`{{< ${name} ${named.map(([key]) => `${key}="…"`).join(' ')} >}}`)
  if (forms.length === 0) forms.push(`{{< ${name} >}}`)
  return `write ${forms.join(' or ')}${spec.isPaired ? ` … {{< /${name} >}}` : ''}`
}

/** The MDX an author writes instead of a call in an .mdx file. */
export function jsxFor(call: ShortcodeCall, resolveRef?: (target: string) => string | undefined): string {
  const spec = SHORTCODES[call.name.toLowerCase()]
  if (!spec) return 'an MDX component (no component matches this shortcode)'
  if (!spec.component) {
    const { props } = mapShortcodeParams(call, spec)
    const target = props.find(([prop]) => prop === 'path')?.[1] ?? ''
    const url = resolveRef?.(target)
    return url ? `the address itself: ${url}` : `the post's address (/YYYY/MM/DD/slug/) in place of the ref to "${target}"`
  }
  if (call.isClosing) return `</${spec.component}>`
  const { props } = mapShortcodeParams(call, spec)
  const attributes = props.map(([name, value]) => ` ${name}="${value.replaceAll('"', '&quot;')}"`).join('')
  return spec.isPaired && !call.isSelfClosing ? `<${spec.component}${attributes}>` : `<${spec.component}${attributes} />`
}

/** A site shortcode content/shortcodes.yml maps to a component, as a spec: parameters become props of the same name unless mapped. */
export function siteSpec(site: Extract<SiteShortcode, { kind: 'component' }>): ShortcodeSpec {
  const component = site.component as NonNullable<ShortcodeSpec['component']>
  const props = Object.keys(COMPONENTS[component].props)
  const named: Record<string, string | null> = Object.fromEntries(props.map((prop) => [prop, prop]))
  for (const [param, prop] of Object.entries(site.params)) named[param] = prop
  // Figures take their caption from parameters; the others wrap what is between their tags.
  return { component, isPaired: COMPONENTS[component].children !== 'none' && component !== 'Figure', positional: [[], site.positional], named }
}
