import { afterEach, describe, expect, it } from 'vitest'
import { mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { formatProblem, sortProblems } from './problems'
import { talkIndexesOf } from './event-queries'
import { makeSite, post, type TempSite } from '@/tests/helpers/content-dir'

// Round two's rules applied to what events, speakers and series added: every page address made
// from content goes through lib/safe-paths.ts, speakers.yml is read like authors.yml (inside
// content/, escapes cleaned), and element ids never name a framework global.

let site: TempSite | undefined
afterEach(() => {
  site?.cleanup()
  site = undefined
})

/** Problem lines as `npm run check` prints them, from content/ on. */
function lines(severity: 'error' | 'warning' = 'error'): string[] {
  return sortProblems(site!.load().problems)
    .filter((problem) => problem.severity === severity)
    .map((problem) => formatProblem(problem).replace(/^.*?content\//, 'content/'))
}

const talk = (title: string, id: string, speakers: string) => `- [${title}](https://www.youtube.com/watch?v=${id}): ${speakers}`

describe('event and series addresses', () => {
  it('refuses an event name too long for a file name at its line, with the hint to set the event slug', () => {
    site = makeSite({ 'content/posts/a.md': post(`title: A\ndate: 2019-05-30\nevent:\n  name: "${'KubeCon '.repeat(40)}"\n  start: 2019-05-20`) })
    expect(lines()).toEqual([expect.stringMatching(/^content\/posts\/a\.md:5:\d+: error: front matter "event\.name": the event's address cannot be made: .*bytes long.*; set slug: in the event block/)])
  })

  it('refuses a pinned event slug too long, or one that names a framework global; a name that slugs to one is prefixed', () => {
    site = makeSite({
      'content/posts/a.md': post(`title: A\ndate: 2019-05-30\nevent:\n  name: Long\n  slug: ${'a-'.repeat(150)}b`),
      'content/posts/b.md': post('title: B\ndate: 2019-05-31\nevent:\n  name: React\n  slug: react'),
      'content/posts/c.md': post('title: C\ndate: 2019-06-01\nevent: { name: Next }'),
    })
    expect(lines()).toEqual([
      expect.stringMatching(/^content\/posts\/a\.md:6:\d+: error: front matter "event\.slug": the event's address cannot be made: .*bytes long/),
      expect.stringMatching(/^content\/posts\/b\.md:6:\d+: error: front matter "event\.slug": the event's address cannot be made: "react" names a global the page's scripts read/),
    ])
    expect(site.load().allPosts.find((p) => p.id === 'c')?.event?.slug).toBe('event-next')
  })

  it('refuses a series name too long to name a page, at the series line', () => {
    site = makeSite({ 'content/posts/a.md': post(`title: A\ndate: 2019-05-30\nseries: "${'part '.repeat(60)}"`) })
    expect(lines()).toEqual([expect.stringMatching(/^content\/posts\/a\.md:4:\d+: error: series name ".{37}…" cannot name a page: .*bytes long.*; shorten the series name$/)])
    expect(site.load().allPosts[0].series).toBeUndefined()
  })
})

describe('content/speakers.yml', () => {
  it('is not read when it is a link out of content/ (an error at the link)', () => {
    site = makeSite({ 'content/posts/a.md': post('title: A\ndate: 2019-05-30', `${talk('One', 'aaaaaaaaaaa', 'Ada Park')}\n`), 'secret/speakers.yml': 'ada-park:\n  bio: "RECAP_SECRET=hunter2"\n' })
    mkdirSync(site.contentDir, { recursive: true })
    symlinkSync(join(site.root, 'secret/speakers.yml'), join(site.contentDir, 'speakers.yml'))
    const content = site.load()
    expect(lines()).toEqual([expect.stringMatching(/^content\/speakers\.yml:1: error: is a symbolic link to .*secret\/speakers\.yml, outside/)])
    expect(JSON.stringify(content)).not.toContain('hunter2')
    expect(JSON.stringify(talkIndexesOf(content).speakers)).not.toContain('hunter2')
  })

  it('refuses an id too long for a page, and cleans escapes that make lone surrogates or controls', () => {
    site = makeSite({
      'content/speakers.yml': `${'a'.repeat(300)}:\n  name: Long\nada:\n  name: Ada\n  bio: "half \\ud800 and \\x1b[31m red"\n`,
      'content/posts/a.md': post('title: A\ndate: 2019-05-30', `${talk('One', 'aaaaaaaaaaa', 'Ada')}\n${talk('Two', 'bbbbbbbbbbb', 'Ada')}\n`),
    })
    expect(lines()).toEqual([expect.stringMatching(/^content\/speakers\.yml:1: error: speaker id "a{40}…" cannot name a page: .*300 bytes long.*; shorten the id$/)])
    expect(lines('warning')).toEqual([expect.stringMatching(/^content\/speakers\.yml:3: warning: speaker "ada": invisible control characters removed/)])
    const ada = talkIndexesOf(site.load()).speakers.find((speaker) => speaker.slug === 'ada')
    expect(ada?.bio).toBe('half \uFFFD and [31m red')
  })

  it('refuses keys that would reach the prototype', () => {
    site = makeSite({ 'content/speakers.yml': '__proto__:\n  name: Polluted\n', 'content/posts/a.md': post('title: A\ndate: 2019-05-30') })
    expect(lines().join('\n')).toMatch(/content\/speakers\.yml:1: error: .*__proto__/)
    expect(({} as Record<string, unknown>).name).toBeUndefined()
  })
})

describe('speaker pages made from names', () => {
  it("cut a name whose slug outgrows a file name (a talk list allows 160 characters; slugify writes ß as ss) to a short slug", () => {
    const long = `S${'ß'.repeat(150)}`
    site = makeSite({ 'content/posts/a.md': post('title: A\ndate: 2019-05-30', [talk('Long', 'lllllllllll', long), talk('Short', 'sssssssssss', `S${'s'.repeat(95)}`), talk('Ana', 'aaaaaaaaaaa', 'Ana Lee'), ''].join('\n')) })
    const speakers = talkIndexesOf(site.load()).speakers
    expect(speakers.map((speaker) => speaker.name).sort()).toEqual(['Ana Lee', long, `S${'s'.repeat(95)}`].sort())
    const slugs = speakers.map((speaker) => speaker.slug)
    // Cut to 96 bytes, it meets the other name's own slug: numbered apart.
    expect(slugs.sort()).toEqual(['ana-lee', 's'.repeat(96), `${'s'.repeat(96)}-2`])
  })
})
