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
 * The headers by path, for next.config.js and vercel.json (path-to-regexp sources): every path
 * gets the list, and the search paths the one CSP that allows WebAssembly. The two sources never
 * match one path, so no host has to decide which of two policies wins.
 *
 * @param {{ isDevelopment?: boolean, isProduction?: boolean }} [options]
 * @returns {{ source: string, headers: { key: string, value: string }[] }[]}
 */
export function headerRules(options = {}) {
  return [
    { source: `/:path((?!${SEARCH_PATHS}$).*)`, headers: securityHeaders(options) },
    { source: `/:path(${SEARCH_PATHS})`, headers: securityHeaders({ ...options, allowWasm: true }) },
  ]
}

/**
 * The headers as a `_headers` file (Netlify, Cloudflare Pages): every path gets them; the search
 * page and the index replace the CSP (`! Content-Security-Policy` detaches the one of `/*`, as
 * Cloudflare Pages reads it) with the one that allows WebAssembly.
 *
 * @param {{ key: string, value: string }[]} headers
 * @param {{ key: string, value: string }[]} [searchHeaders] what /search/* and /pagefind/* send instead
 * @returns {string}
 */
export function headersFile(headers, searchHeaders = []) {
  const lines = ['# Written by tools/static-export/build.ts from lib/security-headers.mjs; do not edit.', '/*', ...headers.map(({ key, value }) => `  ${key}: ${value}`)]
  const replaced = searchHeaders.filter(({ key, value }) => headers.find((header) => header.key === key)?.value !== value)
  if (replaced.length > 0) {
    for (const path of ['/search/*', '/pagefind/*']) {
      lines.push(path, ...replaced.flatMap(({ key, value }) => [`  ! ${key}`, `  ${key}: ${value}`]))
    }
  }
  return [...lines, ''].join('\n')
}

/**
 * The headers as vercel.json holds them (for a static export deployed on Vercel).
 * @param {{ isProduction?: boolean }} [options]
 */
export function vercelHeaders(options = { isProduction: true }) {
  return headerRules(options)
}
