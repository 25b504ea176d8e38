/**
 * `node tools/static-export/serve.mjs <dir> [port]`: serves a static export the way a plain static
 * host does (serve-handler, the engine of `npx serve`): files as they are, `index.html` for a
 * folder, a redirect from /path to /path/, 404.html with status 404 for anything else, and the
 * headers of the export's `_headers` file on every response whose path its rules match, as Netlify
 * and Cloudflare Pages do.
 * Used by the Playwright `static` project; binds to 127.0.0.1 only.
 */
import { createServer } from 'node:http'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import handler from 'serve-handler'

const [dir, port = '3000'] = process.argv.slice(2)
if (!dir || !existsSync(dir)) {
  console.error(`usage: node tools/static-export/serve.mjs <export folder> [port]; "${dir ?? ''}" is not a folder`)
  process.exit(2)
}
const root = resolve(dir)

/**
 * The rules of a `_headers` file (Netlify's and Cloudflare Pages' format): a path pattern, where
 * `*` matches anything, then its indented headers.
 */
function readHeadersFile(file) {
  if (!existsSync(file)) return []
  const rules = []
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue
    if (!/^\s/.test(line)) {
      const pattern = line.trim().split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')
      rules.push({ pattern: new RegExp(`^${pattern}$`), headers: [] })
    } else if (rules.length > 0) {
      const colon = line.indexOf(':')
      rules.at(-1).headers.push({ key: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() })
    }
  }
  return rules
}
const rules = readHeadersFile(join(root, '_headers'))

const server = createServer((request, response) => {
  const raw = new URL(request.url ?? '/', 'http://x').pathname
  // Rules match the path the file is served for: /evil%2Esvg is evil.svg to the file system.
  let pathname = raw
  try {
    pathname = decodeURIComponent(raw)
  } catch {
    // Not an escape a file name can hold: matched as written (and served as nothing).
  }
  // Static hosts never serve the file itself.
  if (pathname === '/_headers') request.url = '/404-not-a-file/'
  // Every rule that matches, in order; a later one sets a header an earlier one set, as on Vercel.
  for (const rule of rules) if (rule.pattern.test(pathname)) for (const { key, value } of rule.headers) response.setHeader(key, value)
  return handler(request, response, {
    public: root,
    // The export writes /path/index.html for every page (trailingSlash: true in next.config.js):
    // serve it for /path/, and send /path to /path/.
    trailingSlash: true,
    cleanUrls: true,
    directoryListing: false,
    etag: true,
  })
})
server.listen(Number(port), '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}/`))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)))
