/**
 * `node scripts/serve-static.mjs <dir> [port]`: serves a static export the way a plain static
 * host does (serve-handler, the engine of `npx serve`): files as they are, `index.html` for a
 * folder, a redirect from /path to /path/, and 404.html with status 404 for anything else.
 * Used by the Playwright `static` project; binds to 127.0.0.1 only.
 */
import { createServer } from 'node:http'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import handler from 'serve-handler'

const [dir, port = '3000'] = process.argv.slice(2)
if (!dir || !existsSync(dir)) {
  console.error(`usage: node scripts/serve-static.mjs <export folder> [port]; "${dir ?? ''}" is not a folder`)
  process.exit(2)
}
const root = resolve(dir)
const server = createServer((request, response) =>
  handler(request, response, {
    public: root,
    // The export writes /path/index.html for every page (trailingSlash: true in next.config.js):
    // serve it for /path/, and send /path to /path/.
    trailingSlash: true,
    cleanUrls: true,
    directoryListing: false,
    etag: true,
  }),
)
server.listen(Number(port), '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}/`))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)))
