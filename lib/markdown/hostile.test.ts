import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import * as jsxRuntime from 'react/jsx-runtime'
import { run } from '@mdx-js/mdx'
import { loadContent, type SiteContent } from '../content'
import { formatProblem } from '../content/problems'
import { compilePost } from './pipeline'
import { contextFor, renderToHtml } from '@/tests/helpers/pipeline'
import { findDangers } from '@/tests/helpers/audit-html'
import { production } from '@/tests/helpers/content-dir'

// The hostile fixtures (tests/fixtures/hostile/README.md) through the real pipeline. The security
// Playwright project builds the same site and checks it in Chromium; this is the fast half.
const HOSTILE = join(process.cwd(), 'tests/fixtures/hostile')
const MARKER = '/tmp/recap-hostile-build-marker'
const publicDir = join(process.cwd(), 'public')
const load = (dir: string): SiteContent => loadContent({ contentDir: join(HOSTILE, dir), publicDir, visibility: production, now: Date.now() })
const shown = (problems: Parameters<typeof formatProblem>[0][]) => problems.map((p) => formatProblem(p).replace(/^tests\/fixtures\/hostile\//, ''))

const logged: string[] = []
const originalLog = console.log
beforeAll(() => {
  rmSync(MARKER, { force: true })
  process.env.RECAP_TWEETS_DIR = 'tests/fixtures/hostile/content/tweets'
  // A payload that printed would show here.
  console.log = (...args: unknown[]) => {
    logged.push(args.map(String).join(' '))
    originalLog(...args)
  }
})
afterAll(() => {
  delete process.env.RECAP_TWEETS_DIR
  console.log = originalLog
})

describe('the hostile site (tests/fixtures/hostile/content)', () => {
  const content = load('content')
  const context = contextFor(content, publicDir)

  it('loads every post, with warnings for what was taken out and no error', async () => {
    const problems = [...content.problems]
    for (const post of content.posts) problems.push(...(await compilePost(post, context)).problems)
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([])
    expect(content.posts.map((post) => post.id).sort()).toEqual(['code-as-data', 'every-component', 'front-matter', 'jsx-html', 'raw-html'])
    const warnings = shown(problems)
    // One per kind, at the line the author wrote it.
    expect(warnings).toEqual(
      expect.arrayContaining([
        'content/posts/raw-html.md:10:1: warning: <script> removed with its content: posts run no script; embed with a component (Tweet, YouTube, Gist…) instead',
        'content/posts/raw-html.md:14:1: warning: `onerror` on <img> removed: posts run no script; remove the attribute',
        'content/posts/raw-html.md:21:1: warning: `href` "jav\\tascript:window.__pwned=\'a-tab\'" on <a> removed: links are http(s), mailto, tel or site paths; write a https:// address or a site path',
        'content/posts/raw-html.md:36:1: warning: <iframe> of "https://evil.example/frame" removed: only YouTube and Vimeo videos can be embedded; write <YouTube id="…" /> for a YouTube video, or link to the page',
        'content/posts/jsx-html.mdx:12:1: warning: `onclick` on <div> removed: posts run no script; remove the attribute',
        'content/posts/jsx-html.mdx:17:3: warning: `href` "javascript:window.__pwned=\'jsx-href\'" on <a> removed: links are http(s), mailto, tel or site paths; write a https:// address or a site path',
        'content/posts/front-matter.md:2: warning: front matter "title": invisible control characters removed (feeds cannot hold them); delete the escape (\\a, \\x1b…) from the value',
        'content/posts/front-matter.md:16:35: warning: invisible control character U+000B removed (feeds cannot hold it); delete it from the file',
      ]),
    )
  })

  it('renders no script, event handler, frame or dangerous URL from any post', async () => {
    const dangers: string[] = []
    for (const post of content.posts) dangers.push(...findDangers(await renderToHtml(post, context)).map((danger) => `${post.id}: ${danger}`))
    expect(dangers).toEqual([])
  })

  it('keeps front matter as text: no control character, markup left as written', () => {
    const post = content.posts.find((candidate) => candidate.id === 'front-matter')!
    expect(post.title + post.description + post.tags.map((tag) => tag.name).join('') + post.body).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/)
    expect(post.title).toBe("</script><script>window.__pwned='title'</script> ]]> & <b>not bold</b>  bells")
    expect(post.event?.name).toBe("</script><script>window.__pwned='event'</script> ]]> & Conf")
  })

  it('renders every component, each inside HTML the sanitizer checked', async () => {
    const html = await renderToHtml(content.posts.find((post) => post.id === 'every-component')!, context)
    for (const kebab of ['tweet', 'you-tube', 'vimeo', 'note', 'warning', 'figure', 'image-link', 'gist', 'asciinema', 'table', 'talk-list', 'talk']) {
      expect(html, kebab).toContain(`data-component="${kebab}"`)
    }
    expect(html).toMatch(/<details><summary>More in here<\/summary><aside data-component="note"/)
  })

  it('turns YouTube and Vimeo iframes into click-to-play players and drops the rest', async () => {
    const html = await renderToHtml(content.posts.find((post) => post.id === 'raw-html')!, context)
    expect(html).toContain('aria-label="Play video: A YouTube iframe from raw HTML"')
    expect(html).toContain('aria-label="Play video: A Vimeo iframe from raw HTML"')
    expect(html).toContain('href="https://vimeo.com/76979871/8272103f6e"')
    expect(html).not.toMatch(/<iframe|evil\.example/)
  })

  it('keeps ids from clobbering globals of the page (id="__next_f" gets the user-content- prefix)', async () => {
    const html = await renderToHtml(content.posts.find((post) => post.id === 'raw-html')!, context)
    expect(html).toContain('<div id="user-content-__next_f">')
    expect(html).not.toMatch(/(?:id|name)="__next_f"/)
  })

  it('escapes markup in a cached tweet, which react-tweet renders as HTML', async () => {
    const html = await renderToHtml(content.posts.find((post) => post.id === 'every-component')!, context)
    expect(html).toContain("<span>&lt;/script&gt;&lt;script&gt;window.__pwned='tweet-text'&lt;/script&gt;")
  })
})

describe('refused content (tests/fixtures/hostile/refused)', () => {
  const content = load('refused/content')
  const context = contextFor(content, publicDir)

  it('refuses code in MDX and wrong URL schemes in component props, each at its line and column', async () => {
    const problems = []
    for (const post of content.posts) problems.push(...(await compilePost(post, context)).problems)
    expect(shown(problems.filter((p) => p.severity === 'error')).sort()).toEqual([
      "refused/content/posts/attributes.mdx:10:33: error: <a>: `onClick={() => console.log('RECAP_BUILD_PWNED')}` is a JavaScript expression: posts run no code; write onClick=\"…\" (attribute values are text)",
      "refused/content/posts/attributes.mdx:10:4: error: <a>: `href={'javascript:alert(1)'}` is a JavaScript expression: posts run no code; write href=\"…\" (attribute values are text)",
      'refused/content/posts/attributes.mdx:12:6: error: <div>: `{...globalThis}` spreads code into attributes: posts run no code; write each attribute as name="value"',
      "refused/content/posts/attributes.mdx:6:7: error: <Note>: `title={require('fs').writeFileSync('/tmp/rec…}` is a JavaScript expression: posts run no code; write title=\"…\" (attribute values are text)",
      "refused/content/posts/attributes.mdx:8:10: error: <YouTube>: `{...{ id: 'Z3nfLI3z0hc', title: consol…}` spreads code into attributes: posts run no code; write each attribute as name=\"value\"",
      'refused/content/posts/attributes.mdx:8:1: error: <YouTube> is missing `id` (the video id: 11 characters of A-Z a-z 0-9 _ -, e.g. Z3nfLI3z0hc); write <YouTube id="…" />',
      'refused/content/posts/bad-urls.mdx:10:1: error: <ImageLink>: `href` "//evil.example/" is not a post\'s permalink, e.g. /2019/05/18/linkerd-benchmarks/; fix the value; write <ImageLink src="…" alt="…" href="…" />',
      "refused/content/posts/bad-urls.mdx:13:3: error: <Talk>: `url` \"JaVaScRiPt:window.__pwned='talk'\" is not the recording URL, e.g. https://www.youtube.com/watch?v=Z3nfLI3z0hc; fix the value; write <Talk title=\"…\" url=\"…\" />",
      "refused/content/posts/bad-urls.mdx:6:1: error: <Figure>: `link` \"javascript:window.__pwned='figure-link'\" is not a link: https://…, a site path such as /2019/05/18/post/, or mailto:; fix the value; write <Figure src=\"…\" />",
      "refused/content/posts/bad-urls.mdx:8:1: error: <Figure>: `src` \"javascript:window.__pwned='figure-src'\" is not an image path, e.g. /uploads/stage.jpg; fix the value; write <Figure src=\"…\" />",
      'refused/content/posts/esm.mdx:11:1: error: `export` in a post: posts run no code; remove the line; put data such as the title or tags in the front matter',
      'refused/content/posts/esm.mdx:6:1: error: `import` in a post: posts run no code, and import nothing; remove the line; every component (Tweet, YouTube, Note, Figure…) is available without an import',
      'refused/content/posts/esm.mdx:9:1: error: `export` in a post: posts run no code; remove the line; put data such as the title or tags in the front matter',
      "refused/content/posts/expressions.mdx:10:1: error: `{(() => { throw new Error('RECAP_BUILD…}` is a JavaScript expression: posts run no code; write the text itself; for a literal brace write \\{",
      "refused/content/posts/expressions.mdx:6:1: error: `{require('fs').writeFileSync('/tmp/rec…}` is a JavaScript expression: posts run no code; write the text itself; for a literal brace write \\{",
      "refused/content/posts/expressions.mdx:8:47: error: `{process.mainModule.require('child_pro…}` is a JavaScript expression: posts run no code; write the text itself; for a literal brace write \\{",
      "refused/content/posts/expressions.mdx:8:8: error: `{console.log('RECAP_BUILD_PWNED')}` is a JavaScript expression: posts run no code; write the text itself; for a literal brace write \\{",
    ])
  })

  it('runs none of that code even when the compiled posts are evaluated (blockJS removed it too)', async () => {
    for (const post of content.posts) {
      const { code } = await compilePost(post, context)
      expect(code, post.id).not.toMatch(/writeFileSync|execSync|RECAP_BUILD_PWNED|globalThis/)
      const { default: Content } = await run(code, { ...jsxRuntime, baseUrl: import.meta.url })
      expect(typeof Content).toBe('function')
    }
    expect(existsSync(MARKER)).toBe(false)
    expect(logged.filter((line) => line.includes('RECAP_BUILD_PWNED'))).toEqual([])
  })
})

describe('refused front matter and authors (tests/fixtures/hostile/refused-front-matter)', () => {
  it("refuses other sites' images, javascript: links and gray-matter's ---js (which would eval), and evaluates nothing", () => {
    const content = load('refused-front-matter/content')
    expect(shown(content.problems.filter((p) => p.severity === 'error')).sort()).toEqual([
      'refused-front-matter/content/authors.yml:1: error: author "tracker": avatar must be an image on this site, e.g. /uploads/authors/ada.jpg; write `id: { name: Full Name, avatar: /uploads/authors/id.jpg, bio: …, links: { github: https://… } }`',
      'refused-front-matter/content/authors.yml:4: error: author "linker": links.website must be an http(s) or mailto: link; write `id: { name: Full Name, avatar: /uploads/authors/id.jpg, bio: …, links: { github: https://… } }`',
      expect.stringMatching(/^refused-front-matter\/content\/posts\/event-url\.md:4: error: front matter "event": .* \(url: expected an http\(s\) URL\); write event: /),
      'refused-front-matter/content/posts/js-front-matter.md:1: error: no front matter; start the file with ---, title: …, date: …, --- (YAML) or +++ … +++ (TOML)',
      'refused-front-matter/content/posts/remote-thumbnail.md:4:12: error: thumbnail "https://tracker.example/pixel.png" is not an image on this site; save it under public/uploads/ and write its file name, e.g. thumbnail: cover.jpg',
    ])
    expect(existsSync(MARKER)).toBe(false)
  })
})
