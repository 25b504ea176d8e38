/**
 * `npm run new -- "Title" [--event "Name"] [--md]`: creates content/posts/<slug>.mdx (or .md) with
 * complete front matter, then prints the file and where `npm run dev` shows it. Never overwrites.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { loadContent, readAuthors } from '../../lib/content'
import { displayPath, formatProblem } from '../../lib/content/problems'
import { matchAuthor, newPostFileName, newPostText, type AuthorEntry } from './new-post'
import { postPath } from '../../lib/routes'
import { getVisibility } from '../../lib/site'

const usage = 'usage: npm run new -- "Title" [--event "Event name"] [--md] [--content <dir>]'

function fail(message: string, code = 1): never {
  console.error(message)
  process.exit(code)
}

let parsed
try {
  parsed = parseArgs({
    options: {
      event: { type: 'string' },
      md: { type: 'boolean', default: false },
      content: { type: 'string', default: process.env.RECAP_CONTENT_DIR ?? 'content' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  })
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${usage}`, 2)
}
const { values, positionals } = parsed
if (values.help) {
  console.log(usage)
  process.exit(0)
}
const title = positionals.join(' ').trim()
if (!title) fail(usage, 2)

const contentDir = resolve(values.content)
const postsDir = join(contentDir, 'posts')
const format = values.md ? 'md' : 'mdx'
const fileName = newPostFileName(title, format)
const file = join(postsDir, fileName)
for (const existing of [file, file.replace(/\.mdx?$/, format === 'md' ? '.mdx' : '.md')]) {
  if (existsSync(existing)) fail(`${displayPath(existing)} already exists; choose another title, or edit that post`)
}

function gitConfig(key: string): string | undefined {
  const result = spawnSync('git', ['config', key], { encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim() : undefined
}

// The loader's own reader: a broken authors.yml (which `npm run check` reports) gives no authors.
const authors: AuthorEntry[] = [...readAuthors(contentDir, join(contentDir, '..', 'public'), []).values()].map(({ id, name }) => ({ id, name }))
const text = newPostText({
  title,
  event: values.event?.trim() || undefined,
  format,
  now: new Date(),
  authorId: matchAuthor(authors, { name: gitConfig('user.name'), email: gitConfig('user.email') }),
  authorIds: authors.map((author) => author.id),
})
mkdirSync(postsDir, { recursive: true })
writeFileSync(file, text, { flag: 'wx' })

// The URL comes from the loader itself, so content/permalinks.yml and slugs are honoured.
const content = loadContent({ contentDir, publicDir: resolve('public'), visibility: getVisibility({ NODE_ENV: 'development' }), now: Date.now() })
const post = content.allPosts.find((candidate) => resolve(candidate.filePath) === file)
console.log(`Created ${displayPath(file)}`)
if (post) console.log(`Open http://localhost:${process.env.PORT ?? 3000}${postPath(post)} after \`npm run dev\``)
for (const problem of content.problems.filter((p) => resolve(p.file) === file)) console.log(formatProblem(problem))
