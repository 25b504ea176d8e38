import { listFiles } from '../../lib/files'
import { execFile } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join, relative } from 'node:path'
import { promisify } from 'node:util'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { imageSize } from 'image-size'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadContent } from '@/lib/content'
import { postShareImagePath } from '@/lib/routes'
import { EMPTY_PARAM } from '@/lib/static-params'
import { production } from '@/tests/helpers/content-dir'

/**
 * Production static exports, built as `npm run build:static` builds them (about a minute each on
 * two cores, so two builds only):
 *  - the real site (content/, whose draft holds SECRET-DRAFT-MARKER-7f3a) plus a post dated in
 *    2999 and a post without a thumbnail; every file the build wrote is searched: Next's build
 *    folder (.next: pages, RSC payloads, route outputs, server and client chunks) and the export;
 *  - a brand-new site with no posts, so no tags or authors: routes with nothing to list.
 * Both builds share .next (a static export keeps its build files there, see next.config.js), so
 * they run one after the other, in this one file.
 */

const root = process.cwd()
const work = join(root, 'tmp', 'static-export-test')
// A static export keeps its build files in .next whatever distDir says.
const buildDir = join(root, '.next')

/** Runs tools/static-export/build.ts for a content folder, as production (no preview, no drafts). */
async function buildStatic(contentDir: string, exportDir: string): Promise<void> {
  const env = {
    ...process.env,
    NODE_ENV: 'production' as const,
    RECAP_PREVIEW: '',
    VERCEL_ENV: '',
    NEXT_TELEMETRY_DISABLED: '1',
    SITE_URL: 'https://static-export-test.example.com',
    RECAP_CONTENT_DIR: relative(root, contentDir),
    RECAP_EXPORT_DIR: relative(root, exportDir),
  }
  await promisify(execFile)('npx', ['tsx', 'tools/static-export/build.ts'], { cwd: root, env, maxBuffer: 64 * 1024 * 1024, timeout: 600_000 })
}

const SECRETS = {
  'the draft marker': 'SECRET-DRAFT-MARKER-7f3a',
  "the draft's title": 'Speaker notes we never published',
  "the draft's opening": 'This draft only shows in previews',
  'the scheduled marker': 'SECRET-SCHEDULED-MARKER-5c1e',
  "the scheduled post's title": 'Launch plans we cannot share yet',
}

/**
 * Every file under `dir`, except build caches and `next dev` output (not this build's), and
 * symbolic links (.next/node_modules links to installed packages).
 */
function filesUnder(dir: string, skip: string[] = []): string[] {
  return listFiles(dir)
    .map((file) => join(dir, file))
    .filter((file) => !skip.some((folder) => file.startsWith(folder + '/')))
}

const site = { contentDir: join(work, 'site', 'content'), exportDir: join(work, 'site', 'out') }
let written: string[] = []

describe('a production build', () => {
  beforeAll(async () => {
    rmSync(work, { recursive: true, force: true })
    cpSync(join(root, 'content'), site.contentDir, { recursive: true })
    cpSync(join(root, 'tests/fixtures/publishing/extra-posts'), join(site.contentDir, 'posts'), { recursive: true })
    await buildStatic(site.contentDir, site.exportDir)
    written = [...filesUnder(buildDir, [join(buildDir, 'cache'), join(buildDir, 'dev')]), ...filesUnder(site.exportDir)]
  }, 620_000)

  it('wrote pages, payloads, chunks and feeds (so the search below is not empty)', () => {
    const exported = written.filter((file) => file.startsWith(site.exportDir))
    expect(exported.some((file) => file.endsWith('.html'))).toBe(true)
    expect(exported.some((file) => file.endsWith('.txt'))).toBe(true)
    expect(exported.some((file) => file.endsWith('.js'))).toBe(true)
    expect(written.some((file) => file.startsWith(join(buildDir, 'server')))).toBe(true)
    expect(readFileSync(join(site.exportDir, 'feed.xml'), 'utf8')).toContain('KubeCon EU 2019 in Barcelona')
  })

  it('holds nothing of a draft or a scheduled post, in any file', () => {
    const found: string[] = []
    for (const file of written) {
      const bytes = readFileSync(file)
      for (const [what, text] of Object.entries(SECRETS)) {
        if (bytes.includes(text)) found.push(`${relative(root, file)}: ${what}`)
      }
    }
    expect(found).toEqual([])
  })

  it('has no page for the draft and no leftovers of routes with nothing to list', () => {
    expect(existsSync(join(site.exportDir, '2019/07/02/speaker-notes-we-never-published'))).toBe(false)
    expect(existsSync(join(site.exportDir, '2999'))).toBe(false)
    expect(written.filter((file) => file.startsWith(site.exportDir) && file.includes(EMPTY_PARAM))).toEqual([])
  })

  it('writes well-formed feeds and sitemap, hostile title included', () => {
    const xmlFiles = written.filter((file) => file.startsWith(site.exportDir) && file.endsWith('.xml'))
    expect(xmlFiles.length).toBeGreaterThanOrEqual(4)
    for (const file of xmlFiles) expect([relative(root, file), XMLValidator.validate(readFileSync(file, 'utf8'))]).toEqual([relative(root, file), true])
    const feed = new XMLParser({ isArray: (name) => name === 'item' }).parse(readFileSync(join(site.exportDir, 'feed.xml'), 'utf8')) as { rss: { channel: { item: { title: string }[] } } }
    expect(feed.rss.channel.item.map((item) => item.title)).toContain('Emoji 🎉 and 日本語 in a </script> title & ]]> more ]]>')
  })

  it('writes a 1200x630 PNG for the post without a thumbnail, and for the site', () => {
    const cards = written.filter((file) => file.startsWith(join(site.exportDir, 'og')) && file.endsWith('.png'))
    const cardless = loadContent({ contentDir: site.contentDir, publicDir: join(root, 'public'), visibility: production, now: Date.now() }).posts.find((post) => post.title.startsWith('Emoji'))!
    expect(cards.map((file) => `/${relative(site.exportDir, file)}`).sort()).toEqual([postShareImagePath(cardless), '/og/site.png'])
    for (const card of cards) expect(imageSize(readFileSync(card))).toMatchObject({ width: 1200, height: 630, type: 'png' })
  })
})

describe('a static export of a site with no posts yet', () => {
  const empty = { contentDir: join(work, 'empty', 'content'), exportDir: join(work, 'empty', 'out') }
  let files: string[] = []

  beforeAll(async () => {
    mkdirSync(join(empty.contentDir, 'posts'), { recursive: true })
    await buildStatic(empty.contentDir, empty.exportDir)
    files = filesUnder(empty.exportDir).map((file) => relative(empty.exportDir, file))
  }, 620_000)

  it('builds although no route for posts, tags or authors has anything to list', () => {
    for (const page of ['index.html', 'blog/index.html', 'tags/index.html', 'events/index.html', '404.html', 'feed.xml', 'blog/index.xml', 'sitemap.xml', 'robots.txt', 'og/site.png']) {
      expect(files).toContain(page)
    }
  })

  it('keeps nothing of the placeholder pages such routes needed', () => {
    expect(files.filter((file) => file.includes(EMPTY_PARAM))).toEqual([])
    expect(files.filter((file) => file.startsWith('tags/') || file.startsWith('authors/')).filter((file) => !file.startsWith('tags/index') && !file.startsWith('tags/__next'))).toEqual([])
  })

  it('writes an empty but valid feed', () => {
    const xml = readFileSync(join(empty.exportDir, 'feed.xml'), 'utf8')
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(xml).not.toContain('<item>')
  })
})
