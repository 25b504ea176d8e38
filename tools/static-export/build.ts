/**
 * `npm run build:static`: the whole site as files any static host can serve, in out/ (or
 * RECAP_EXPORT_DIR). Runs `next build` with RECAP_STATIC_EXPORT=1, then removes the pages a
 * static export had to write for routes with nothing to list (see lib/static-params.ts), and
 * writes the search index (tools/search/) and the security headers to _headers (lib/security-headers.mjs).
 */
import { listFiles } from '../../lib/files'
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { SITE_FILES_ROUTE } from '../../lib/routes'
import { EMPTY_PARAM } from '../../lib/static-params'
import { headersFile, securityHeaders } from '../../lib/security-headers.mjs'
import { site } from '../../lib/site'
import { getPublicDir } from '../../lib/content'

const exportDir = process.env.RECAP_EXPORT_DIR || 'out'
if (new URL(site.baseUrl).hostname === 'localhost') {
  // Feeds, the sitemap, canonical links and share cards need absolute URLs, and a static host
  // cannot fix them later.
  console.warn(`warning: SITE_URL is not set, so absolute URLs point at ${site.baseUrl}; run SITE_URL=https://your.site npm run build:static, or set baseUrl in site.config.ts`)
}
const build = spawnSync('npx', ['next', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, RECAP_STATIC_EXPORT: '1', RECAP_EXPORT_DIR: exportDir, NEXT_TELEMETRY_DISABLED: '1' },
})
if (build.status !== 0) process.exit(build.status ?? 1)

// The search index of exactly these pages, into the export (tools/search/).
const indexed = spawnSync('npx', ['tsx', 'tools/search/main.ts', '--export', exportDir], { stdio: 'inherit', env: process.env })
if (indexed.status !== 0) process.exit(indexed.status ?? 1)

// What was written for a route with nothing to list (lib/static-params.ts) goes.
const removed = readdirSync(exportDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.name === EMPTY_PARAM)
  .map((entry) => join(entry.parentPath, entry.name))
for (const path of removed) rmSync(path, { recursive: true, force: true })
// Files pages publish at their own paths (page bundle images, section feeds) were written under
// the route that serves them (app/site-files/): move each where its path says.
const siteFilesDir = join(exportDir, SITE_FILES_ROUTE)
const moved = listFiles(siteFilesDir)
for (const file of moved) {
  const target = join(exportDir, file)
  mkdirSync(dirname(target), { recursive: true })
  renameSync(join(siteFilesDir, file), target)
}
rmSync(siteFilesDir, { recursive: true, force: true })
const files = listFiles(exportDir)
const bytes = files.reduce((sum, file) => sum + statSync(join(exportDir, file)).size, 0)
// The security headers (CSP and the rest) for hosts that read a _headers file (Netlify,
// Cloudflare Pages; tools/static-export/serve.mjs too); vercel.json holds the same list for Vercel.
// HTML files under public/ are listed by name, for hosts that serve them at clean URLs too.
const uploadedPages = listFiles(getPublicDir(), (path) => /\.html?$/i.test(path))
writeFileSync(join(exportDir, '_headers'), headersFile(securityHeaders({ isProduction: true }), securityHeaders({ isProduction: true, allowWasm: true }), uploadedPages))
for (const path of removed) console.log(`removed ${path} (written for a route with nothing to list)`)
if (moved.length) console.log(`moved ${moved.length} files pages publish (page bundles, section feeds) to their paths`)
console.log(`static export: ${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${exportDir}/`)
