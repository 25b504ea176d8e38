import { describe, it, expect } from 'vitest'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { bare, hugoAndCheck, transform } from '@/tests/helpers/markdown'

const element = (name: string, attributes: Record<string, string> = {}, children: unknown[] = []) => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
  children,
})
const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', value: text }] })
const only = (markdown: string) => bare(transform(markdown).tree.children)
const errors = (markdown: string, path?: string) => transform(markdown, hugoAndCheck, path).messages.filter((m) => m.severity === 'error')
const warnings = (markdown: string) => transform(markdown, hugoAndCheck).messages.filter((m) => m.severity === 'warning')

describe('remarkHugoShortcodes: the forms a call takes', () => {
  it('turns {{< tweet ID >}} into <Tweet id>', () => {
    expect(only('{{< tweet 1130789969293991936 >}}\n')).toEqual([element('Tweet', { id: '1130789969293991936' })])
  })

  it('reads a call written without spaces, as old posts do: {{<tweet ID>}}', () => {
    expect(only('{{<tweet 1129105603354333184>}}\n')).toEqual([element('Tweet', { id: '1129105603354333184' })])
  })

  it('reads named parameters: {{< tweet user="x" id="…" >}} and {{< x … >}}', () => {
    expect(only('{{< tweet user="linkerd" id="123" >}}\n\n{{< x user="linkerd" id="456" >}}\n')).toEqual([
      element('Tweet', { user: 'linkerd', id: '123' }),
      element('Tweet', { user: 'linkerd', id: '456' }),
    ])
  })

  it('reads quoted and unquoted positional values alike', () => {
    expect(only('{{< youtube "90jnPXk3iCs" >}}\n\n{{< youtube nhOY2PAJHio >}}\n\n{{< youtube "f0q_Vw4dAuE"  >}}\n')).toEqual([
      element('YouTube', { id: '90jnPXk3iCs' }),
      element('YouTube', { id: 'nhOY2PAJHio' }),
      element('YouTube', { id: 'f0q_Vw4dAuE' }),
    ])
  })

  it("keeps Hugo's youtube parameters the component knows, and passes over the rest quietly", () => {
    const { tree, messages } = transform('{{< youtube id="Z3nfLI3z0hc" start="30" end="90" title="Intro" autoplay="true" >}}\n')
    expect(bare(tree.children)).toEqual([element('YouTube', { id: 'Z3nfLI3z0hc', start: '30', end: '90', title: 'Intro' })])
    expect(messages).toEqual([])
  })

  it('reads {{% %}} delimiters like {{< >}}', () => {
    expect(only('{{% tweet 123 %}}\n\n{{% note %}}\nInside.\n{{% /note %}}\n')).toEqual([
      element('Tweet', { id: '123' }),
      element('Note', {}, [paragraph('Inside.')]),
    ])
  })

  it('reads a call over several lines with named parameters, URLs and e-mail look-alikes intact', () => {
    const markdown = '{{< fig\n  alt="A mesh for ECS"\n  title="ECS"\n  src="/uploads/2018/05/service-mesh-for-ECS@2x.png"\n  link="https://example.com/a_b" >}}\n'
    expect(only(markdown)).toEqual([
      element('Figure', { alt: 'A mesh for ECS', title: 'ECS', src: '/uploads/2018/05/service-mesh-for-ECS@2x.png', link: 'https://example.com/a_b' }),
    ])
  })

  it('reads `raw` values and escaped quotes', () => {
    expect(only('{{< fig src=`/uploads/a.png` caption="She said \\"hi\\"" >}}\n')).toEqual([
      element('Figure', { src: '/uploads/a.png', caption: 'She said "hi"' }),
    ])
  })

  it('maps figure like fig, gist and asciinema by position', () => {
    expect(only('{{< figure src="/a.png" >}}\n\n{{< gist spf13 7896402 >}}\n\n{{< gist spf13 7896402 "img.html" >}}\n\n{{< asciinema "227055" >}}\n')).toEqual([
      element('Figure', { src: '/a.png' }),
      element('Gist', { user: 'spf13', id: '7896402' }),
      element('Gist', { user: 'spf13', id: '7896402', file: 'img.html' }),
      element('Asciinema', { id: '227055' }),
    ])
  })

  it('cuts a paragraph around a call in the middle of a sentence', () => {
    expect(only('A reply: {{< tweet 959111860871225344 >}} It helped\nus a lot.\n')).toEqual([
      paragraph('A reply:'),
      element('Tweet', { id: '959111860871225344' }),
      paragraph('It helped\nus a lot.'),
    ])
  })

  it('prints a call written in the comment form, {{</* … */>}}, as in Hugo', () => {
    expect(only('Write {{</* tweet 123 */>}} to embed one.\n')).toEqual([paragraph('Write {{< tweet 123 >}} to embed one.')])
    expect(only('```\n{{</* tweet 123 */>}}\n```\n')).toEqual([{ type: 'code', lang: null, meta: null, value: '{{< tweet 123 >}}' }])
  })

  it('leaves calls in fenced and inline code as text', () => {
    expect(only('```go\n{{< tweet 123 >}}\n{{ .Values.name }}\n```\n')).toEqual([{ type: 'code', lang: 'go', meta: null, value: '{{< tweet 123 >}}\n{{ .Values.name }}' }])
    expect(only('Use `{{< tweet 123 >}}` to embed.\n')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'Use ' }, { type: 'inlineCode', value: '{{< tweet 123 >}}' }, { type: 'text', value: ' to embed.' }] },
    ])
  })

  it('leaves a look-alike ({{> fig …}}) as text, with a warning', () => {
    const markdown = 'Before:\n\n{{> fig\n  alt="one Linkerd per host"\n  src="/uploads/daemonset.png" >}}\n'
    const { tree, messages } = transform(markdown)
    expect(bare(tree.children)[1]).toEqual(paragraph('{{> fig\nalt="one Linkerd per host"\nsrc="/uploads/daemonset.png" >}}'))
    expect(messages).toEqual([expect.objectContaining({ line: 3, severity: 'warning', reason: expect.stringContaining('looks like a shortcode but is not one') })])
  })
})

describe('remarkHugoShortcodes: paired shortcodes', () => {
  it('gives note the Markdown between its tags, when all of it is one paragraph', () => {
    expect(only('{{< note >}}\nSee [the docs](https://example.com) for **more**.\n{{< /note >}}\n')).toEqual([
      element('Note', {}, [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'See ' },
            { type: 'link', url: 'https://example.com', title: null, children: [{ type: 'text', value: 'the docs' }] },
            { type: 'text', value: ' for ' },
            { type: 'strong', children: [{ type: 'text', value: 'more' }] },
            { type: 'text', value: '.' },
          ],
        },
      ]),
    ])
  })

  it('gives warning several blocks, a title, and nests', () => {
    const markdown = '{{< warning title="Careful" >}}\n\nOne.\n\n- two\n\n{{< note >}}\nThree.\n{{< /note >}}\n\n{{< /warning >}}\n\nAfter.\n'
    const tree = only(markdown)
    expect(tree).toHaveLength(2)
    expect(tree[0]).toMatchObject({ name: 'Warning', attributes: [{ name: 'title', value: 'Careful' }] })
    expect((tree[0] as { children: { type: string; name?: string }[] }).children.map((c) => c.name ?? c.type)).toEqual(['paragraph', 'list', 'Note'])
    expect(tree[1]).toEqual(paragraph('After.'))
  })

  it('takes a closing tag that a list swallowed (a lazy line) back out of the list', () => {
    expect(only('{{< note >}}\n- a\n- b\n{{< /note >}}\n\nAfter.\n')).toEqual([
      element('Note', {}, [expect.objectContaining({ type: 'list' })]),
      paragraph('After.'),
    ])
  })

  it('wraps a table, even when the closing tag became its last row', () => {
    const tree = only('{{< table >}}\n| From | To |\n|---|---|\n| /a | /b |\n{{< /table >}}\n')
    expect(tree).toHaveLength(1)
    expect(tree[0]).toMatchObject({ name: 'Table', children: [{ type: 'table' }] })
    const table = (tree[0] as { children: { children: unknown[] }[] }).children[0]
    expect(table.children).toHaveLength(2)
  })

  it('accepts a self-closing paired shortcode', () => {
    expect(only('{{< note />}}\n')).toEqual([element('Note')])
  })
})

describe('remarkHugoShortcodes: ref and relref', () => {
  it('resolves a ref inside a link destination, over several lines, keeping line numbers', () => {
    const markdown = '1. [Top-line metrics]({{< ref\n   "part-one" >}}) (this\n   article)\n2. [Pods]({{< ref\n   "part-two"\n   >}})\n\n{{< speakerdeck 1 >}}\n'
    const { tree, messages } = transform(markdown)
    const links = JSON.stringify(bare(tree))
    expect(links).toContain('"url":"/2016/10/04/part-one/"')
    expect(links).toContain('"url":"/2016/10/14/part-two/"')
    // The line breaks inside the calls were kept: the unknown shortcode is still on line 8.
    expect(messages).toEqual([expect.objectContaining({ line: 8, reason: 'unknown shortcode `speakerdeck`' })])
  })

  it('resolves a ref in a reference definition, so [text][id] becomes a link', () => {
    const tree = only('See [part two][p2].\n\n[p2]: {{< ref "part-two" >}}\n')
    expect(tree).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'See ' }, { type: 'linkReference', identifier: 'p2', label: 'p2', referenceType: 'full', children: [{ type: 'text', value: 'part two' }] }, { type: 'text', value: '.' }] },
      { type: 'definition', identifier: 'p2', label: 'p2', title: null, url: '/2016/10/14/part-two/' },
    ])
  })

  it('keeps the #anchor written after a relref, and the one inside it', () => {
    const text = JSON.stringify(only('[certs]({{<\nrelref "part-one" >}}#generating-certificates) and [b]({{< relref "part-two.md#b" >}})\n'))
    expect(text).toContain('"url":"/2016/10/04/part-one/#generating-certificates"')
    expect(text).toContain('"url":"/2016/10/14/part-two/#b"')
  })

  it('puts the permalink in running text too, and leaves refs in code alone', () => {
    expect(only('Read {{< ref "part-one" >}} first, not `{{< ref "part-two" >}}`.\n')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'Read /2016/10/04/part-one/ first, not ' }, { type: 'inlineCode', value: '{{< ref "part-two" >}}' }, { type: 'text', value: '.' }] },
    ])
  })

  it('reports a ref to no post as an error at its line', () => {
    expect(errors('Intro.\n\n[x]({{< ref "no-such-post" >}})\n')).toEqual([
      expect.objectContaining({ line: 3, column: 5, reason: '`{{< ref "no-such-post" >}}` leads to no post', hint: expect.stringContaining('content/posts/') }),
    ])
  })
})

describe('remarkHugoShortcodes: problems', () => {
  it('reports an unknown shortcode with file, line and the known names', () => {
    const { messages } = transform('Intro\n\n{{< speakerdeck id="x" >}}\n', hugoAndCheck, 'content/posts/jsconf.md')
    expect(messages).toEqual([
      { line: 3, column: 1, severity: 'error', ruleId: 'hugo-shortcode', reason: 'unknown shortcode `speakerdeck`', hint: expect.stringMatching(/^known: tweet, x, youtube, note, .*\(lib\/markdown\/shortcodes\.ts\); say what a site's own shortcode becomes in content\/shortcodes\.yml$/) },
    ])
  })

  it('suggests the nearest name for a typo', () => {
    expect(errors('{{< youtub abc >}}\n')[0].hint).toMatch(/^did you mean `youtube`\?/)
  })

  it('reports a missing argument', () => {
    expect(errors('{{< tweet >}}\n')).toEqual([expect.objectContaining({ line: 1, reason: '`{{< tweet >}}` is missing `id` (the tweet id: digits only, e.g. 1130789969293991936)' })])
    expect(errors('Text.\n\n{{< fig alt="no src" >}}\n')).toEqual([expect.objectContaining({ line: 3, reason: expect.stringContaining('is missing `src`') })])
  })

  it('reports a tweet id that is not digits and a YouTube id that is not 11 characters', () => {
    expect(errors('{{< tweet abc >}}\n')[0].reason).toBe('`{{< tweet abc >}}`: `id` "abc" is not the tweet id: digits only, e.g. 1130789969293991936')
    expect(errors('{{< youtube abc >}}\n')[0].reason).toMatch(/`id` "abc" is not the video id: 11 characters/)
  })

  it('reports malformed calls: unclosed, an unclosed quote, no name, mixed parameters, too many values', () => {
    expect(errors('Text\n{{< fig src="/a.png"\n').map((m) => [m.line, m.reason])).toEqual([[2, 'shortcode `{{< fig` is not closed']])
    expect(errors('{{< fig src="/a.png >}}\n')[0].reason).toBe('shortcode `fig`: a quoted value is never closed')
    expect(errors('{{< >}}\n')[0].reason).toBe('`{{<` starts a shortcode but no name follows')
    expect(errors('{{< gist spf13 id="1" >}}\n')[0].reason).toBe('shortcode `gist` mixes named and positional parameters')
    expect(errors('{{< youtube a b >}}\n')[0].reason).toBe('`{{< youtube >}}` takes 1 positional value, not 2')
  })

  it('reports an unclosed paired shortcode, naming the line where it opened', () => {
    expect(errors('Intro.\n\n{{< note >}}\nNever closed.\n')).toEqual([
      expect.objectContaining({ line: 3, reason: 'unclosed `{{< note >}}` opened on line 3', hint: 'add {{< /note >}} after its content, at the same level' }),
    ])
  })

  it('reports a closing tag that closes nothing', () => {
    expect(errors('Text.\n\n{{< /note >}}\n')).toEqual([expect.objectContaining({ line: 3, reason: '`{{< /note >}}` closes nothing' })])
    expect(errors('{{< /tweet >}}\n')[0].reason).toBe('`{{< /tweet >}}` closes nothing: `tweet` takes no content')
  })

  it('warns about a parameter the shortcode does not know, and keeps the rest', () => {
    const { tree, messages } = transform('{{< fig src="/a.png" captoin="x" >}}\n', hugoAndCheck)
    expect(bare(tree.children)).toEqual([element('Figure', { src: '/a.png' })])
    expect(messages).toEqual([expect.objectContaining({ severity: 'warning', reason: '`{{< fig >}}` has no parameter `captoin`; it is ignored', hint: 'did you mean `caption`?' })])
  })

  it('reports a component call where it cannot stand: a heading, a link', () => {
    expect(errors('## Title {{< tweet 1 >}}\n')[0].reason).toBe('`{{< tweet 1 >}}` cannot be inside a heading')
    expect(errors('[see {{< tweet 1 >}}](https://x.com)\n')[0].reason).toBe('`{{< tweet 1 >}}` cannot be inside a link or emphasis')
  })

  it('renders a call inside raw HTML where it stands, as Hugo does, and leaves one in an HTML comment out', () => {
    const { tree, messages } = transform('<div class="video">\n{{< youtube fgbB0HhVBq8 >}}\n</div>\n\n<!-- {{< fig src="gone.png" >}} -->\n', hugoAndCheck)
    expect(messages).toEqual([])
    expect(tree.children.map((node) => (node.type === 'html' ? `html:${node.value.trim()}` : node.type === 'mdxJsxFlowElement' ? node.name : node.type))).toEqual([
      'html:<div class="video">',
      'YouTube',
      'html:</div>',
      'html:<!-- {{< fig src="gone.png" >}} -->',
    ])
  })

  it('collects every problem of a file, not only the first', () => {
    expect(errors('{{< speakerdeck 1 >}}\n\n{{< tweet abc >}}\n\n[a]({{< ref "nope" >}})\n').map((m) => m.line).sort()).toEqual([1, 3, 5])
  })

  it('has no warnings for a clean post', () => {
    expect(warnings('{{< tweet 1 >}}\n\n{{< note >}}\nA.\n{{< /note >}}\n')).toEqual([])
  })
})

// Larger cases, in the style of remark-gfm: tests/fixtures/shortcodes/<case>/{input.md,tree.json}.
// UPDATE=1 npx vitest run lib/markdown/remark-hugo-shortcodes.test.ts rewrites tree.json.
describe('remarkHugoShortcodes: fixtures', () => {
  const root = join(process.cwd(), 'tests', 'fixtures', 'shortcodes')
  for (const name of readdirSync(root).sort()) {
    const input = join(root, name, 'input.md')
    if (!existsSync(input)) continue
    it(`matches tests/fixtures/shortcodes/${name}`, () => {
      const { tree, messages } = transform(readFileSync(input, 'utf8'), hugoAndCheck, `tests/fixtures/shortcodes/${name}/input.md`)
      const actual = `${JSON.stringify({ tree: bare(tree), messages }, null, 2)}\n`
      const expected = join(root, name, 'tree.json')
      if (process.env.UPDATE === '1') writeFileSync(expected, actual)
      expect(existsSync(expected), `${expected} is missing: run with UPDATE=1 to write it`).toBe(true)
      expect(actual).toBe(readFileSync(expected, 'utf8'))
    })
  }
})
