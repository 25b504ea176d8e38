/**
 * What URLs content may use, decided the way a browser reads them: browsers drop tabs and newlines
 * anywhere in a URL and leading spaces and control characters, match the scheme in any case, and
 * take `/\host` for `//host`. So `jav&#x09;ascript:` (once the entity is decoded), ` JaVaScRiPt:`
 * and `java\nscript:` are all `javascript:` here too. One module, so the sanitizer, the component
 * prop checks and the front matter checks agree.
 */

/** Schemes a link in a post may use; anything else (javascript:, vbscript:, data:, file:…) is refused. */
export const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const

// Image types a `data:` URL may hold in <img src>. SVG in an <img> runs no script.
const DATA_IMAGE = /^data:image\/(?:png|gif|jpeg|webp|avif|svg\+xml)[;,]/i

/** The URL as a browser resolves it: without tabs and newlines, leading spaces or control characters. */
function asBrowserReads(url: string): string {
  return url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '')
}

/** The scheme of a URL, lower case (`javascript` for ` JaVa\tScript:x`), or undefined for a relative URL. */
export function urlScheme(url: string): string | undefined {
  return /^([a-z][a-z\d+.-]*):/i.exec(asBrowserReads(url))?.[1].toLowerCase()
}

/** A URL on this site: no scheme and no host (`/uploads/a.png`, `a.png`, `#top`, `?page=2`), not `//host` or `/\host`. */
export function isSiteUrl(url: string): boolean {
  const value = asBrowserReads(url)
  return urlScheme(value) === undefined && !/^[/\\]{2}/.test(value)
}

/** A URL that makes the browser ask another origin: `https://…`, `http://…` or `//host/…`. */
export function isRemoteUrl(url: string): boolean {
  const scheme = urlScheme(url)
  return scheme === 'http' || scheme === 'https' || (scheme === undefined && !isSiteUrl(url))
}

/** A link a reader may follow: a site URL, or http(s), mailto or tel. */
export function isSafeLink(url: string): boolean {
  const scheme = urlScheme(url)
  return scheme === undefined || (LINK_SCHEMES as readonly string[]).includes(scheme)
}

/** An absolute http(s) URL with a host. */
export function isWebUrl(url: string): boolean {
  if (url !== url.trim() || !/^https?:\/\//i.test(url)) return false
  try {
    return new URL(url).host !== ''
  } catch {
    return false
  }
}

/** An image source that loads nothing from another origin: a site URL or a `data:image/…` URL. */
export function isLocalImageSource(url: string): boolean {
  return isSiteUrl(url) || DATA_IMAGE.test(asBrowserReads(url))
}

