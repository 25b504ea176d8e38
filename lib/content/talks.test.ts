import { afterEach, describe, expect, it } from 'vitest'
import { formatProblem } from './problems'
import { talkIndexesOf } from './event-queries'
import { makeSite, post, type TempSite } from '@/tests/helpers/content-dir'
import { png } from '@/tests/helpers/pipeline'

let site: TempSite | undefined
afterEach(() => site?.cleanup())

const talk = (title: string, id: string, speakers: string) => `- [${title}](https://www.youtube.com/watch?v=${id}): ${speakers}`

describe('talks and speakers', () => {
  it('makes one speaker of one person whatever the case, accents, spacing or punctuation, with the affiliation each talk gives', () => {
    site = makeSite({
      'content/posts/a.md': post('title: A\ndate: 2019-05-30\nevent: { name: KubeCon EU 2019, start: 2019-05-20 }', [talk('One', 'aaaaaaaaaaa', 'Zsolt Homoródi, VTT'), talk('Two', 'bbbbbbbbbbb', 'Ben Lambert, Just Football & Kevin Lingerfelt, Buoyant'), ''].join('\n')),
      'content/posts/b.md': post('title: B\ndate: 2019-11-30\nevent: { name: KubeCon NA 2019, start: 2019-11-18 }', [talk('Three', 'ccccccccccc', 'zsolt  homorodi (Nokia)'), talk('Four', 'ddddddddddd', 'Kevin Lingerfelt - Buoyant'), ''].join('\n')),
    })
    const { speakers, talks, problems } = talkIndexesOf(site.load())
    expect(problems).toEqual([])
    expect(talks.map((t) => t.title)).toEqual(['Three', 'Four', 'One', 'Two'])
    expect(speakers.map((s) => [s.slug, s.name, s.talks.map(({ talk, organisation }) => `${talk.title} (${organisation})`)])).toEqual([
      ['ben-lambert', 'Ben Lambert', ['Two (Just Football)']],
      ['kevin-lingerfelt', 'Kevin Lingerfelt', ['Four (Buoyant)', 'Two (Buoyant)']],
      ['zsolt-homorodi', 'Zsolt Homoródi', ['Three (Nokia)', 'One (VTT)']],
    ])
    // Each talk's speakers lead to those pages.
    expect(talks[0].speakers).toEqual([{ name: 'zsolt homorodi', organisation: 'Nokia', slug: 'zsolt-homorodi' }])
  })

  it('merges spellings through content/speakers.yml, adds its bio and links, and links an author both ways (by id or by name)', () => {
    site = makeSite({
      'content/authors.yml': 'ada:\n  name: Ada Park\n  bio: Writes recaps.\nsam:\n  name: Sam Okafor\n',
      'content/speakers.yml': 'bill:\n  name: William Morgan\n  bio: Talks about meshes.\n  links: { website: https://example.com/w }\n  aliases: [Bill Morgan, "W. Morgan"]\nsam-o:\n  author: sam\n  aliases: [Samuel Okafor]\n',
      'content/posts/a.md': post('title: A\ndate: 2019-05-30', [talk('One', 'aaaaaaaaaaa', 'Bill Morgan, Buoyant'), talk('Two', 'bbbbbbbbbbb', 'W. Morgan & Ada Park'), talk('Three', 'ccccccccccc', 'Samuel Okafor, recap'), ''].join('\n')),
    })
    const { speakers, problems } = talkIndexesOf(site.load())
    expect(problems).toEqual([])
    expect(speakers.map((s) => [s.slug, s.name, s.author?.id ?? null, s.bio ?? null, s.talks.length])).toEqual([
      ['ada-park', 'Ada Park', 'ada', 'Writes recaps.', 1],
      ['sam-o', 'Samuel Okafor', 'sam', null, 1],
      ['bill', 'William Morgan', null, 'Talks about meshes.', 2],
    ])
  })

  it('warns at its line about an entry of content/speakers.yml no talk names, and refuses a bad one', () => {
    site = makeSite({
      'content/speakers.yml': 'ada-park:\n  bio: Real.\nnobody-here:\n  name: Nobody Here\n"Not An Id":\n  name: X\nbad:\n  avatar: https://example.com/a.png\n',
      'content/posts/a.md': post('title: A\ndate: 2019-05-30', [talk('One', 'aaaaaaaaaaa', 'Ada Park'), talk('Two', 'bbbbbbbbbbb', 'Ada Park'), ''].join('\n')),
    })
    const content = site.load()
    const lines = [...content.problems, ...talkIndexesOf(content).problems].map(formatProblem).map((line) => line.replace(site!.root + '/', ''))
    expect(lines).toEqual([
      expect.stringMatching(/^content\/speakers\.yml:5: error: speaker id "Not An Id" is not a URL segment; .*not-an-id$/),
      expect.stringMatching(/^content\/speakers\.yml:7: error: speaker "bad": avatar must be an image on this site/),
      expect.stringMatching(/^content\/speakers\.yml:3: warning: speaker "nobody-here" gave no talk in any talk list; check the spelling/),
    ])
  })

  it('collects gallery photos with the recap they are in', async () => {
    site = makeSite({
      'public/uploads/p/a.png': await png(40, 30),
      'content/posts/a.md': post('title: A\ndate: 2019-05-30', '{{< gallery >}}\n- ![A](/uploads/p/a.png "Cap")\n{{< /gallery >}}\n'),
    })
    const { photos } = talkIndexesOf(site.load())
    expect(photos.map((p) => [p.src, p.alt, p.caption, p.width, p.height, p.line, p.post.title])).toEqual([['/uploads/p/a.png', 'A', 'Cap', 40, 30, 7, 'A']])
  })
})

describe('events', () => {
  it('makes one event of names that differ only in case, warning at the later recap\'s event line', () => {
    site = makeSite({
      'content/posts/a.md': post('title: A\ndate: 2019-05-30\nevent:\n  name: KubeCon EU 2019\n  location: Barcelona'),
      'content/posts/b.md': post('title: B\ndate: 2019-06-02\ntags: [x]\nevent:\n  name: Kubecon EU 2019'),
    })
    const content = site.load()
    expect(content.events.map((event) => [event.slug, event.name, event.location, event.posts.map((p) => p.title)])).toEqual([['kubecon-eu-2019', 'KubeCon EU 2019', 'Barcelona', ['B', 'A']]])
    expect(content.problems.map(formatProblem).map((line) => line.replace(site!.root + '/', ''))).toEqual([
      expect.stringMatching(/^content\/posts\/b\.md:5: warning: event "Kubecon EU 2019" differs from "KubeCon EU 2019" \(.*a\.md:4\) only in case; .*; write the name as "KubeCon EU 2019"$/),
    ])
  })

  it('keeps an event at its pinned slug when its name changes, and says how people attended', () => {
    site = makeSite({
      'content/posts/a.md': post('title: A\ndate: 2019-05-30\nevent: { name: KubeCon + CloudNativeCon Europe 2019, slug: kubecon-eu-2019, location: Barcelona }'),
      'content/posts/b.md': post('title: B\ndate: 2020-08-20\nevent: { name: KubeCon EU Virtual, location: Online }'),
      'content/posts/c.md': post('title: C\ndate: 2020-08-21\nevent: { name: Hybrid Day, location: Lisbon, attendance: mixed }'),
    })
    const content = site.load()
    expect(content.problems).toEqual([])
    expect(content.events.map((event) => [event.slug, event.attendance])).toEqual([
      ['hybrid-day', 'mixed'],
      ['kubecon-eu-virtual', 'online'],
      ['kubecon-eu-2019', 'offline'],
    ])
  })
})
