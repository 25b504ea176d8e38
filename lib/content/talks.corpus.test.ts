import { afterAll, beforeAll, expect, it } from 'vitest'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { loadContent, type Post, type SiteContent } from '.'
import { talkIndexesOf } from './event-queries'
import { formatProblem } from './problems'
import { compilePost, type PipelineContext } from '../markdown/pipeline'
import { contextFor, renderToHtml } from '@/tests/helpers/pipeline'
import { SHARED_DIR, corpusDir, describeWith } from '@/tests/helpers/external'

// The post recap was designed around, in the Linkerd corpus (../shared, read-only), and its first
// draft (../shared/seed): their talk lists render as talk cards, and every speaker gets a page.
const corpus = corpusDir('linkerd-blog-2019')
const seed = join(SHARED_DIR, 'seed', 'kubecon-eu-2019-roundup.md')

describeWith([{ kind: 'shared', path: corpus }, { kind: 'shared', path: seed }], 'talk lists of the Linkerd KubeCon EU 2019 roundup and its seed draft', () => {
  let scratch: string
  let content: SiteContent
  let context: PipelineContext
  const staticDir = join(corpus, 'static')
  const byId = (id: string): Post => content.posts.find((post) => post.id === id)!

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'recap-talks-'))
    const posts = join(scratch, 'posts')
    mkdirSync(posts)
    // Copies in a scratch folder (never in the repository), the seed beside the posts it links to.
    for (const name of readdirSync(join(corpus, 'content', 'blog'))) copyFileSync(join(corpus, 'content', 'blog', name), join(posts, name))
    copyFileSync(seed, join(posts, 'seed-roundup.md'))
    content = loadContent({ contentDir: scratch, publicDir: staticDir, visibility: { drafts: false, scheduled: false, isPreview: false }, now: Date.now() })
    context = contextFor(content, staticDir)
  })
  afterAll(() => rmSync(scratch, { recursive: true, force: true }))

  it('shows the roundup\'s 11 talks as talk cards, and gives each of their speakers a page listing them', async () => {
    const roundup = byId('kubecon-eu-2019-linkerd-roundup')
    const html = await renderToHtml(roundup, context)
    expect(html.match(/data-component="talk"/g)).toHaveLength(11)
    expect(html.match(/data-component="talk-list"/g)).toHaveLength(1)
    const { talks, speakers } = talkIndexesOf(content)
    const listed = talks.filter((talk) => talk.post === roundup)
    expect(listed.map((talk) => talk.title)).toContain('JustFootball’s Journey to gRPC + Linkerd in Production')
    expect(listed).toHaveLength(11)
    const names = new Set<string>()
    for (const talk of listed) {
      expect(talk.speakers.length, talk.title).toBeGreaterThan(0)
      for (const speaker of talk.speakers) {
        names.add(speaker.name)
        const page = speakers.find((candidate) => candidate.slug === speaker.slug)
        expect(page?.talks.map(({ talk: given }) => given), `${speaker.name}'s page`).toContain(talk)
      }
    }
    expect([...names].sort()).toEqual([
      'Alex Leong', 'Andrew Seigner', 'Ben Lambert', 'Bryan Liles', 'Frederic Branczyk', 'Kevin Lingerfelt', 'Leo Liang',
      'Mohsen Rezaei', 'Oliver Gould', 'Risha Mars', 'William Morgan', 'Zsolt Homorodi',
    ])
    // One person, one page: Kevin Lingerfelt gave two of the talks (in both posts, four).
    expect(speakers.find((speaker) => speaker.name === 'Kevin Lingerfelt')?.talks.filter(({ talk }) => talk.post === roundup)).toHaveLength(2)
  }, 120_000)

  it('renders the seed draft whole: its 12 talks, the linked image and the tweet, without an error', async () => {
    const draft = byId('seed-roundup')
    const { problems } = await compilePost(draft, context)
    expect(problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([])
    const html = await renderToHtml(draft, context)
    expect(html.match(/data-component="talk"/g)).toHaveLength(12)
    expect(html).toContain('data-component="image-link"')
    expect(html).toMatch(/data-component="image-link"[^>]*href="\/2019\/05\/18\/linkerd-benchmarks\/?"/)
    expect(html).toMatch(/data-component="tweet"[\s\S]*1130789969293991936/)
    expect(html).toContain('src="/uploads/kccnceu19-linkerd.jpg"')
    expect(html).toContain('Panel Discussion: Ask Us Anything: Microservices and Service Mesh')
  }, 120_000)

  it('turns no other list of the corpus into talks', () => {
    const withTalks = new Set(talkIndexesOf(content).talks.map((talk) => talk.post.id))
    expect([...withTalks].sort()).toEqual(['kubecon-eu-2019-linkerd-roundup', 'seed-roundup'])
  })
})
