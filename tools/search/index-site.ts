import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import * as pagefind from 'pagefind'
import { listFiles } from '../../lib/files'

/**
 * The search index: Pagefind over the pages a build wrote. Only pages that mark their content
 * with `data-pagefind-body` are indexed (the posts today; event and speaker pages once they carry
 * it), with the filters their `data-pagefind-filter` attributes name (tag, event, status).
 */

/** Where a build's HTML is: `next build` keeps prerendered pages in <distDir>/server/app/, a static export writes out/. */
export type BuildKind = 'next' | 'export'

/** One page to index: its address and its HTML. */
export type IndexedPage = { url: string; file: string }

/**
 * The site path of a prerendered page, from its file: `.next/server/app/2019/05/27/slug.html`
 * and `out/2019/05/27/slug/index.html` are both `/2019/05/27/slug/` (the site's URLs end in `/`).
 */
export function pageUrl(file: string, kind: BuildKind): string {
  let path = file.replace(/\.html$/, '')
  if (kind === 'export') path = path.replace(/(^|\/)index$/, '')
  else if (path === 'index') path = ''
  const segments = path.split('/').filter(Boolean).map((segment) => encodeURIComponent(segment))
  return segments.length ? `/${segments.join('/')}/` : '/'
}

/** The HTML files of a build that carry searchable content. */
export function searchablePages(htmlDir: string, kind: BuildKind): IndexedPage[] {
  const isPage = (file: string) => file.endsWith('.html') && !/(^|\/)(_not-found|_global-error|404|500|pagefind[^/]*)(\/|\.html$)/.test(file)
  return listFiles(htmlDir, isPage)
    .filter((file) => readFileSync(join(htmlDir, file), 'utf8').includes('data-pagefind-body'))
    .map((file) => ({ url: pageUrl(file, kind), file: join(htmlDir, file) }))
}

const UNUSED_FILES = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/

/** What an index run did. */
export type IndexStats = { pages: number; words: number; files: number; bytes: number; ms: number; outputDir: string; errors: string[] }

/** Bytes and files under a folder. */
function sizeOf(dir: string): { files: number; bytes: number } {
  const files = listFiles(dir)
  return { files: files.length, bytes: files.reduce((sum, file) => sum + statSync(join(dir, file)).size, 0) }
}

/** Indexes `pages` with Pagefind and writes the bundle (pagefind.js, its WASM, the index) to `outputDir`, replacing what was there. */
export async function writeSearchIndex(pages: IndexedPage[], outputDir: string, options: { language: string }): Promise<IndexStats> {
  const started = performance.now()
  const errors: string[] = []
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: options.language })
  errors.push(...createErrors)
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`)
  let words = 0
  try {
    for (const page of pages) {
      const added = await index.addHTMLFile({ url: page.url, content: readFileSync(page.file, 'utf8') })
      errors.push(...added.errors.map((error) => `${page.file}: ${error}`))
      words += added.file?.uniqueWords ?? 0
    }
    rmSync(outputDir, { recursive: true, force: true })
    const written = await index.writeFiles({ outputPath: outputDir })
    errors.push(...written.errors)
    // Pagefind's ready-made interfaces: the site has its own (components/search.tsx), so they are never loaded.
    for (const file of listFiles(outputDir, (name) => UNUSED_FILES.test(name))) rmSync(join(outputDir, file))
  } finally {
    await pagefind.close()
  }
  return { pages: pages.length, words, ...sizeOf(outputDir), ms: Math.round(performance.now() - started), outputDir, errors }
}

/** Removes index folders a static export copied from public/ (other builds' indexes): only this build's own may ship. */
export function removeCopiedIndexes(exportDir: string): string[] {
  if (!existsSync(exportDir)) return []
  const copied = readdirSync(exportDir).filter((name) => /^pagefind(-|$)/.test(name))
  for (const name of copied) rmSync(join(exportDir, name), { recursive: true, force: true })
  return copied
}
