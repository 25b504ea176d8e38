// @ts-check
/**
 * The HTTP headers every response of the site carries: one list, read by next.config.js (for
 * `next start` and Vercel) and by the static export (tools/static-export/build.ts writes out/_headers;
 * vercel.json holds the same list, and a unit test keeps it in step). Plain JavaScript so
 * next.config.js can import it; it reads no content and no site constants.
 */

/**
 * The Content-Security-Policy, directive by directive. It allows what the pages actually load:
 * the site's own scripts, styles, fonts and images (data: for images that posts inline), and the
 * two video players a reader can start (nothing else is framed; nothing is fetched elsewhere).
 *
 * Scripts need 'unsafe-inline': pages are static (prerendered, or files in a static export), so
 * they cannot carry a per-request nonce, and Next writes each page's React Server Components
 * payload as inline <script>self.__next_f.push(…)</script> elements that differ on every page, so
 * no fixed list of hashes can allow them. (The theme's constant inline script in <head> could be
 * allowed by its hash, but a hash in script-src makes browsers ignore 'unsafe-inline', which
 * would block Next's payload scripts; so there is none.) What keeps script out is upstream:
 * posts run no code at build time and the HTML of posts is sanitized (lib/markdown/), so no
 * script of an author's reaches a page. Everything else is locked down.
 *
 * @param {{ isDevelopment?: boolean }} [options] `next dev` also needs eval (React's dev tools)
 *   and inline styles (Next's error overlay).
 * @returns {Record<string, string[]>}
 */
export function contentSecurityPolicyDirectives({ isDevelopment = false } = {}) {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(isDevelopment ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", ...(isDevelopment ? ["'unsafe-inline'"] : [])],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'media-src': ["'self'"],
    // The click-to-play <YouTube> and <Vimeo> players, and nothing else.
    'frame-src': ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  }
}

/**
 * The policy as one header value.
 * @param {{ isDevelopment?: boolean }} [options]
 * @returns {string}
 */
export function contentSecurityPolicy(options) {
  return Object.entries(contentSecurityPolicyDirectives(options))
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ')
}

// Powerful features no page uses, off for the site and anything it frames. Only features
// Chromium knows: an unknown one is a console error on every page.
const PERMISSIONS_OFF = [
  'accelerometer',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
]

/**
 * Every security header, in order. HSTS only for production: in `next dev` and on plain-HTTP
 * test servers it would only pin a browser to HTTPS for a host that does not serve it.
 *
 * @param {{ isDevelopment?: boolean, isProduction?: boolean }} [options]
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders({ isDevelopment = false, isProduction = !isDevelopment } = {}) {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ isDevelopment }) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: PERMISSIONS_OFF.map((feature) => `${feature}=()`).join(', ') },
    // For browsers without CSP frame-ancestors.
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    ...(isProduction ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ]
}

/**
 * Files under public/ that a browser runs as a document when one is opened by its URL
 * (`/uploads/x.svg`): SVG, HTML and XML in their forms. Images in <img> never run script; these
 * do when opened directly, on the site's origin, under the site's policy, which has to allow
 * inline scripts for Next's pages. PDF is left out: browsers show it in a viewer of their own,
 * which runs nothing on the site's origin (and a sandboxed PDF would not show at all).
 */
/** @type {string[]} */
export const ACTIVE_FILE_EXTENSIONS = ['svg', 'svgz', 'html', 'htm', 'shtml', 'xhtml', 'xht', 'xml', 'xsl', 'xslt', 'rss', 'atom', 'mml']

/**
 * The policy for those files: nothing loads but the site's images, styles may be inline (SVG
 * styles itself), and `sandbox` gives the document an origin of its own with scripts, forms,
 * popups and plugins off, whatever the file holds.
 * @returns {string}
 */
export function fileContentSecurityPolicy() {
  return "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox"
}

/**
 * The headers of files a browser would run (ACTIVE_FILE_EXTENSIONS). They are sent after the
 * site's headers, so where a host lets the later rule win (Next, Vercel) this policy replaces the
 * site's, and where it joins both (Netlify, Cloudflare Pages) the browser enforces both: either
 * way, the sandbox holds.
 * @returns {{ key: string, value: string }[]}
 */
export function fileHeaders() {
  return [
    { key: 'Content-Security-Policy', value: fileContentSecurityPolicy() },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
  ]
}

/**
 * One character as a URL path may spell it: either case, or percent-escaped in either case
 * (`s` -> `(?:[sS]|%73|%53)`). Next and Vercel match header rules against the path as requested
 * but serve the file the decoded path names: `/evil%2Esvg` is evil.svg.
 * @param {string} char
 * @returns {string}
 */
function anySpelling(char) {
  const forms = [...new Set([char.toLowerCase(), char.toUpperCase()])]
  const escapes = forms.map((form) => `%${[...form.charCodeAt(0).toString(16)].map((digit) => (/[a-f]/.test(digit) ? `[${digit}${digit.toUpperCase()}]` : digit)).join('')}`)
  return `(?:${forms.length > 1 ? `[${forms.join('')}]` : forms[0]}|${escapes.join('|')})`
}

/**
 * The source pattern Next and Vercel match active files with, in any letter case and escaping:
 * `/:file(.*(?:\\.|%2[eE])(?:svg|…))` with every letter spelled as anySpelling does.
 * @returns {string}
 */
export function activeFileSource() {
  const extensions = ACTIVE_FILE_EXTENSIONS.map((extension) => [...extension].map(anySpelling).join(''))
  return `/:file(.*(?:\\.|%2[eE])(?:${extensions.join('|')}))`
}

/**
 * Every header rule of the site, in order: the site's headers for every path, then the file
 * headers for active files. next.config.js and vercel.json use these (path-to-regexp sources).
 * @param {{ isDevelopment?: boolean, isProduction?: boolean }} [options]
 * @returns {{ source: string, headers: { key: string, value: string }[] }[]}
 */
export function headerRules(options) {
  return [
    { source: '/:path*', headers: securityHeaders(options) },
    { source: activeFileSource(), headers: fileHeaders() },
  ]
}

/**
 * The headers as a `_headers` file (Netlify, Cloudflare Pages): every path gets the site's
 * headers, and active files (in lower and upper case; npm run check refuses other spellings)
 * the file headers too.
 * @param {{ key: string, value: string }[]} headers
 * @returns {string}
 */
export function headersFile(headers) {
  /** @type {(pattern: string, list: { key: string, value: string }[]) => string[]} */
  const block = (pattern, list) => [pattern, ...list.map(({ key, value }) => `  ${key}: ${value}`)]
  const files = ACTIVE_FILE_EXTENSIONS.flatMap((extension) => [`/*.${extension}`, `/*.${extension.toUpperCase()}`])
  return [
    '# Written by tools/static-export/build.ts from lib/security-headers.mjs; do not edit.',
    ...block('/*', headers),
    ...files.flatMap((pattern) => block(pattern, fileHeaders())),
    '',
  ].join('\n')
}

/**
 * The headers as vercel.json holds them (for a static export deployed on Vercel).
 * @param {{ key: string, value: string }[]} headers
 */
export function vercelHeaders(headers) {
  return [
    { source: '/(.*)', headers },
    { source: activeFileSource(), headers: fileHeaders() },
  ]
}
