import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { SiteContent } from './content'
import { talkIndexesOf } from './content/event-queries'
import { eventJsonLd, recapJsonLd, speakerJsonLd } from './structured-data'
import { JsonLd } from '@/components/json-ld'
import { makeSite, post, type TempSite } from '@/tests/helpers/content-dir'

// Every JSON-LD block recap writes (recaps, events, speakers) goes through one serializer: text a
// contributor controls (a title, an event's name or place, a speaker's name, organisation or bio)
// never closes the script element or opens a comment, and parses back as written.
const CLOSE = "</script><script>window.__pwned='json-ld'</script><!--"

let site: TempSite
let content: SiteContent
beforeAll(() => {
  site = makeSite({
    'content/speakers.yml': `mallory:\n  name: "Mallory ${CLOSE}"\n  bio: "${CLOSE}"\n`,
    'content/posts/a.md': post(
      `title: "${CLOSE}"\ndate: 2019-05-30\nevent:\n  name: "Conf ${CLOSE}"\n  location: "${CLOSE}"\n  start: 2019-05-20`,
      ['<!-- talks -->', '', `- [Talk ${CLOSE}](https://youtu.be/vdxcaR3I2ic): Mallory, Evil ${CLOSE.replaceAll(',', '')}`, '- [Other](https://youtu.be/Z3nfLI3z0hc): Ada Park', ''].join('\n'),
    ),
  })
  content = site.load()
})
afterAll(() => site.cleanup())

describe('JSON-LD with hostile text', () => {
  it('stays one script element whatever the recap, event or speaker says, and parses back to the same text', () => {
    expect(content.problems.filter((problem) => problem.severity === 'error')).toEqual([])
    const recap = content.posts[0]
    const { talks, speakers } = talkIndexesOf(content)
    const mallory = speakers.find((speaker) => speaker.slug === 'mallory')!
    expect(mallory.bio).toBe(CLOSE)
    const graphs = [recapJsonLd(recap, { authors: [], description: CLOSE }, talks), eventJsonLd(content.events[0], talks), speakerJsonLd(mallory)]
    for (const graph of graphs) {
      const html = renderToStaticMarkup(createElement(JsonLd, { data: graph }))
      expect(html.match(/<\/script/gi)).toHaveLength(1)
      expect(html).not.toMatch(/<!--|<script>window/)
      const json = html.replace(/^<script type="application\/ld\+json">/, '').replace(/<\/script>$/, '')
      expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(graph)))
      expect(json).toContain('\\u003c/script\\u003e')
    }
  })
})
