/**
 * The one check for every path recap writes from content: a post's permalink (from `url`, `slug`
 * or the title), its `aliases`, and tag and author slugs. A path passes when a browser, Next's
 * router, a static host and the file system all read it as recap does: the segments recap
 * writes are the segments a browser asks for, and each is a file name the build can write.
 *
 *   refused anywhere    `\` (browsers read it as `/`), control characters and tabs (browsers drop
 *                       them), `#` and `?` (they end the path), `%` (a browser decodes `%2e%2e` to
 *                       `..`; recap decodes escapes in `url` and `aliases` once, before this check)
 *   refused as segment  `.` and `..`
 *   refused at start    `//` and `/\` (another host to a browser), a scheme (`https:`)
 *   bounded             200 bytes per segment (file systems hold 255, and Next writes
 *                       `<segment>.segments`, `<segment>.png.body`), 1000 bytes per path
 *
 * Pages, cards, canonical URLs, the sitemap, feeds, JSON-LD, share images and alias redirects
 * are all built from paths that passed, so none of them can lead off the site. The page-bundle
 * server (and anything else that serves a path made from content) must call `checkSitePath` too.
 */

/** Bytes one segment may take: a file name is at most 255, and Next adds up to `.segments` / `.png.body`. */
export const MAX_SEGMENT_BYTES = 200
/** Bytes a whole path may take. */
export const MAX_PATH_BYTES = 1000

/** Why a path or segment is refused, and how to fix it (the caller may give a better hint). */
export type PathProblem = { reason: string; hint: string }

/** A checked path (`/a/b/`, one leading and one trailing slash), or why it is refused. */
export type CheckedPath = { ok: true; path: string } | ({ ok: false } & PathProblem)

// C0 and C1 controls, DEL, tab and newline included: browsers drop tabs and newlines from URLs.
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/
// Unpaired surrogates cannot be written as UTF-8 at all.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
// Escapes a browser would decode into a path separator or a dot segment.
const SEPARATOR_ESCAPE = /%(?:2e|2f|5c)/i

const bytes = (text: string) => Buffer.byteLength(text, 'utf8')

/** A character as an error message shows it: `\`, `#`, or its code point for invisible ones. */
function shown(char: string): string {
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(char) && !CONTROL.test(char) ? `\`${char}\`` : `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
}

/** Why one path segment (`my-post`) cannot be written, or undefined when it can. */
export function segmentProblem(segment: string, maxBytes = MAX_SEGMENT_BYTES): string | undefined {
  if (segment === '.' || segment === '..') return `\`${segment}\` is not a page name (browsers read it as a step up or here)`
  const control = CONTROL.exec(segment) ?? LONE_SURROGATE.exec(segment)
  if (control) return `it holds the invisible character ${shown(control[0])}, which browsers drop from addresses`
  if (segment.includes('\\')) return 'it holds `\\`, which browsers read as `/`'
  const cut = /[#?]/.exec(segment)
  if (cut) return `it holds ${shown(cut[0])}, which ends the path in a browser`
  if (segment.includes('%')) return 'it holds `%`, which a browser reads as the start of an escape (`%2e%2e` is `..`)'
  if (bytes(segment) > maxBytes) return `"${preview(segment)}" is ${bytes(segment)} bytes long; a page name holds at most ${maxBytes}`
  return undefined
}

/**
 * Checks a site path as recap made it (a permalink, an alias after decoding) and returns it with
 * one leading and one trailing slash. `hint` replaces the generic advice (e.g. "set slug:").
 */
export function checkSitePath(path: string, hint = 'write a path of letters, digits and - _ . ~, e.g. /2019/05/31/my-post/'): CheckedPath {
  const segments = path.split('/').filter(Boolean)
  for (const segment of segments) {
    const problem = segmentProblem(segment)
    if (problem) return { ok: false, reason: `path ${JSON.stringify(preview(path))} cannot be a page: ${problem}`, hint }
  }
  const normalised = segments.length ? `/${segments.join('/')}/` : '/'
  if (bytes(normalised) > MAX_PATH_BYTES) {
    return { ok: false, reason: `path "${preview(normalised)}" is ${bytes(normalised)} bytes long; a page path holds at most ${MAX_PATH_BYTES}`, hint }
  }
  return { ok: true, path: normalised }
}

/**
 * Reads a path an author wrote (`url:`, an `aliases` entry) the way a browser would, refuses what
 * a browser reads differently from recap, decodes `%XX` escapes once (`caf%C3%A9` is `café`),
 * then checks it as checkSitePath does. `base` is the folder a relative path is read in
 * (`old` in the post /2019/01/02/post/ is /2019/01/02/old/, as Hugo and browsers read it).
 */
export function checkWrittenPath(written: string, { hint, base }: { hint: string; base?: string }): CheckedPath {
  const refuse = (reason: string): CheckedPath => ({ ok: false, reason: `${JSON.stringify(preview(written))} ${reason}`, hint })
  const control = CONTROL.exec(written)
  if (control) return refuse(`holds the invisible character ${shown(control[0])}, which browsers drop from addresses`)
  if (/^[/\\]{2}/.test(written) || written.startsWith('/\\')) return refuse('starts with // or /\\, which a browser reads as another site')
  if (/^[a-z][a-z\d+.-]*:/i.test(written)) return refuse('is a link to another place; it must be a path on this site')
  if (written.includes('\\')) return refuse('holds `\\`, which browsers read as `/`')
  if (/[#?]/.test(written)) return refuse('holds `#` or `?`, which end the path in a browser')
  if (SEPARATOR_ESCAPE.test(written)) return refuse('holds an escaped `.`, `/` or `\\` (%2e, %2f, %5c), which a browser decodes')
  let decoded: string
  try {
    decoded = decodeURIComponent(written)
  } catch {
    return refuse('holds a `%` that is not a UTF-8 escape; write the character itself')
  }
  let resolved = decoded
  if (!decoded.startsWith('/') && base !== undefined) {
    // A browser resolves `../old` against the page; recap writes the page at the resolved path.
    const segments = base.split('/').filter(Boolean)
    for (const segment of decoded.split('/')) {
      if (segment === '..') segments.pop()
      else if (segment !== '.' && segment !== '') segments.push(segment)
    }
    resolved = `/${segments.join('/')}`
  }
  return checkSitePath(resolved, hint)
}

function preview(text: string): string {
  const chars = [...text]
  return chars.length > 60 ? `${chars.slice(0, 57).join('')}…` : text
}
