import { listFiles } from '../../lib/files'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { spawnSync } from 'node:child_process'
import { loadContent } from '../../lib/content'

/** The Hugo sites the importer's tests read. */
export const FIXTURES = join(process.cwd(), 'tests', 'fixtures', 'hugo-sites')

/** Where Hugo put each post (by path under content/) and where each alias leads. */
export type HugoUrls = { urls: Record<string, string>; aliases: Record<string, string> }

/** A scratch recap project: one post of its own at the top, an author, an empty public/. */
export function makeProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'recap-import-test-'))
  mkdirSync(join(dir, 'content', 'posts'), { recursive: true })
  mkdirSync(join(dir, 'public'), { recursive: true })
  writeFileSync(join(dir, 'content', 'authors.yml'), 'ada:\n  name: Ada Park\nsam:\n  name: Sam Okafor\n')
  writeFileSync(
    join(dir, 'content', 'posts', 'our-own-post.md'),
    '---\ntitle: Our own post\ndate: 2018-01-01\n---\n\nWritten in recap before any import.\n',
  )
  return dir
}

/** Every file under `dir`, relative, sorted, with its bytes: a snapshot to compare runs. */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((path) => [path, readFileSync(join(dir, path)).toString('base64')]))
}

/** The posts of a project as the build loads them: permalink by file under content/posts/. */
export function loadedUrls(projectDir: string): { urls: Record<string, string>; aliases: Record<string, string>; errors: string[] } {
  const content = loadContent({
    contentDir: join(projectDir, 'content'),
    publicDir: join(projectDir, 'public'),
    visibility: { drafts: true, scheduled: true, isPreview: true },
    now: Date.now(),
  })
  const urls: Record<string, string> = {}
  const aliases: Record<string, string> = {}
  for (const post of content.allPosts) {
    const file = post.filePath.split('content/posts/').at(-1)!
    urls[file] = post.path
    for (const alias of post.aliases) aliases[alias] = post.path
  }
  return { urls, aliases, errors: content.problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line}: ${p.reason}`) }
}

/**
 * Builds a fixture site with the real Hugo (in a scratch copy, with a layout that prints each
 * page's file and permalink) and returns where Hugo put each post and alias.
 */
export function hugoUrls(site: string, section: string): HugoUrls {
  const dir = mkdtempSync(join(tmpdir(), 'recap-hugo-'))
  try {
    return buildWithHugo(site, section, dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function buildWithHugo(site: string, section: string, dir: string): HugoUrls {
  cpSync(join(FIXTURES, site), dir, { recursive: true })
  mkdirSync(join(dir, 'layouts', '_default'), { recursive: true })
  writeFileSync(join(dir, 'layouts', '_default', 'single.html'), '{{ .File.Path }}\t{{ .RelPermalink }}\n')
  writeFileSync(join(dir, 'layouts', '_default', 'list.html'), 'list\n')
  // The site's own shortcodes, and stand-ins for Hugo's tweet and youtube, which fetch from the network.
  mkdirSync(join(dir, 'layouts', 'shortcodes'), { recursive: true })
  for (const name of ['fig', 'tweet', 'youtube', 'instagram', 'x']) writeFileSync(join(dir, 'layouts', 'shortcodes', `${name}.html`), `${name}\n`)
  // Hugo 0.137's comment, which 0.111 lacks: it prints nothing of what it holds.
  writeFileSync(join(dir, 'layouts', 'shortcodes', 'comment.html'), '{{- $hidden := .Inner -}}\n')
  writeFileSync(join(dir, 'layouts', 'shortcodes', 'note.html'), 'note {{ .Inner }}\n')
  const built = spawnSync('hugo', ['--quiet', '--source', dir, '--destination', join(dir, 'public'), '--disableKinds', 'taxonomy,term,RSS,sitemap'], { encoding: 'utf8' })
  if (built.status !== 0) throw new Error(`hugo failed on ${site}: ${built.stderr}`)
  const result: HugoUrls = { urls: {}, aliases: {} }
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name === 'index.html') {
        const html = readFileSync(full, 'utf8')
        const page = /^(.+)\t(.+)$/m.exec(html)
        const canonical = /<link rel="canonical" href="https?:\/\/[^/]+([^"]*)"/.exec(html)
        if (page && page[1].startsWith(section + '/')) result.urls[page[1].slice(section.length + 1)] = decodeURIComponent(page[2])
        else if (canonical) result.aliases[`/${relative(join(dir, 'public'), folder).split(sep).join('/')}/`] = decodeURIComponent(canonical[1])
      }
    }
  }
  if (existsSync(join(dir, 'public'))) walk(join(dir, 'public'))
  return result
}
