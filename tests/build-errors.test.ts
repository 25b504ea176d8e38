import { afterAll, beforeAll, describe, it, expect } from 'vitest'
import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { checkContent } from '@/tools/check/check'
import { formatProblem } from '@/lib/content/problems'

/**
 * The build fails on the errors `npm run check` reports, with the same one-line messages: a body
 * error (renderPost throws) and a front matter error (getCheckedContent throws), each in a fixture
 * site of one good and one bad post; and a site of hostile posts, whose every error the build
 * lists at once with check's lines (paths a browser reads differently, names too long for a file,
 * reserved keys, a nested TOML date, symbolic links out of the site, an event name, a series name
 * and a speakers.yml id too long for a page, a gallery photo whose WebP address holds #).
 */

const DIST = '.next-check-build'
// Made here, since git would keep the links but a fixture folder of links to /proc is a trap.
const HOSTILE = 'tmp/build-errors-hostile/content'

async function checkLines(contentDir: string): Promise<string[]> {
  const report = await checkContent({ contentDir, publicDir: 'public', workers: 0 })
  return report.problems.filter((problem) => problem.severity === 'error').map(formatProblem)
}

function build(contentDir: string, extraEnv: Record<string, string> = {}): { status: number | null; output: string } {
  const result = spawnSync('npx', ['next', 'build'], {
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', RECAP_CONTENT_DIR: contentDir, RECAP_DIST_DIR: DIST, ...extraEnv },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 480_000,
  })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

const post = (frontMatter: string, body = 'Text.\n') => `---\n${frontMatter}\n---\n\n${body}`

function writeHostileSite(): void {
  const files: Record<string, string> = {
    'posts/good.md': post('title: A good post\ndate: 2019-05-17'),
    'posts/evil-url.md': post('title: Evil url\ndate: 2019-05-18\nurl: "/\\\\evil.example/x/"'),
    'posts/dots.md': post('title: Dots\ndate: 2019-05-18\nslug: "%2e%2e"'),
    'posts/long-title.md': post(`title: "${'東京'.repeat(40)}"\ndate: 2019-05-18`),
    'posts/long-tag.md': post(`title: Long tag\ndate: 2019-05-18\ntags: [fine, "${'t'.repeat(300)}"]`),
    'posts/proto.md': post('title: Proto\ndate: 2019-05-18\n__proto__: { title: polluted }'),
    'posts/long-event.md': post(`title: Long event\ndate: 2019-05-18\nevent:\n  name: "${'KubeCon '.repeat(40)}"`),
    'posts/series.md': post(`title: Series\ndate: 2019-05-18\nseries: "${'part '.repeat(60)}"`),
    'speakers.yml': `${'s'.repeat(300)}:\n  name: Long\n`,
    'posts/toml-event.md': '+++\ntitle = "TOML event"\ndate = 2019-05-18\n\n[event]\nname = "Conf"\nstart = "May 3rd"\n+++\n\nText.\n',
    'secret.md': post('title: "RECAP_SECRET_TOKEN=hunter2"\ndate: 2019-05-18'),
  }
  rmSync(dirname(HOSTILE), { recursive: true, force: true })
  for (const [path, text] of Object.entries(files)) {
    const file = join(path === 'secret.md' ? dirname(HOSTILE) : HOSTILE, path)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, text)
  }
  mkdirSync(join(HOSTILE, 'tweets'), { recursive: true })
  symlinkSync('/proc/self/environ', join(HOSTILE, 'tweets', '9000000000000000009.json'))
  symlinkSync('../../secret.md', join(HOSTILE, 'posts', 'leak.md'))
}

describe('next build and npm run check agree', () => {
  beforeAll(writeHostileSite)
  afterAll(() => rmSync(dirname(HOSTILE), { recursive: true, force: true }))

  it.each([
    [
      'a body error and a damaged tweet',
      'tests/fixtures/check/build-body/content',
      [
        /^posts\/bad-link\.md:6:26: error: link "\/2019\/05\/17\/a-goood-post\/" leads to no post; did you mean \/2019\/05\/17\/a-good-post\/\?$/,
        /^posts\/gallery\.md:7:3: error: gallery image "\/uploads\/porto\/a#b\.jpg" cannot be published: .*#/,
        /^tweets\/9000000000000000002\.json:1: error: the cached tweet 9000000000000000002 is unusable: tweet\.created_at: expected a date.*embedded at tests\/fixtures\/check\/build-body\/content\/posts\/bad-link\.md:10\)$/,
      ],
    ],
    ['a front matter error', 'tests/fixtures/check/build-front-matter/content', [/^posts\/bad-date\.md:3:7: error: front matter "date": "May 3rd" is not a date; write 2023-05-03 or Wed, 03 May 2023 09:00:00 \+0000$/]],
    [
      'hostile paths, names, keys and links',
      HOSTILE,
      [
        // Permalinks decode %XX as Hugo's do: `%2e%2e` is `..`, refused as a dot segment.
        /^posts\/dots\.md:4:7: error: path "\/2019\/05\/18\/\.\.\/" cannot be a page: `\.\.` is not a page name/,
        /^posts\/evil-url\.md:4:6: error: front matter "url": "\/\\\\evil\.example\/x\/" starts with \/\/ or \/\\, which a browser reads as another site/,
        /^posts\/leak\.md:1: error: is a symbolic link to .*\/tmp\/build-errors-hostile\/secret\.md, outside .*content\/; commit the file itself/,
        /^posts\/long-event\.md:5:\d+: error: front matter "event\.name": the event's address cannot be made: .* bytes long.*set slug: in the event block/,
        /^posts\/long-tag\.md:4:7: error: tag "t{37}…" cannot name a page: .* is 300 bytes long; a page name holds at most 200; shorten the tag$/,
        /^posts\/long-title\.md:2:8: error: path ".*" cannot be a page: ".*" is 240 bytes long; a page name holds at most 200; the address is made from the title: set slug:/,
        /^posts\/proto\.md:4: error: front matter key `__proto__` is a name JavaScript reserves for every object; rename or remove `__proto__`$/,
        /^posts\/series\.md:4:\d+: error: series name ".{37}…" cannot name a page: .* bytes long.*shorten the series name$/,
        /^posts\/toml-event\.md:7:9: error: front matter "event\.start": "May 3rd" is not a date; write start: 2019-05-20$/,
        /^speakers\.yml:1: error: speaker id "s{40}…" cannot name a page: .*300 bytes long/,
        /^tweets\/9000000000000000009\.json:1: error: is a symbolic link to \/proc\/self\/environ, outside .*content\/; commit the file itself/,
      ],
    ],
  ])('fails the build on %s with the lines npm run check prints', async (_kind, contentDir, endings) => {
    const lines = await checkLines(contentDir)
    expect(lines.map((line) => line.slice(contentDir.length + 1))).toEqual(endings.map((ending) => expect.stringMatching(ending)))
    const { status, output } = build(contentDir)
    expect(status).not.toBe(0)
    for (const line of lines) expect(output).toContain(line)
    expect(output).not.toContain('hunter2')
  }, 500_000)

  it('fails the build on an error in a post that is not prerendered (prerender 0), with its line', async () => {
    const contentDir = 'tests/fixtures/check/build-body/content'
    const [line] = await checkLines(contentDir)
    const { status, output } = build(contentDir, { RECAP_PRERENDER: '0' })
    expect(status).not.toBe(0)
    expect(output).toContain(line)
    // Failed in the content step, before any page was rendered.
    expect(output).toMatch(/recap: \d+ posts validated and compiled/)
  }, 500_000)
})
