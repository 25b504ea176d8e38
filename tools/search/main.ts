/**
 * `tsx tools/search/main.ts [--export <dir>]`: builds the search index after a build, as
 * `npm run build` and `npm run build:static` do.
 *
 *   after `next build`:   reads <distDir>/server/app/ (RECAP_DIST_DIR, else .next) and writes
 *                         public/pagefind/ (public/pagefind-<distDir>/ for another distDir), which
 *                         `next start` and Vercel serve as static files
 *   --export out:         reads out/ and writes out/pagefind/
 *
 * The pages are what this build shows, so a production build's index has no drafts, and a
 * preview build's marks them (the `status` filter and meta say Draft).
 */
import { join } from 'node:path'
import { searchIndexPath } from '../../lib/routes'
import { site } from '../../lib/site'
import { removeCopiedIndexes, searchablePages, writeSearchIndex } from './index-site'

const argv = process.argv.slice(2)
const exportAt = argv.indexOf('--export')
const exportDir = exportAt >= 0 ? argv[exportAt + 1] : undefined
if (exportAt >= 0 && !exportDir) {
  console.error('usage: tsx tools/search/main.ts [--export <folder>]')
  process.exit(2)
}

const kind = exportDir ? 'export' : 'next'
const htmlDir = exportDir ?? join(process.env.RECAP_DIST_DIR || '.next', 'server', 'app')
if (exportDir) for (const name of removeCopiedIndexes(exportDir)) console.log(`search: removed ${join(exportDir, name)} (copied from public/)`)
const outputDir = exportDir ? join(exportDir, 'pagefind') : join('public', searchIndexPath({ ...process.env, RECAP_STATIC_EXPORT: undefined })).replace(/\/+$/, '')
const pages = searchablePages(htmlDir, kind)
if (pages.length === 0) console.warn(`search: no page in ${htmlDir} carries data-pagefind-body; the index is empty (did the build run?)`)
const stats = await writeSearchIndex(pages, outputDir, { language: site.language.split('-')[0] })
for (const error of stats.errors) console.error(`search: error: ${error}`)
console.log(`search: ${stats.pages} pages, ${stats.words} words indexed into ${stats.outputDir}/ (${stats.files} files, ${(stats.bytes / 1024).toFixed(0)} KB) in ${stats.ms} ms`)
process.exit(stats.errors.length > 0 ? 1 : 0)
