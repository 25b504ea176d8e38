import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SiteContent } from './content'
import { talkIndexesOf } from './content/event-queries'
import { eventJsonLd, recapJsonLd, speakerJsonLd } from './structured-data'
import { describeIssues, richResultIssues } from '@/tests/helpers/rich-results'
import { makeSite, post, type TempSite } from '@/tests/helpers/content-dir'

// Recommended properties recap has no data for (tickets, organisers, a video's length or key
// moments when the list gives no start time): Google lists them as optional, the validator as warnings.
const UNKNOWABLE = /"(hasPart|offers|organizer|duration|expires|publication|ineligibleRegion|regionsAllowed|interactionStatistic|interactionCount|dateCreated|dateModified|endOffset)"|One of the following conditions needs to be met: Missing field "(ineligibleRegion|interactionStatistic)"/

let site: TempSite
let content: SiteContent

beforeAll(() => {
  site = makeSite({
    'content/authors.yml': 'ada:\n  name: Ada Park\n',
    'content/speakers.yml': 'bryan-liles:\n  bio: Talks about cloud native.\n  links: { website: https://example.com/bryan }\n',
    'content/posts/recap.md': post(
      'title: KubeCon in Barcelona\nauthor: ada\ndate: 2019-05-27T18:30:00+02:00\ndescription: What we took home.\nevent:\n  name: KubeCon EU 2019\n  location: Barcelona, Spain\n  start: 2019-05-20\n  end: 2019-05-23\n  url: https://events.example.org/kubecon-eu-2019/',
      [
        '- [Keynote: CNCF Project Update](https://youtu.be/vdxcaR3I2ic?t=359): Bryan Liles, VMware',
        '- [Intro to Linkerd](https://www.youtube.com/watch?v=Z3nfLI3z0hc): William Morgan, Buoyant & Ada Park',
        '- [Lightning round](https://vimeo.com/372009004): Zoë Martins',
        '',
      ].join('\n'),
    ),
    'content/posts/online.md': post('title: Online day\ndate: 2020-08-20\nevent: { name: Mesh Day Online, location: Online, start: 2020-08-18 }', '- [A](https://youtu.be/vdxcaR3I2ic): Ada Park\n- [B](https://youtu.be/Z3nfLI3z0hc): Bo Chen\n'),
  })
  content = site.load()
})
afterAll(() => site.cleanup())

const recapOf = (title: string) => {
  const recap = content.posts.find((candidate) => candidate.title === title)!
  const talks = talkIndexesOf(content).talks.filter((talk) => talk.post === recap)
  return recapJsonLd(recap, { authors: [{ name: 'Ada Park', slug: 'ada' }], description: 'What we took home.' }, talks)
}

/** A graph's nodes as plain JSON, as a page serialises them. */
function nodesOf(graph: object): { '@graph': Record<string, unknown>[] } {
  return JSON.parse(JSON.stringify(graph)) as { '@graph': Record<string, unknown>[] }
}

/** Errors, and warnings other than those for data recap cannot have. */
async function problemsOf(document: object): Promise<string[]> {
  return describeIssues(await richResultIssues(document)).filter((issue) => issue.endsWith('(ERROR)') || !UNKNOWABLE.test(issue))
}

describe('structured data', () => {
  it("gives a recap the Event it reports on and a VideoObject per recording, with a Clip where the talk starts and its speakers as Person", () => {
    const graph = nodesOf(recapOf('KubeCon in Barcelona'))
    const types = graph['@graph'].map((node) => node['@type'])
    expect(types).toEqual(['BlogPosting', 'Event', 'VideoObject', 'VideoObject', 'VideoObject'])
    const [posting, event, keynote, intro, vimeo] = graph['@graph']
    expect(posting).toMatchObject({ headline: 'KubeCon in Barcelona', about: { '@id': event['@id'] }, video: [{ '@id': keynote['@id'] }, { '@id': intro['@id'] }, { '@id': vimeo['@id'] }] })
    expect(event).toMatchObject({
      name: 'KubeCon EU 2019',
      startDate: '2019-05-20',
      endDate: '2019-05-23',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', name: 'Barcelona, Spain', address: 'Barcelona, Spain' },
      sameAs: 'https://events.example.org/kubecon-eu-2019/',
    })
    expect(String(event.url)).toMatch(/\/events\/kubecon-eu-2019\/$/)
    expect(keynote).toMatchObject({
      name: 'Keynote: CNCF Project Update',
      embedUrl: 'https://www.youtube-nocookie.com/embed/vdxcaR3I2ic',
      url: 'https://www.youtube.com/watch?v=vdxcaR3I2ic',
      thumbnailUrl: 'https://i.ytimg.com/vi/vdxcaR3I2ic/hqdefault.jpg',
      uploadDate: '2019-05-27T16:30:00.000Z',
      hasPart: { '@type': 'Clip', startOffset: 359, url: 'https://www.youtube.com/watch?v=vdxcaR3I2ic&t=359s' },
      author: [{ '@type': 'Person', name: 'Bryan Liles', affiliation: { '@type': 'Organization', name: 'VMware' } }],
    })
    expect((intro.author as { name: string }[]).map((person) => person.name)).toEqual(['William Morgan', 'Ada Park'])
    expect(vimeo).toMatchObject({ embedUrl: 'https://player.vimeo.com/video/372009004?dnt=1', url: 'https://vimeo.com/372009004' })
  })

  it("validates a recap's, an event's and a speaker's JSON-LD against Google's rich result rules", async () => {
    const { speakers } = talkIndexesOf(content)
    const event = content.events.find((candidate) => candidate.slug === 'kubecon-eu-2019')!
    const eventTalks = talkIndexesOf(content).talks.filter((talk) => talk.event?.slug === event.slug)
    for (const [name, document] of [
      ['recap', recapOf('KubeCon in Barcelona')],
      ['online recap', recapOf('Online day')],
      ['event', eventJsonLd(event, eventTalks)],
      ...speakers.map((speaker) => [`speaker ${speaker.slug}`, speakerJsonLd(speaker)] as const),
    ] as const) {
      expect(await problemsOf(document), name).toEqual([])
    }
  })

  it('fails the rules where they must fail: an event without a start date or place, a video without a name', async () => {
    const issues = describeIssues(
      await richResultIssues({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'Event', name: 'No date' },
          { '@type': 'VideoObject', thumbnailUrl: 'https://i.ytimg.com/vi/x/hqdefault.jpg', uploadDate: '2019-05-27' },
          { '@type': 'Event', name: 'Place without address', startDate: '2019-05-20', location: { '@type': 'Place', name: 'Somewhere' } },
        ],
      }),
    ).filter((issue) => issue.endsWith('(ERROR)'))
    expect(issues.sort()).toEqual([
      'Event > Place: Required attribute "address" is missing (ERROR)',
      'Event: Required attribute "location" is missing (ERROR)',
      'Event: Required attribute "startDate" is missing (ERROR)',
      'VideoObject: Required attribute "name" is missing (ERROR)',
    ])
  })

  it("describes a speaker's page as a ProfilePage about the Person, with their links, bio and affiliations", () => {
    const bryan = talkIndexesOf(content).speakers.find((speaker) => speaker.slug === 'bryan-liles')!
    const graph = nodesOf(speakerJsonLd(bryan))
    expect(graph['@graph'].slice(0, 2)).toMatchObject([
      { '@type': 'ProfilePage', mainEntity: { '@id': expect.stringMatching(/\/speakers\/bryan-liles\/#person$/) } },
      { '@type': 'Person', name: 'Bryan Liles', description: 'Talks about cloud native.', sameAs: ['https://example.com/bryan'], affiliation: [{ '@type': 'Organization', name: 'VMware' }] },
    ])
  })
})
