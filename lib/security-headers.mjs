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
 * The search page is the one exception: Pagefind searches with WebAssembly, which a CSP with
 * script-src blocks unless it allows 'wasm-unsafe-eval' (compiling WebAssembly; JavaScript eval
 * stays blocked). Only /search/ and the index files under /pagefind/ get it: the page compiles
 * Pagefind's WASM, and so does Pagefind's web worker, whose policy is its own response's.
 *
 * @param {{ isDevelopment?: boolean, allowWasm?: boolean }} [options] `next dev` also needs eval
 *   (React's dev tools) and inline styles (Next's error overlay); `allowWasm` is for search.
 * @returns {Record<string, string[]>}
 */
export function contentSecurityPolicyDirectives({ isDevelopment = false, allowWasm = false } = {}) {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(allowWasm ? ["'wasm-unsafe-eval'"] : []), ...(isDevelopment ? ["'unsafe-eval'"] : [])],
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
 * @param {{ isDevelopment?: boolean, allowWasm?: boolean }} [options]
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
 * @param {{ isDevelopment?: boolean, isProduction?: boolean, allowWasm?: boolean }} [options]
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders({ isDevelopment = false, isProduction = !isDevelopment, allowWasm = false } = {}) {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ isDevelopment, allowWasm }) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: PERMISSIONS_OFF.map((feature) => `${feature}=()`).join(', ') },
    // For browsers without CSP frame-ancestors.
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    ...(isProduction ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ]
}

// The paths that search with WebAssembly: the search page and the index (`/pagefind/`, or
// `/pagefind-<build>/` for a build in another distDir; see lib/routes.ts searchIndexPath).
const SEARCH_PATHS = '(?:search|pagefind[^/]*)(?:/.*)?'

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
 * The site's own XML routes (lib/routes.ts: the feeds and their stylesheet), by file name. They
 * are made from sanitized content, and a browser shows them as a page only with the site's
 * policy (the XSL stylesheet, its CSS and the icon load from the site), so the file rule leaves
 * them out; npm run check refuses a file under public/ with one of these names in any case.
 * @type {string[]}
 */
export const SITE_XML_FILES = ['feed.xml', 'atom.xml', 'feed.xsl', 'index.xml']

/**
 * The source for active files that are not the site's own XML routes.
 * @returns {string}
 */
function activeUploadSource() {
  const own = SITE_XML_FILES.map((name) => name.replace('.', '\\.')).join('|')
  return activeFileSource().replace('/:file(', `/:file((?!(?:.*/)?(?:${own})$)`)
}

/**
 * Every header rule of the site, in order, for next.config.js and vercel.json (path-to-regexp
 * sources): every path gets the list, and the search paths the one CSP that allows WebAssembly
 * (the two sources never match one path); then the file headers for active files, which replace
 * the site's where the last rule wins (Next, Vercel).
 *
 * @param {{ isDevelopment?: boolean, isProduction?: boolean }} [options]
 * @returns {{ source: string, headers: { key: string, value: string }[] }[]}
 */
export function headerRules(options = {}) {
  return [
    { source: `/:path((?!${SEARCH_PATHS}$).*)`, headers: securityHeaders(options) },
    { source: `/:path(${SEARCH_PATHS})`, headers: securityHeaders({ ...options, allowWasm: true }) },
    { source: activeUploadSource(), headers: fileHeaders() },
  ]
}

/**
 * The headers as a `_headers` file (Netlify, Cloudflare Pages): every path gets them; the search
 * page and the index replace the CSP (`! Content-Security-Policy` detaches the one of `/*`, as
 * Cloudflare Pages reads it) with the one that allows WebAssembly. Active files (in lower and
 * upper case; npm run check refuses other spellings) then get the file headers, and the site's
 * own feeds the site's policy back.
 *
 * @param {{ key: string, value: string }[]} headers
 * @param {{ key: string, value: string }[]} [searchHeaders] what /search/* and /pagefind/* send instead
 * @param {string[]} [uploadedPages] HTML files under public/ ('uploads/x.html'), sandboxed at their clean addresses too
 * @returns {string}
 */
export function headersFile(headers, searchHeaders = [], uploadedPages = []) {
  /** @type {(pattern: string, list: ({ key: string, value: string } | { remove: string })[]) => string[]} */
  const block = (pattern, list) => [pattern, ...list.map((header) => ('remove' in header ? `  ! ${header.remove}` : `  ${header.key}: ${header.value}`))]
  const lines = ['# Written by tools/static-export/build.ts from lib/security-headers.mjs; do not edit.', ...block('/*', headers)]
  const replaced = searchHeaders.filter(({ key, value }) => headers.find((header) => header.key === key)?.value !== value)
  if (replaced.length > 0) {
    for (const path of ['/search/*', '/pagefind/*']) lines.push(...block(path, replaced.flatMap(({ key, value }) => [{ remove: key }, { key, value }])))
  }
  const files = ACTIVE_FILE_EXTENSIONS.flatMap((extension) => [`/*.${extension}`, `/*.${extension.toUpperCase()}`])
  lines.push(...files.flatMap((pattern) => block(pattern, fileHeaders())))
  // Static hosts serve an HTML file at its address without the extension too (Cloudflare Pages'
  // and serve-handler's clean URLs: /uploads/x.html redirects to /uploads/x), where no `*.html`
  // pattern matches: each HTML file under public/ gets its clean addresses listed.
  for (const path of uploadedPages.flatMap(cleanAddresses)) lines.push(...block(path, fileHeaders()))
  const csp = headers.find((header) => header.key === 'Content-Security-Policy')
  if (csp) {
    for (const name of SITE_XML_FILES) for (const pattern of [`/${name}`, `/*/${name}`]) lines.push(...block(pattern, [{ remove: csp.key }, csp]))
  }
  return [...lines, ''].join('\n')
}

/**
 * The addresses a static host with clean URLs serves an HTML file at besides its own:
 * `uploads/x.html` -> `/uploads/x`, `/uploads/x/`; `docs/index.html` -> `/docs`, `/docs/`.
 * @param {string} file a path under public/, e.g. 'uploads/x.html'
 * @returns {string[]}
 */
export function cleanAddresses(file) {
  const match = /^(.*?)(?:\/index)?\.html?$/i.exec(file.replace(/^\/+/, ''))
  if (!match) return []
  const stem = match[1]
  return stem ? [`/${stem}`, `/${stem}/`] : []
}

/**
 * The headers as vercel.json holds them (for a static export deployed on Vercel).
 * @param {{ isProduction?: boolean }} [options]
 */
export function vercelHeaders(options = { isProduction: true }) {
  return headerRules(options)
}
