import { listFiles } from '../../lib/files'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { stringify } from 'yaml'
import { parseContentDate } from '../../lib/dates'
import { readFrontMatter, normaliseText } from '../../lib/content/front-matter'

/**
 * The posts `npm run bench` builds: N re-dated, re-slugged copies of a Hugo corpus's posts (each
 * copy with its own copies of the images it shows), or generated posts when there is no corpus.
 * Pure: text in, files out; tools/bench/main.ts writes them.
 */

/** A post of the corpus: its file name without `.md`, and its text. */
export type SourcePost = { name: string; text: string }

/** A file of the generated Hugo site, relative to the site's folder. */
export type BenchFile = { path: string; text: string }

/** An image a generated post shows: `to` (under static/) is a copy of the corpus's `from`. */
export type BenchImage = { from: string; to: string }

/** The generated posts, under content/blog/, and the image copies they need, under static/. */
export type BenchPosts = { posts: BenchFile[]; images: BenchImage[] }

// Each round of copies goes this many days further back: about the corpus's own span, so every
// round reads like a few more years of the same blog and no copy is dated in the future.
const DAYS_PER_ROUND = 1200
const DAY_MS = 86_400_000
const STATIC_ROOTS = ['uploads', 'images']

/** Posts (not `_index.md`) of a Hugo section folder, by file name, and the files under its static/. */
export function readCorpus(siteDir: string, section = 'blog'): { posts: SourcePost[]; staticFiles: string[] } {
  const postsDir = join(siteDir, 'content', section)
  const posts = readdirSync(postsDir)
    .filter((name) => name.endsWith('.md') && !name.startsWith('_'))
    .sort()
    .map((name) => ({ name: name.slice(0, -3), text: normaliseText(readFileSync(join(postsDir, name), 'utf8')) }))
  const staticDir = join(siteDir, 'static')
  return { posts, staticFiles: listFiles(staticDir) }
}

/** The name of copy `round` of a post: the original's for round 0, else `name-round`. */
function copyName(name: string, round: number): string {
  return round === 0 ? name : `${name}-${round}`
}

/** A static path (`uploads/2019/x.png`) as copy `round` has it. */
function copyStatic(path: string, round: number): string {
  if (round === 0) return path
  const [root, ...rest] = path.split('/')
  return [root, `r${round}`, ...rest].join('/')
}

/**
 * `count` posts from `sources`: round 0 is the corpus as it is, round r a copy of every post
 * dated r × 1200 days earlier, with `-r` added to its file name, slug and aliases, its images
 * copied under `uploads/rR/`, and its `ref`s pointing at the same round's copies where they exist.
 */
export function benchPostsFromCorpus(sources: readonly SourcePost[], count: number, staticFiles: readonly string[]): BenchPosts {
  if (sources.length === 0) throw new Error('the corpus has no posts')
  const known = new Set(staticFiles)
  const index = new Map(sources.map((source, i) => [source.name, i]))
  const posts: BenchFile[] = []
  const images = new Map<string, BenchImage>()
  for (let n = 0; n < count; n++) {
    const round = Math.floor(n / sources.length)
    const source = sources[n % sources.length]
    const name = copyName(source.name, round)
    // Whether post i of the corpus has a copy in this round (copies are made in corpus order).
    const hasCopy = (i: number, r: number) => r * sources.length + i < count
    const copyImage = (path: string) => {
      const to = copyStatic(path, round)
      images.set(to, { from: path, to })
      return to
    }
    const text = copyPost(source, round, {
      refTarget: (target) => {
        const i = index.get(target)
        if (i === undefined) return undefined
        if (hasCopy(i, round)) return copyName(target, round)
        if (hasCopy(i, 0)) return target
        return name
      },
      staticPath: (path) => (known.has(path) ? `/${copyImage(path)}` : undefined),
    })
    posts.push({ path: `content/blog/${name}.md`, text })
  }
  return { posts, images: [...images.values()] }
}

type CopyRules = {
  /** The post a `ref` to corpus post `name` names in this copy (undefined: leave it). */
  refTarget: (name: string) => string | undefined
  /** The site path of a static file (`uploads/x.png`) in this copy; undefined when there is no such file. */
  staticPath: (path: string) => string | undefined
}

const REF = /(\{\{[<%]\s*(?:ref|relref)\s+"?)([^"#\s>]+?)((?:#[^"\s]*)?"?\s*[>%]\}\})/g
const STATIC_PATH = new RegExp(`/((?:${STATIC_ROOTS.join('|')})/[^\\s"'()<>\\]]+)`, 'g')

function copyPost(source: SourcePost, round: number, rules: CopyRules): string {
  const file = `${source.name}.md`
  const frontMatter = readFrontMatter(source.text, file)
  if (frontMatter.language !== 'yaml' || frontMatter.problems.some((p) => p.severity === 'error')) {
    throw new Error(`${file}: the bench copies posts with YAML front matter only`)
  }
  const data = { ...frontMatter.data }
  if (round > 0) {
    data.slug = `${typeof data.slug === 'string' ? data.slug : source.name}-${round}`
    const rawDate = frontMatter.rawValues.date ?? String(data.date)
    const date = parseContentDate(rawDate)
    if (!date) throw new Error(`${file}: front matter date "${rawDate}" is not a date`)
    data.date = new Date(Date.parse(date.iso) - round * DAYS_PER_ROUND * DAY_MS).toISOString()
    if (Array.isArray(data.aliases)) data.aliases = data.aliases.map((alias) => `${String(alias).replace(/\/+$/, '')}-${round}/`)
  }
  if (typeof data.thumbnail === 'string' && !/^[a-z][a-z\d+.-]*:|^\//i.test(data.thumbnail)) {
    // A bare thumbnail name is a file under /uploads/, as Hugo themes read it.
    const path = rules.staticPath(`uploads/${data.thumbnail}`)
    if (path) data.thumbnail = path.replace(/^\/uploads\//, '')
  }
  const body = frontMatter.body
    .replace(/^\n+/, '')
    .replace(REF, (call, open: string, target: string, close: string) => {
      const name = target.split('/').at(-1)!.replace(/\.md$/, '')
      const wanted = rules.refTarget(name)
      return wanted ? `${open}${wanted}${close}` : call
    })
    .replace(STATIC_PATH, (path, inner: string) => rules.staticPath(inner) ?? path)
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}`
}

const WORDS = (
  'service mesh proxy latency request retry timeout cluster traffic route policy metric ' +
  'trace deploy rollout canary ingress egress identity certificate control plane data plane ' +
  'sidecar kubernetes pod namespace budget success rate golden signal dashboard alert'
).split(' ')

/** Deterministic pseudo-random numbers, so two runs generate the same posts. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/**
 * `count` generated posts, for when no corpus is there: front matter like the corpus's, prose,
 * headings, a list, a highlighted code block, links, a `ref` to an older post and a `note`.
 */
export function generatedPosts(count: number): BenchPosts {
  const next = random(42)
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(next() * 12) }, () => pick(WORDS))
    return `${words[0][0].toUpperCase()}${words.join(' ').slice(1)}.`
  }
  const paragraph = () => Array.from({ length: 3 + Math.floor(next() * 4) }, sentence).join(' ')
  const tags = Array.from({ length: 40 }, (_, i) => `Topic ${i + 1}`)
  const authors = Array.from({ length: 15 }, (_, i) => `author${i + 1}`)
  const posts: BenchFile[] = []
  const start = Date.UTC(2019, 4, 31, 9)
  for (let n = 0; n < count; n++) {
    const name = `generated-post-${n + 1}`
    const data = {
      slug: name,
      title: `Generated post ${n + 1}: ${sentence().slice(0, 40)}`,
      author: pick(authors),
      date: new Date(start - n * 2 * DAY_MS).toISOString(),
      draft: false,
      tags: [...new Set([pick(tags), pick(tags), pick(tags)])],
    }
    const older = n + 1 < count ? `generated-post-${n + 2}` : name
    const body = [
      paragraph(),
      `## ${sentence().slice(0, 30)}`,
      `${paragraph()} See [the previous post]({{< ref "${older}" >}}) and [the docs](https://example.com/docs/${n}).`,
      Array.from({ length: 4 }, () => `- ${sentence()}`).join('\n'),
      '```go\nfunc retry(ctx context.Context, attempts int) error {\n\tfor i := 0; i < attempts; i++ {\n\t\tif err := call(ctx); err == nil {\n\t\t\treturn nil\n\t\t}\n\t}\n\treturn errors.New("gave up")\n}\n```',
      `{{< note >}}\n${sentence()}\n{{< /note >}}`,
      `## ${sentence().slice(0, 30)}`,
      paragraph(),
      paragraph(),
    ].join('\n\n')
    posts.push({ path: `content/blog/${name}.md`, text: `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n` })
  }
  return { posts, images: [] }
}
