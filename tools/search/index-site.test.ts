import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { pageUrl, removeCopiedIndexes, searchablePages, writeSearchIndex } from './index-site'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'recap-search-'))
  dirs.push(dir)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}
const page = (title: string, text: string, attributes = 'data-pagefind-body') =>
  `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body><nav>Blog Tags</nav><article ${attributes}><h1>${title}</h1><p>${text}</p></article></body></html>`

describe('the search index', () => {
  it("gives each prerendered page its site URL, from next build's files and a static export's alike", () => {
    expect(pageUrl('index.html', 'next')).toBe('/')
    expect(pageUrl('blog.html', 'next')).toBe('/blog/')
    expect(pageUrl('2019/04/16/announcing-linkerd-2.3.html', 'next')).toBe('/2019/04/16/announcing-linkerd-2.3/')
    expect(pageUrl('index.html', 'export')).toBe('/')
    expect(pageUrl('2019/04/16/announcing-linkerd-2.3/index.html', 'export')).toBe('/2019/04/16/announcing-linkerd-2.3/')
    expect(pageUrl('blog/ça va/index.html', 'export')).toBe('/blog/%C3%A7a%20va/')
  })

  it('indexes only pages that mark their content, never the 404 or an index folder', () => {
    const dir = folder({
      'index.html': page('Home', 'latest posts', 'class="home"'),
      '2019/05/27/smi.html': page('SMI', 'the Service Mesh Interface'),
      '_not-found.html': page('Not found', 'nothing', 'data-pagefind-body'),
      'pagefind/x.html': page('Stray', 'x'),
    })
    expect(searchablePages(dir, 'next').map((found) => found.url)).toEqual(['/2019/05/27/smi/'])
  })

  it('writes pagefind.js, its WASM and the index, without the unused ready-made UIs, replacing an old index', async () => {
    const site = folder({ 'a.html': page('Alpha', 'SMI and Linkerd'), 'b.html': page('Beta', 'Kubernetes') })
    const output = join(site, 'out', 'pagefind')
    mkdirSync(output, { recursive: true })
    writeFileSync(join(output, 'stale.txt'), 'old')
    const stats = await writeSearchIndex(searchablePages(site, 'next'), output, { language: 'en' })
    expect(stats).toMatchObject({ pages: 2, errors: [] })
    expect(stats.words).toBeGreaterThan(4)
    const files = readdirSync(output)
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.en.pagefind', 'index', 'fragment']))
    expect(files.filter((file) => /ui|highlight|stale/.test(file))).toEqual([])
  }, 60_000)

  it("removes other builds' indexes a static export copied from public/", () => {
    const out = folder({ 'pagefind/a.js': 'x', 'pagefind-e2e-preview/a.js': 'x', 'pagefinder.html': 'keep', 'index.html': 'keep' })
    expect(removeCopiedIndexes(out).sort()).toEqual(['pagefind', 'pagefind-e2e-preview'])
    expect(existsSync(join(out, 'pagefinder.html'))).toBe(true)
  })
})
