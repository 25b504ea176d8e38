import { describe, it, expect } from 'vitest'
import remarkMdx from 'remark-mdx'
import { bare, hugoAndCheck, transform } from '@/tests/helpers/markdown'
import { remarkImageLink } from './remark-image-link'
import { remarkTalkList } from './remark-talk-list'
import { remarkCheckComponents } from './remark-check-components'
import { findShortcodesInMdx } from './mdx-shortcodes'

const mdx = (text: string, plugins = [remarkTalkList, remarkCheckComponents]) => transform(text, [remarkMdx, ...plugins], 'content/posts/a.mdx')
const attributes = (node: unknown) =>
  Object.fromEntries((node as { attributes: { name: string; value: string }[] }).attributes.map((a) => [a.name, a.value]))

describe('remarkImageLink', () => {
  const posts = new Set(['/2019/05/18/linkerd-benchmarks/'])
  const run = (text: string) => bare(transform(text, [[remarkImageLink, { isPostPath: (path: string) => posts.has(path) }]]).tree.children)

  it('turns a linked site image that leads to a post into <ImageLink>', () => {
    expect(run('[![Benchmark graph](/uploads/600rps-latency-small.png)](/2019/05/18/linkerd-benchmarks/)\n')).toEqual([
      {
        type: 'mdxJsxFlowElement',
        name: 'ImageLink',
        attributes: [
          { type: 'mdxJsxAttribute', name: 'src', value: '/uploads/600rps-latency-small.png' },
          { type: 'mdxJsxAttribute', name: 'alt', value: 'Benchmark graph' },
          { type: 'mdxJsxAttribute', name: 'href', value: '/2019/05/18/linkerd-benchmarks/' },
        ],
        children: [],
      },
    ])
  })

  it('keeps it inline inside a sentence', () => {
    const [paragraph] = run('See [![graph](/uploads/g.png)](/2019/05/18/linkerd-benchmarks/#results) here.\n') as { children: { type: string; name?: string }[] }[]
    expect(paragraph.children.map((c) => c.name ?? c.type)).toEqual(['text', 'ImageLink', 'text'])
  })

  it('leaves linked images to other sites, to pages that are no post, and images from elsewhere', () => {
    for (const text of ['[![a](/uploads/a.png)](https://example.com/)', '[![a](/uploads/a.png)](/tags/linkerd/)', '[![a](https://example.com/a.png)](/2019/05/18/linkerd-benchmarks/)']) {
      expect(JSON.stringify(run(`${text}\n`)), text).not.toContain('ImageLink')
    }
  })
})

describe('remarkTalkList', () => {
  it('turns a Markdown list of recordings inside <TalkList> into <Talk> elements', () => {
    const text = [
      '<TalkList event="KubeCon EU 2019">',
      '',
      '- [Keynote: CNCF Project Update w/Linkerd](https://youtu.be/vdxcaR3I2ic?t=359):',
      '  Bryan Liles, VMware',
      '- [JustFootball’s Journey to gRPC + Linkerd in',
      '  Production](https://www.youtube.com/watch?v=AxPfa7Mp_WY): Ben Lambert, Just',
      'Football & Kevin Lingerfelt, Buoyant',
      '- [Intro: Linkerd - William Morgan, Buoyant](https://www.youtube.com/watch?v=Z3nfLI3z0hc)',
      '- [Linkerd in VS Code](https://www.youtube.com/watch?v=fOvpMfunD4s#t=20m01s) – The VS Code team',
      '',
      '<Talk title="Deep Dive: Linkerd" url="https://www.youtube.com/watch?v=E-zuggDfv0A" speakers="Oliver Gould, Buoyant" />',
      '',
      '</TalkList>',
      '',
    ].join('\n')
    const { tree, messages } = mdx(text)
    expect(messages).toEqual([])
    const list = tree.children[0] as { name: string; children: unknown[] }
    expect(list.name).toBe('TalkList')
    expect(list.children.map(attributes)).toEqual([
      { title: 'Keynote: CNCF Project Update w/Linkerd', url: 'https://youtu.be/vdxcaR3I2ic?t=359', speakers: 'Bryan Liles, VMware', start: '359' },
      { title: 'JustFootball’s Journey to gRPC + Linkerd in Production', url: 'https://www.youtube.com/watch?v=AxPfa7Mp_WY', speakers: 'Ben Lambert, Just Football & Kevin Lingerfelt, Buoyant' },
      { title: 'Intro: Linkerd', url: 'https://www.youtube.com/watch?v=Z3nfLI3z0hc', speakers: 'William Morgan, Buoyant' },
      { title: 'Linkerd in VS Code', url: 'https://www.youtube.com/watch?v=fOvpMfunD4s#t=20m01s', speakers: 'The VS Code team', start: '1201' },
      { title: 'Deep Dive: Linkerd', url: 'https://www.youtube.com/watch?v=E-zuggDfv0A', speakers: 'Oliver Gould, Buoyant' },
    ])
  })

  it('reports items that are not talks, and text that is not a list, at their lines', () => {
    const { messages } = mdx('<TalkList>\n\n- Just a line\n- [Untitled talk](https://example.com/v)\n\nA paragraph.\n\n</TalkList>\n')
    expect(messages.map((m) => [m.line, m.severity, m.reason])).toEqual([
      [3, 'error', 'a talk in <TalkList> must start with a link to its recording'],
      [4, 'error', 'talk "Untitled talk" names no speakers'],
      [6, 'error', '<TalkList> holds a list of talk links or <Talk> elements, not a paragraph'],
    ])
  })
})

describe('remarkCheckComponents', () => {
  it('reports an unknown component with the nearest known name', () => {
    expect(mdx('Hi.\n\n<Twet id="1" />\n').messages).toEqual([
      expect.objectContaining({ line: 3, severity: 'error', reason: 'unknown component <Twet>', hint: expect.stringMatching(/^did you mean <Tweet>\? known: Tweet, YouTube, Note/) }),
    ])
  })

  it('leaves HTML elements alone', () => {
    expect(mdx('<details>\n<summary>More</summary>\n\nText.\n\n</details>\n').messages).toEqual([])
  })

  it('reports props that are missing, malformed or expressions, and warns about unknown ones', () => {
    const reasons = mdx('<Tweet />\n\n<YouTube id="abc" />\n\n<Tweet id={123} />\n\n<Figure src="/a.png" size="big" />\n').messages.map((m) => [m.severity, m.reason])
    expect(reasons).toEqual([
      ['error', '<Tweet> is missing `id` (the tweet id: digits only, e.g. 1130789969293991936)'],
      ['error', '<YouTube>: `id` "abc" is not the video id: 11 characters of A-Z a-z 0-9 _ -, e.g. Z3nfLI3z0hc'],
      ['error', '<Tweet>: `id={…}` is an expression, and content never runs code'],
      ['warning', '<Figure>: <Figure> has no prop `size`; it is ignored'],
    ])
  })

  it('names the shortcode, not the component, for calls from .md files', () => {
    expect(transform('{{< youtube id="x" >}}\n', hugoAndCheck).messages[0].reason).toBe('`{{< youtube id="x" >}}`: `id` "x" is not the video id: 11 characters of A-Z a-z 0-9 _ -, e.g. Z3nfLI3z0hc')
  })
})

describe('findShortcodesInMdx', () => {
  it('reports each Hugo shortcode in an .mdx file with the JSX to write instead', () => {
    const found = findShortcodesInMdx('Intro.\n\n{{< tweet 123 >}}\n\n{{< note >}}\nText.\n{{< /note >}}\n\n[a]({{< ref "x" >}})\n', (t) => (t === 'x' ? '/2019/01/01/x/' : undefined))
    expect(found.map((f) => [f.line, f.reason, f.hint])).toEqual([
      [3, 'Hugo shortcode `{{< tweet 123 >}}` in an .mdx file', 'write <Tweet id="123" /> (shortcodes work in .md files only)'],
      [5, 'Hugo shortcode `{{< note >}}` in an .mdx file', 'write <Note> (shortcodes work in .md files only)'],
      [7, 'Hugo shortcode `{{< /note >}}` in an .mdx file', 'write </Note> (shortcodes work in .md files only)'],
      [9, 'Hugo shortcode `{{< ref "x" >}}` in an .mdx file', 'write the address itself: /2019/01/01/x/ (shortcodes work in .md files only)'],
    ])
  })

  it('ignores shortcodes in code, and files without any', () => {
    expect(findShortcodesInMdx('Use `{{< tweet 1 >}}`.\n\n```\n{{< note >}}\n```\n')).toEqual([])
    expect(findShortcodesInMdx('<Tweet id="1" />\n')).toEqual([])
  })
})
