/**
 * `node tools/static-export/serve.mjs <dir> [port]`: serves a static export the way a plain static
 * host does (serve-handler, the engine of `npx serve`): files as they are, `index.html` for a
 * folder, a redirect from /path to /path/, 404.html with status 404 for anything else, and the
 * headers of the export's `_headers` file on every response, as Netlify and Cloudflare Pages do.
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
 * The rules of a `_headers` file as Cloudflare Pages reads it: a path (`*` matches anything,
 * `/search/*` also `/search/`), then its headers; every rule that matches a path applies, in
 * order, and `! Name` removes a header an earlier rule set.
 */
function readHeadersFile(file) {
  if (!existsSync(file)) return []
  const rules = []
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue
    if (!/^\s/.test(line)) {
      const escaped = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      const pattern = escaped.endsWith('/*') ? `${escaped.slice(0, -2).replaceAll('*', '.*')}(?:/.*)?` : escaped.replaceAll('*', '.*')
      rules.push({ matches: new RegExp(`^${pattern}$`), headers: [] })
    } else if (rules.length > 0) {
      const text = line.trim()
      if (text.startsWith('!')) rules.at(-1).headers.push({ remove: text.slice(1).trim() })
      else {
        const colon = text.indexOf(':')
        rules.at(-1).headers.push({ key: text.slice(0, colon).trim(), value: text.slice(colon + 1).trim() })
      }
    }
  }
  return rules
}
const rules = readHeadersFile(join(root, '_headers'))

/** The headers a path gets from the rules. */
function headersFor(path) {
  const headers = new Map()
  for (const rule of rules) {
    if (!rule.matches.test(path)) continue
    for (const header of rule.headers) {
      if ('remove' in header) headers.delete(header.remove.toLowerCase())
      else headers.set(header.key.toLowerCase(), header)
    }
  }
  return [...headers.values()]
}

const server = createServer((request, response) => {
  // Static hosts never serve the file itself.
  const path = new URL(request.url ?? '/', 'http://x').pathname
  if (path === '/_headers') request.url = '/404-not-a-file/'
  for (const { key, value } of headersFor(path)) response.setHeader(key, value)
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
