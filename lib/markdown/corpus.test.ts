import { it, expect, beforeAll, afterAll } from 'vitest'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { basename, join } from 'node:path'
import { tmpdir } from 'node:os'
import { loadContent, type SiteContent } from '../content'
import { formatProblem } from '../content/problems'
import { compilePost, type PipelineContext } from './pipeline'
import { contextFor, renderToHtml } from '@/tests/helpers/pipeline'
import { corpusDir, describeWith } from '@/tests/helpers/external'

// The real Hugo blog in ../shared (read-only test data; absent outside this workspace): every post
// must compile without errors and render with no shortcode left, every tweet, video and image kept.
const corpus = corpusDir('linkerd-blog-2019')

describeWith([{ kind: 'shared', path: corpus }], 'the Hugo corpus (../shared/corpus/linkerd-blog-2019)', () => {
  let scratch: string
  let content: SiteContent
  let context: PipelineContext
  const staticDir = join(corpus, 'static')

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'recap-corpus-'))
    // A copy, not a link: the loader refuses folders that lead out of the site (lib/safe-files.ts).
    cpSync(join(corpus, 'content', 'blog'), join(scratch, 'posts'), { recursive: true })
    content = loadContent({ contentDir: scratch, publicDir: staticDir, visibility: { drafts: false, scheduled: false, isPreview: false }, now: Date.now() })
    context = contextFor(content, staticDir)
  })
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))

  it('compiles every post without an error', async () => {
    const problems = [...content.problems]
    for (const post of content.posts) problems.push(...(await compilePost(post, context)).problems)
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem).join('\n')).toBe('')
    expect(content.posts).toHaveLength(73)
    // The one look-alike in the corpus is a warning, not an error.
    expect(problems.filter((p) => p.rule === 'hugo-shortcode').map((p) => `${basename(p.file)}:${p.line}`)).toEqual(['a-service-mesh-for-kubernetes-part-ix-grpc-for-fun-and-profit.md:62'])
  }, 120_000)

  it('renders every post with no shortcode left and every tweet, video and image kept', async () => {
    const failures: string[] = []
    for (const post of content.posts) {
      const html = await renderToHtml(post, context)
      const source = readFileSync(join(corpus, 'content', 'blog', `${post.id}.md`), 'utf8')
      const flat = html.replaceAll('&amp;', '&').replaceAll('&quot;', '"')
      const fail = (what: string) => failures.push(`${post.id}: ${what}`)
      if (/\{\{(?:<|%|&lt;)/.test(html)) fail('a shortcode is left in the HTML')
      // Independent of the plugin: what the source asks for, read the way the conformance check does.
      for (const [, args] of source.matchAll(/\{\{[<%]\s*(?:tweet|x)\b([^}]*)[>%]\}\}/g)) {
        const id = /(\d{6,})/.exec(args)?.[1]
        if (id && !flat.includes(id)) fail(`tweet ${id} missing`)
      }
      for (const [, args] of source.matchAll(/\{\{[<%]\s*youtube\b([^}]*)[>%]\}\}/g)) {
        const id = /(?:id=)?["']?([\w-]{11})["']?/.exec(args.trim())?.[1]
        if (id && !flat.includes(id)) fail(`YouTube video ${id} missing`)
      }
      for (const [, src] of source.matchAll(/\{\{[<%]\s*(?:fig|figure)\b[^}]*?\ssrc=["']([^"']+)["']/g)) {
        if (!flat.includes(src)) fail(`figure ${src} missing`)
      }
      for (const [, src] of html.matchAll(/<img [^>]*src="(\/[^"]+)"/g)) {
        if (!existsSync(join(staticDir, decodeURIComponent(src.split('?')[0])))) fail(`image ${src} is not in static/`)
      }
    }
    expect(failures.join('\n')).toBe('')
  }, 120_000)
})
