/**
 * `npm run build:static`: the whole site as files any static host can serve, in out/ (or
 * RECAP_EXPORT_DIR). Runs `next build` with RECAP_STATIC_EXPORT=1, then removes the pages a
 * static export had to write for routes with nothing to list (see lib/static-params.ts), and
 * writes the security headers to _headers (lib/security-headers.mjs).
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { EMPTY_PARAM } from '../lib/static-params'
import { headersFile, securityHeaders } from '../lib/security-headers.mjs'
import { site } from '../lib/site'

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

let files = 0
let bytes = 0
const removed: string[] = []
function walk(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name)
    if (entry.name === EMPTY_PARAM) {
      rmSync(full, { recursive: true, force: true })
      removed.push(full)
    } else if (entry.isDirectory()) {
      walk(full)
    } else {
      files += 1
      bytes += statSync(full).size
    }
  }
}
walk(exportDir)
// The security headers (CSP and the rest) for hosts that read a _headers file (Netlify,
// Cloudflare Pages; scripts/serve-static.mjs too); vercel.json holds the same list for Vercel.
writeFileSync(join(exportDir, '_headers'), headersFile(securityHeaders({ isProduction: true })))
for (const path of removed) console.log(`removed ${path} (written for a route with nothing to list)`)
console.log(`static export: ${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${exportDir}/`)
