import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { execFile } from 'node:child_process'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { checkContent, formatSummary, toJson, type CheckJson, type CheckOptions } from './check'
import { formatProblem } from '../../lib/content/problems'

const FIXTURES = 'tests/fixtures/check'
const PUBLIC = `${FIXTURES}/public`

/** Checks one fixture site in this thread (the worker pool has tests of its own below). */
async function check(kind: string, options: Partial<CheckOptions> = {}) {
  return checkContent({ contentDir: `${FIXTURES}/${kind}/content`, publicDir: PUBLIC, workers: 0, ...options })
}

/** The printed lines of a fixture, with its folder written out once here instead of in every line. */
async function linesOf(kind: string): Promise<string[]> {
  const report = await check(kind)
  return report.problems.map((problem) => formatProblem(problem).replace(`${FIXTURES}/${kind}/content/`, ''))
}

describe('npm run check, one fixture per kind of problem', () => {
  const cases: [kind: string, lines: string[]][] = [
    [
      'events',
      [
        'posts/day-two.md:4: warning: event "Kubecon EU 2019" differs from "KubeCon EU 2019" (tests/fixtures/check/events/content/posts/day-one.md:4) only in case; both recaps go to one event, named "KubeCon EU 2019"; write the name as "KubeCon EU 2019"',
        'posts/photos.md:8:3: error: gallery image "/uploads/no-such-photo.png" not found: looked for tests/fixtures/check/public/uploads/no-such-photo.png; add the file under public/ or fix the path',
        'posts/talks.md:8:1: error: talk list item is not a talk: it does not start with a link; write - [Intro to Linkerd](https://www.youtube.com/watch?v=Z3nfLI3z0hc): William Morgan, Buoyant, or remove <!-- talks --> before the list',
        'speakers.yml:3: warning: speaker "wiliam-morgen" gave no talk in any talk list; check the spelling against the talk lists, or add the spelling used there to aliases (wiliam-morgen matched nothing)',
      ],
    ],
    ['empty-file', ['posts/empty.md:1: error: file is empty; start it with front matter: ---, title: …, date: …, ---, then the text']],
    ['binary-file', ['posts/binary.md:1: error: file is not text (it holds NUL bytes); save posts as UTF-8 text, or move the file out of content/posts/']],
    ['no-front-matter', ['posts/plain.md:1: error: no front matter; start the file with ---, title: …, date: …, --- (YAML) or +++ … +++ (TOML)']],
    ['unclosed-front-matter', ['posts/open.md:1: error: front matter opened with `---` on line 1 is never closed; add a line `---` after the last field']],
    ['yaml-syntax', ['posts/yaml.md:5:1: error: front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]; quote values that contain ": " or start with [ { * & ! | > \' " % @ `']],
    ['toml-syntax', ['posts/toml.md:4:17: error: front matter is not valid TOML: Invalid TOML document: expected comma or end of structure; write each field as `key = "value"`']],
    ['missing-title', ['posts/untitled.md:1: error: front matter has no "title"; write title: "KubeCon EU 2019 recap"']],
    ['missing-date', ['posts/undated.md:1: error: front matter has no "date"; write date: 2023-05-03 or date: Wed, 03 May 2023 09:00:00 +0000']],
    ['bad-date', ['posts/when.md:3:7: error: front matter "date": "May 3rd" is not a date; write 2023-05-03 or Wed, 03 May 2023 09:00:00 +0000']],
    [
      'tags-not-strings',
      [
        'posts/tags-map.md:4:7: error: front matter "tags": {"kubecon":true} is not a list of strings; write tags: [kubecon, linkerd]',
        'posts/tags-nested.md:4: error: front matter "tags": ["kubecon",["linkerd","istio"]] is not a list of strings; write tags: [kubecon, linkerd]',
      ],
    ],
    [
      'typo-field',
      [
        'posts/typo.md:4: warning: unknown front matter field "tagz"; did you mean "tags"?',
        'posts/typo.md:5: warning: unknown front matter field "thumbnial"; did you mean "thumbnail"?',
      ],
    ],
    ['unknown-author', ['posts/who.md:3: warning: unknown author "casey"; add casey to content/authors.yml']],
    ['missing-thumbnail', [`posts/cover.md:4:12: error: thumbnail "kubecon-stage.jpg" not found: looked for ${PUBLIC}/uploads/kubecon-stage.jpg; add the file or fix the name`]],
    ['thumbnail-outside', ['posts/escape.md:4:12: error: thumbnail "../../../../etc/passwd" leads outside public/; use a path under public/, e.g. /uploads/photo.jpg']],
    ['thumbnail-not-image', [`posts/notes.md:4:12: error: thumbnail "notes.png" is not an image: ${PUBLIC}/uploads/notes.png; link an image file (PNG, JPEG, GIF, WebP, AVIF or SVG)`]],
    ['image-missing', [`posts/gallery.md:8:1: error: image "/uploads/stage.jpg" not found: looked for ${PUBLIC}/uploads/stage.jpg; add the file under public/ or fix the path`]],
    [
      'image-outside',
      [
        'posts/outside.md:6:1: error: image "/uploads/../../../secret.png" leads outside public/; use a path under public/, e.g. /uploads/photo.jpg',
        // A relative path is read from the post's URL, as browsers read it: a file of the post's bundle.
        'posts/outside.md:8:1: error: image "../public/uploads/photo.png" not found: looked for tests/fixtures/check/public/2019/05/18/public/uploads/photo.png (../public/uploads/photo.png read from the post\'s URL); put the file beside the post (a page bundle: the post as index.md in a folder of its own), or write a path from public/, e.g. /uploads/photo.jpg',
        'posts/outside.md:10:1: error: image "photo.png" not found: a name relative to the post means a file beside it, and tests/fixtures/check/image-outside/content/posts/outside.md is no page bundle; make the post a bundle (tests/fixtures/check/image-outside/content/posts/outside/index.md) with photo.png beside it, or write the path from public/, e.g. /uploads/photo.png',
      ],
    ],
    ['image-not-image', ['posts/text-image.md:8:1: error: "/uploads/notes.png" is not an image; link an image file (PNG, JPEG, GIF, WebP, AVIF or SVG)']],
    [
      'figure-path',
      [
        `posts/figure.mdx:8:1: error: image "/uploads/missing.png" not found: looked for ${PUBLIC}/uploads/missing.png; add the file under public/ or fix the path`,
        'posts/figure.mdx:10:1: error: image "../photo.png" not found: looked for tests/fixtures/check/public/2019/05/18/photo.png (../photo.png read from the post\'s URL); put the file beside the post (a page bundle: the post as index.md in a folder of its own), or write a path from public/, e.g. /uploads/photo.jpg',
        'posts/figure.mdx:12:1: error: "/uploads/notes.png" is not an image; link an image file (PNG, JPEG, GIF, WebP, AVIF or SVG)',
      ],
    ],
    ['mdx-syntax', ['posts/broken.mdx:8:1: error: MDX syntax: Expected a closing tag for `<Note>` (8:17-8:23) before the end of `paragraph`; check the JSX tag or { } near this line (see https://mdxjs.com/docs/troubleshooting-mdx)']],
    ['mdx-expression', ['posts/brace.mdx:6:13: error: MDX syntax: Unexpected end of file in expression, expected a corresponding closing brace for `{`; check the JSX tag or { } near this line (see https://mdxjs.com/docs/troubleshooting-mdx)']],
    [
      'broken-link',
      [
        'posts/links.md:6:5: error: link "/2019/05/18/nope/" leads to no post; link a post\'s permalink, /YYYY/MM/DD/slug/',
        'posts/links.md:6:45: error: link "/tags/nothing/" leads to no page; link a tag, author or page that exists',
        `posts/links.md:8:1: error: link "/uploads/slides.pdf" leads to no file: looked for ${PUBLIC}/uploads/slides.pdf; add the file under public/ or fix the link`,
        // No page of the site (its app/ routes included) has this path: a page of an old site, perhaps.
        'posts/links.md:8:35: warning: link "/about/" leads outside this site: no page or file here has that path; import with --external-base https://the.old.site to link it there, or link a page of this site',
        'posts/links.md:10:1: error: link "/2019/05/17/a-post/" leads to no post; did you mean /2019/05/18/a-post/?',
      ],
    ],
    [
      'link-to-draft',
      [
        `posts/published.md:6:5: error: link "/2019/05/18/secret-plans/" leads to a draft (${FIXTURES}/link-to-draft/content/posts/secret.md), which this build leaves out; publish that post (draft: false) or remove the link`,
        // The draft is checked as a preview build sees it: its link to the published post is fine.
        'posts/secret.md:7:64: error: link "/2019/05/21/nothing/" leads to no post; link a post\'s permalink, /YYYY/MM/DD/slug/',
      ],
    ],
    ['duplicate-url', [`posts/second.mdx:2: error: URL /2019/05/18/same/ is also the URL of ${FIXTURES}/duplicate-url/content/posts/first.md; give one of the two posts another slug, date or url`]],
    [
      'schemeless-link',
      [
        'posts/web.md:6:6: warning: link "smi-spec.org" has no scheme, so it leads to a page of this site; write https://smi-spec.org if smi-spec.org is meant',
        'posts/web.md:6:30: warning: link "slack.linkerd.io/join" has no scheme, so it leads to a page of this site; write https://slack.linkerd.io/join if slack.linkerd.io is meant',
        'posts/web.md:6:67: warning: link "hello@example.com" is an e-mail address without mailto:; write mailto:hello@example.com',
        // Not an address without its scheme, but a file beside the post, which is not there.
        'posts/web.md:8:12: error: link "notes.md" leads to no file: looked for tests/fixtures/check/public/2019/05/18/a-post/notes.md (notes.md read from the post\'s URL is /2019/05/18/a-post/notes.md); add the file under public/ or fix the link',
      ],
    ],
    [
      'image-alt',
      [
        'posts/alt.mdx:6:1: warning: image "/uploads/photo.png" has no alt text; describe it: ![what it shows](/uploads/photo.png)',
        'posts/alt.mdx:8:1: warning: image "/uploads/photo.png" has no alt text; describe it: <img alt="what it shows" …>',
        'posts/alt.mdx:12:1: warning: image "/uploads/photo.png" has no alt text; describe it: <Figure alt="what it shows" …>',
      ],
    ],
    ['tweet-cache', ['posts/tweets.mdx:6:1: warning: tweet 1131234567890123456 is not in the tweet cache (content/tweets/1131234567890123456.json), so the page shows a plain link; run `npm run tweets:sync` where there is network, then commit the file']],
    [
      'tweet-cache-damaged',
      [
        'tweets/1130000000000000000.json:4:3: error: the cached tweet 1130000000000000000 is unusable: not JSON (Expected double-quoted property name in JSON at position 53); run `npm run tweets:sync` to fetch it again, or delete the file to show a link to the tweet (embedded at tests/fixtures/check/tweet-cache-damaged/content/posts/tweets.mdx:6)',
        'tweets/1131234567890123456.json:1: error: the cached tweet 1131234567890123456 is unusable: tweet.created_at: Invalid input: expected string, received undefined; run `npm run tweets:sync` to fetch it again, or delete the file to show a link to the tweet (embedded at tests/fixtures/check/tweet-cache-damaged/content/posts/tweets.mdx:8)',
      ],
    ],
    [
      'mdx-code',
      [
        'posts/code.mdx:6:1: error: `import` in a post: posts run no code, and import nothing; remove the line; every component (Tweet, YouTube, Note, Figure…) is available without an import',
        'posts/code.mdx:8:1: error: `export` in a post: posts run no code; remove the line; put data such as the title or tags in the front matter',
        'posts/code.mdx:10:18: error: `{2 + 2}` is a JavaScript expression: posts run no code; write the text itself; for a literal brace write \\{',
        'posts/code.mdx:12:7: error: <Note>: `title={secret}` is a JavaScript expression: posts run no code; write title="…" (attribute values are text)',
        "posts/code.mdx:12:22: error: <Note>: `{...{ id: 'x' }}` spreads code into attributes: posts run no code; write each attribute as name=\"value\"",
      ],
    ],
    [
      'html',
      [
        'posts/raw.md:6:1: warning: <script> removed with its content: posts run no script; embed with a component (Tweet, YouTube, Gist…) instead',
        'posts/raw.md:8:1: warning: `onerror` on <img> removed: posts run no script; remove the attribute',
        'posts/raw.md:10:1: warning: `href` "javascript:alert(1)" on <a> removed: links are http(s), mailto, tel or site paths; write a https:// address or a site path',
        'posts/raw.md:10:35: warning: image "https://tracker.example/chart.png" is on another site: the page links to it instead of loading it, since loading it would tell that site about every reader; save the image under public/uploads/ and write its path, e.g. /uploads/photo.jpg',
        'posts/raw.md:14:1: warning: <iframe> of "https://evil.example/" removed: only YouTube and Vimeo videos can be embedded; write <YouTube id="…" /> for a YouTube video, or link to the page',
      ],
    ],
    ['duplicate-key', ['posts/twice.md:4:1: warning: front matter key `title` is repeated; the last value wins; remove one of the two lines']],
    [
      'shortcodes',
      [
        'posts/hugo.md:6:1: error: unknown shortcode `speakerdeck`; known: tweet, x, youtube, note, warning, fig, gist, asciinema, table, ref, relref, vimeo, gallery, figure, twitter (lib/markdown/shortcodes.ts); say what a site\'s own shortcode becomes in content/shortcodes.yml',
        'posts/hugo.md:8:1: error: `{{< tweet abc >}}`: `id` "abc" is not the tweet id: digits only, e.g. 1130789969293991936; fix the value; write {{< tweet ID >}} or {{< tweet USER ID >}} or {{< tweet id="…" user="…" >}}',
        'posts/hugo.md:10:1: error: `{{< youtube nope >}}`: `id` "nope" is not the video id: 11 characters of A-Z a-z 0-9 _ -, e.g. Z3nfLI3z0hc; fix the value; write {{< youtube ID >}} or {{< youtube id="…" title="…" start="…" end="…" >}}',
        'posts/hugo.md:12:1: warning: `{{< youtube >}}` has no parameter `colour`; it is ignored; known: id, title, start, end, autoplay, class, loading, allowFullScreen, controls, mute, loop',
        'posts/hugo.md:14:1: warning: `{{> not a shortcode }}` looks like a shortcode but is not one; it stays as text, as in Hugo; write {{< not … >}} to call the shortcode, or leave it if the text is meant',
        'posts/hugo.md:16:1: error: unclosed `{{< note >}}` opened on line 16; add {{< /note >}} after its content, at the same level',
        'posts/hugo.md:19:22: error: `{{< ref "no-such-post" >}}` leads to no post; name a post by its file name under content/posts/ (with or without .md), e.g. {{< ref "my-post" >}}',
      ],
    ],
    [
      'components',
      [
        'posts/jsx.mdx:6:1: error: unknown component <Twet>; did you mean <Tweet>? known: Tweet, YouTube, Note, Warning, Figure, ImageLink, TalkList, Talk, Gist, Asciinema, Table, Gallery, GalleryImage, Vimeo, Video (components/mdx-components.tsx)',
        'posts/shortcode.mdx:8:1: error: Hugo shortcode `{{< tweet 1131234567890123456 >}}` in an .mdx file; write <Tweet id="1131234567890123456" /> (shortcodes work in .md files only)',
      ],
    ],
    ['lenient-yaml', ["posts/folded.md:2: warning: front matter is not strict YAML (Missing closing 'quote); it is read as Hugo reads it; indent continuation lines and close quotes on the line they open, so every YAML tool reads it"]],
  ]

  it.each(cases)('reports %s with its file, line and culprit', async (kind, lines) => {
    expect(await linesOf(kind)).toEqual(lines)
  })

  it('accepts CRLF line ends, a byte order mark and an RFC 2822 date whose weekday is wrong', async () => {
    const report = await check('accepted')
    expect(report.problems.map(formatProblem)).toEqual([])
    expect(report.posts).toBe(2)
  })

  it('counts errors, warnings and files in one summary line', async () => {
    const report = await check('link-to-draft')
    expect(formatSummary(report)).toMatch(/^2 errors, 0 warnings in 2 files \(2 posts checked in \d+ ms\)$/)
  })

  it('reads a Hugo title continued on an unindented line as Hugo does', async () => {
    const report = await check('lenient-yaml')
    expect(report.errors).toBe(0)
    expect(report.posts).toBe(1)
  })
})

describe('npm run check on hostile input', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'recap-check-'))
    const posts = join(dir, 'posts')
    mkdirSync(posts)
    const front = (title: string, day: number, extra = '') => `---\ntitle: ${title}\ndate: 2019-05-${day}\n${extra}---\n\n`
    // Nine levels of nine aliases: a billion strings when expanded.
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (let level = 1; level <= 8; level++) {
      const name = String.fromCharCode(97 + level)
      bomb.push(`${name}: &${name} [${Array(9).fill(`*${String.fromCharCode(96 + level)}`).join(',')}]`)
    }
    writeFileSync(join(posts, 'alias-bomb.md'), front('Bomb', 10, `${bomb.join('\n')}\ntags: *i\n`) + 'Body.\n')
    writeFileSync(join(posts, 'huge.md'), front('Huge', 11) + 'word '.repeat(500_000))
    writeFileSync(join(posts, 'one-line.md'), front('One line', 12) + 'word '.repeat(200_000))
    // Lists nested 400 levels deep keep the Markdown parser busy for minutes.
    writeFileSync(join(posts, 'nested.md'), front('Nested', 13) + Array.from({ length: 400 }, (_, i) => `${'- '.repeat(i + 1)}item`).join('\n'))
    writeFileSync(join(posts, 'fine.md'), front('Fine', 14) + 'A [broken link](/2019/01/01/nope/).\n')
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('reports every file, bounds the slow one, and never throws', async () => {
    const started = Date.now()
    const report = await checkContent({ contentDir: dir, publicDir: PUBLIC, workers: 1, timeoutMs: 8000 })
    const lines = report.problems.map((problem) => formatProblem(problem).replace(`${dir}/`, ''))
    expect(lines).toEqual([
      'posts/alias-bomb.md:2: error: front matter could not be read: Excessive alias count indicates a resource exhaustion attack; write plain values instead of YAML aliases (*name)',
      'posts/fine.md:6:3: error: link "/2019/01/01/nope/" leads to no post; link a post\'s permalink, /YYYY/MM/DD/slug/',
      'posts/huge.md:1: error: file is 2.4 MB, larger than a post can be (2 MB); split it, or move data out of the post',
      'posts/nested.md:1: error: compiling this post took longer than 8 s, so it was stopped (the build would hang on it); look for lists or quotes nested dozens of levels deep, or long runs of * _ [ ` characters',
    ])
    // The 1 MB line compiled (no problem), and nothing waited on the nested lists for long.
    expect(report.posts).toBe(5)
    expect(Date.now() - started).toBeLessThan(60_000)
  }, 90_000)
})

describe('the npm run check command', () => {
  const run = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await promisify(execFile)('node_modules/.bin/tsx', ['tools/check/main.ts', ...args])
      return { code: 0, stdout, stderr }
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string }
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
    }
  }
  const site = (kind: string) => ['--content', `${FIXTURES}/${kind}/content`, '--public', PUBLIC]

  it('exits 0 on clean content, 0 on warnings only, 1 on errors, 2 on a bad option', async () => {
    const [clean, warnings, errors, missing, usage] = await Promise.all([
      run(...site('accepted')),
      run(...site('typo-field')),
      run(...site('bad-date')),
      run('--content', `${FIXTURES}/no-such-folder`),
      run('--colour'),
    ])
    expect(clean.code).toBe(0)
    expect(clean.stdout).toMatch(/^0 errors, 0 warnings in 0 files \(2 posts checked in \d+ ms\)\n$/)
    expect(warnings.code).toBe(0)
    expect(warnings.stdout).toContain(`${FIXTURES}/typo-field/content/posts/typo.md:4: warning: unknown front matter field "tagz"; did you mean "tags"?\n`)
    expect(errors.code).toBe(1)
    expect(errors.stdout.split('\n')[0]).toBe(
      `${FIXTURES}/bad-date/content/posts/when.md:3:7: error: front matter "date": "May 3rd" is not a date; write 2023-05-03 or Wed, 03 May 2023 09:00:00 +0000`,
    )
    expect(errors.stdout).toMatch(/\n1 error, 0 warnings in 1 file \(1 post checked in \d+ ms\)\n$/)
    expect(missing.code).toBe(1)
    expect(missing.stdout).toContain(`${FIXTURES}/no-such-folder:1: error: content folder not found; pass the folder that holds posts/ (and authors.yml)`)
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain('usage: npm run check')
    for (const result of [clean, warnings, errors, missing]) expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /)
  }, 120_000)

  it('prints the documented JSON shape with --json', async () => {
    const result = await run(...site('broken-link'), '--json')
    expect(result.code).toBe(1)
    const json = JSON.parse(result.stdout) as CheckJson
    expect(json.version).toBe(1)
    expect(json.summary).toMatchObject({ errors: 4, warnings: 1, files: 1, posts: 1 })
    expect(json.problems[0]).toEqual({
      file: `${FIXTURES}/broken-link/content/posts/links.md`,
      line: 6,
      column: 5,
      severity: 'error',
      rule: 'link',
      message: 'link "/2019/05/18/nope/" leads to no post',
      hint: "link a post's permalink, /YYYY/MM/DD/slug/",
      text: `${FIXTURES}/broken-link/content/posts/links.md:6:5: error: link "/2019/05/18/nope/" leads to no post; link a post's permalink, /YYYY/MM/DD/slug/`,
    })
    expect(toJson(await check('accepted')).problems).toEqual([])
  }, 60_000)
})
