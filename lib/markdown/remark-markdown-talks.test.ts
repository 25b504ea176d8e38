import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RootContent } from 'mdast'
import { resolveRef, transform } from '@/tests/helpers/markdown'
import { SHARED_DIR, describeWith } from '@/tests/helpers/external'
import { remarkHugoShortcodes } from './remark-hugo-shortcodes'
import { remarkMarkdownTalks } from './remark-markdown-talks'
import { remarkTalkList } from './remark-talk-list'
import { remarkCheckComponents } from './remark-check-components'

const plugins = (enabled = true) => [[remarkHugoShortcodes, { resolveRef }], [remarkMarkdownTalks, { enabled }], remarkTalkList, remarkCheckComponents]
const run = (markdown: string, enabled = true) => transform(markdown, plugins(enabled) as Parameters<typeof transform>[1])

type Element = { type: string; name?: string; attributes?: { name: string; value: string }[]; children?: Element[] }
const props = (node: Element) => Object.fromEntries((node.attributes ?? []).map((a) => [a.name, a.value]))
const talkLists = (children: RootContent[]) => (children as Element[]).filter((node) => node.type === 'mdxJsxFlowElement' && node.name === 'TalkList')
const talksOf = (markdown: string, enabled = true) => talkLists(run(markdown, enabled).tree.children).flatMap((list) => (list.children ?? []).map(props))

describe('remarkMarkdownTalks', () => {
  it('turns a list of recordings with speakers after the link into talks (start time from the URL)', () => {
    const talks = talksOf(
      [
        '- [Keynote: CNCF Project Update w/Linkerd](https://youtu.be/vdxcaR3I2ic?t=359):',
        '  Bryan Liles, VMware',
        '- [Scavenging for Reusable Code in the Kubernetes',
        '  Codebase](https://www.youtube.com/watch?v=G8swjziYjY8): Kevin Lingerfelt,',
        'Buoyant',
        '',
      ].join('\n'),
    )
    expect(talks).toEqual([
      { title: 'Keynote: CNCF Project Update w/Linkerd', url: 'https://youtu.be/vdxcaR3I2ic?t=359', speakers: 'Bryan Liles, VMware', start: '359' },
      { title: 'Scavenging for Reusable Code in the Kubernetes Codebase', url: 'https://www.youtube.com/watch?v=G8swjziYjY8', speakers: 'Kevin Lingerfelt, Buoyant' },
    ])
  })

  it('reads speakers inside the link text, and keeps a talk without speakers', () => {
    expect(
      talksOf('- [Intro: Linkerd - William Morgan,\n  Buoyant](https://www.youtube.com/watch?v=Z3nfLI3z0hc)\n- [Panel Discussion: Ask Us Anything](https://www.youtube.com/watch?v=101xw1RN3t4)\n'),
    ).toEqual([
      { title: 'Intro: Linkerd', url: 'https://www.youtube.com/watch?v=Z3nfLI3z0hc', speakers: 'William Morgan, Buoyant' },
      { title: 'Panel Discussion: Ask Us Anything', url: 'https://www.youtube.com/watch?v=101xw1RN3t4' },
    ])
  })

  it('reads other ways of writing the same list: Vimeo, "by", dashes, parentheses, an ordered list', () => {
    expect(
      talksOf(
        [
          '1. [Recaps that age well](https://vimeo.com/372009001) by Sam Okafor (recap)',
          '2. [Photos without faces](https://vimeo.com/channels/staffpicks/372009002) – Inês Carvalho - Porto Tech Hub',
          '3. [Lightning round](https://player.vimeo.com/video/372009004#t=95s), Zoë Martins',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      { title: 'Recaps that age well', url: 'https://vimeo.com/372009001', speakers: 'Sam Okafor (recap)' },
      { title: 'Photos without faces', url: 'https://vimeo.com/channels/staffpicks/372009002', speakers: 'Inês Carvalho - Porto Tech Hub' },
      { title: 'Lightning round', url: 'https://player.vimeo.com/video/372009004#t=95s', speakers: 'Zoë Martins', start: '95' },
    ])
  })

  it('leaves lists that are not talks alone: documentation links, tweets, one video among prose, videos with sentences after them', () => {
    const lists = [
      '- [Getting started](https://linkerd.io/2/getting-started/): install the CLI\n- [Tasks](https://linkerd.io/2/tasks/): Things To Do\n',
      '- [Our keynote tweet](https://twitter.com/linkerd/status/1130789969293991936): Linkerd\n- [Another](https://x.com/linkerd/status/1130810652862373889): William Morgan\n',
      '- [Watch the intro](https://www.youtube.com/watch?v=Z3nfLI3z0hc): William Morgan, Buoyant\n- Then read the docs and try it on a cluster.\n- Come to the community call.\n',
      '- [Part one](https://www.youtube.com/watch?v=Z3nfLI3z0hc) shows how to install it on your laptop.\n- [Part two](https://www.youtube.com/watch?v=E-zuggDfv0A) goes deeper. It takes an hour.\n',
      '- [Just one talk](https://www.youtube.com/watch?v=Z3nfLI3z0hc): William Morgan, Buoyant\n',
      '- [A video](https://www.youtube.com/watch?v=Z3nfLI3z0hc)\n- [Another video](https://www.youtube.com/watch?v=E-zuggDfv0A)\n',
    ]
    for (const list of lists) {
      const { tree, messages } = run(list)
      expect(talkLists(tree.children), list).toEqual([])
      expect(tree.children[0].type, list).toBe('list')
      expect(messages, list).toEqual([])
    }
  })

  it('keeps a list whose one item is no talk a plain list, with a warning at that item', () => {
    const { tree, messages } = run(
      'Intro\n\n- [Intro to Linkerd](https://www.youtube.com/watch?v=Z3nfLI3z0hc): William Morgan, Buoyant\n- [Deep Dive](https://www.youtube.com/watch?v=E-zuggDfv0A): Oliver Gould, Buoyant\n- [Slides](https://example.com/slides.pdf): Oliver Gould\n',
    )
    expect(talkLists(tree.children)).toEqual([])
    expect(messages.map((m) => [m.line, m.severity, m.ruleId])).toEqual([[5, 'warning', 'talk-list']])
    expect(messages[0].reason).toContain('https://example.com/slides.pdf is not a YouTube or Vimeo video')
    expect(messages[0].hint).toContain('<!-- no-talks -->')
  })

  it('says nothing of a near miss in a post that covers no event (a reading list of videos and articles)', () => {
    const list = '- [Intro to Linkerd - William Morgan](https://www.youtube.com/watch?v=Z3nfLI3z0hc)\n- [Deep Dive - Oliver Gould](https://www.youtube.com/watch?v=E-zuggDfv0A)\n- [Antipatterns - Ada Park](/blog/2024/antipatterns/)\n'
    const quiet = transform(list, [[remarkMarkdownTalks, { warnNearMisses: false }]] as Parameters<typeof transform>[1])
    expect(quiet.tree.children[0].type).toBe('list')
    expect(quiet.messages).toEqual([])
    // The same list in a recap is most likely a typo: it says so.
    expect(run(list).messages.map((m) => [m.severity, m.ruleId])).toEqual([['warning', 'talk-list']])
  })

  it('opts a list out with <!-- no-talks -->, and a post out with talks: false', () => {
    const list = '- [Intro](https://www.youtube.com/watch?v=Z3nfLI3z0hc): William Morgan\n- [Deep Dive](https://www.youtube.com/watch?v=E-zuggDfv0A): Oliver Gould\n'
    expect(talksOf(list)).toHaveLength(2)
    expect(talksOf(`<!-- no-talks -->\n${list}`)).toEqual([])
    expect(talksOf(list, false)).toEqual([])
  })

  it('opts a list in with <!-- talks -->, even one talk or a post with talks: false; an item that is no talk is then an error at its line', () => {
    expect(talksOf('<!-- talks -->\n- [Just one talk](https://www.youtube.com/watch?v=Z3nfLI3z0hc): William Morgan\n', false)).toHaveLength(1)
    const { messages } = run('<!-- talks -->\n- [Intro](https://www.youtube.com/watch?v=Z3nfLI3z0hc): William Morgan\n- Coffee break\n')
    expect(messages.map((m) => [m.line, m.severity, m.reason])).toEqual([[3, 'error', 'talk list item is not a talk: it does not start with a link']])
  })

  it('leaves <TalkList> and code alone', () => {
    const { tree } = transform('```md\n- [Intro](https://www.youtube.com/watch?v=Z3nfLI3z0hc): William Morgan\n- [Deep](https://www.youtube.com/watch?v=E-zuggDfv0A): Oliver Gould\n```\n', plugins() as Parameters<typeof transform>[1])
    expect(tree.children[0].type).toBe('code')
  })
})

const seed = join(SHARED_DIR, 'seed', 'kubecon-eu-2019-roundup.md')
describeWith([{ kind: 'shared', path: seed }], 'the seed post (../shared/seed/kubecon-eu-2019-roundup.md)', () => {
  it('reads its 12 talks, one without speakers, every speaker with an organisation', () => {
    const talks = talksOf(readFileSync(seed, 'utf8').replace(/^---[\s\S]*?\n---\n/, ''))
    expect(talks).toHaveLength(12)
    expect(talks.filter((talk) => !talk.speakers).map((talk) => talk.title)).toEqual(['Panel Discussion: Ask Us Anything: Microservices and Service Mesh'])
    expect(talks.find((talk) => talk.title.startsWith('Grow with Less Pains'))).toMatchObject({ title: 'Grow with Less Pains - Meshing From Monolith to Microservices', speakers: 'Leo Liang, Cruise Automation' })
  })
})
