import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readFrontMatter } from '../content/front-matter'
import { corpusDir, describeWith } from '@/tests/helpers/external'
import { DESCRIPTION_LENGTH, firstParagraphText, postDescription, truncateAtWord } from './summary'

const post = (body: string, format: 'md' | 'mdx' = 'md', description?: string) => ({ body, format, description, filePath: `content/posts/x.${format}` })

describe('postDescription', () => {
  it('uses the front matter description when there is one', () => {
    expect(postDescription(post('Body text.', 'md', '  What we saw   in Barcelona '))).toBe('What we saw in Barcelona')
  })

  it('falls back to the first paragraph as plain text, without markup', () => {
    const body = '\n\n## Heading first\n\nWe went to **KubeCon** with [our team](https://example.com) and `kubectl`.\n\nSecond paragraph.\n'
    expect(postDescription(post(body))).toBe('We went to KubeCon with our team and kubectl.')
  })

  it("takes the text before Hugo's <!--more--> divider, every paragraph of it, as the summary", () => {
    const body = 'First part of the intro.\n\nSecond part, still **before** the divider.\n<!--more-->\n\nThe rest of the post.\n'
    expect(postDescription(post(body))).toBe('First part of the intro. Second part, still before the divider.')
    // Nothing before the divider but a heading: the first paragraph, as without one.
    expect(postDescription(post('## Title\n\n<!--more-->\n\nAfter it.\n'))).toBe('After it.')
    expect(postDescription(post('Intro.\n\n<!--more-->\n\nRest.\n', 'md', 'Written by hand.'))).toBe('Written by hand.')
  })

  it('skips paragraphs that are only a shortcode or an image, and strips inline shortcodes', () => {
    const body = '{{< tweet 1131232421011775489 >}}\n\n![stage](/uploads/stage.jpg)\n\nRead {{< ref "other-post" >}} first, then {{% note %}}this{{% /note %}}.\n'
    expect(postDescription(post(body))).toBe('Read first, then this.')
  })

  it('leaves out raw HTML, MDX expressions, imports and components', () => {
    const body = "import { X } from './x'\n\n<Tweet id=\"1\" />\n\nHello {name} <b>world</b>.\n"
    expect(postDescription(post(body, 'mdx'))).toBe('Hello world.')
    expect(postDescription(post('<div>raw</div>\n\nText after <em>raw</em> HTML.\n'))).toBe('Text after raw HTML.')
  })

  it('takes a paragraph inside a list when the post opens with one', () => {
    expect(firstParagraphText('- First item\n- Second item\n', 'md')).toBe('First item')
  })

  it('is empty for a post with no prose, or MDX that does not parse', () => {
    expect(postDescription(post('```js\ncode()\n```\n'))).toBe('')
    expect(postDescription(post('<Broken\n', 'mdx'))).toBe('')
  })

  it('cuts long paragraphs at a word boundary to about 160 characters', () => {
    const sentence = 'Barcelona hosted the largest KubeCon Europe so far: more than 7,500 people filled the Fira Gran Via for four days in May 2019, and we went for the service mesh track.'
    const description = postDescription(post(`${sentence} ${sentence}\n`))
    expect([...description].length).toBeLessThanOrEqual(DESCRIPTION_LENGTH)
    expect(description).toMatch(/ service…$/)
    expect(sentence.startsWith(description.slice(0, -1))).toBe(true)
  })
})

describe('firstParagraphText on long posts (read from a prefix when that settles it)', () => {
  const filler = Array.from({ length: 80 }, (_, i) => `Paragraph ${i} goes on about [links](https://example.com/${i}) and *words*.`).join('\n\n')

  it('finds the opening paragraph of a long post', () => {
    expect(firstParagraphText(`Opening words.\n\n${filler}\n`, 'md')).toBe('Opening words.')
  })

  it('resolves a reference link whose definition comes at the very end', () => {
    expect(firstParagraphText(`See [the spec][spec] first.\n\n${filler}\n\n[spec]: https://example.com/spec\n`, 'md')).toBe('See the spec first.')
    expect(firstParagraphText(`See [the spec][nowhere] first.\n\n${filler}\n`, 'md')).toBe('See [the spec][nowhere] first.')
  })

  it('finds a first paragraph that comes after a long code block, and one inside a long list', () => {
    const code = `\`\`\`\n${'x = 1\n\n'.repeat(600)}\`\`\`\n`
    expect(firstParagraphText(`${code}\nAfter the code.\n`, 'md')).toBe('After the code.')
    const list = Array.from({ length: 300 }, (_, i) => `- item ${i}\n`).join('\n')
    expect(firstParagraphText(`${list}\nThe end.\n`, 'md')).toBe('The end.')
  })

  it('reads an MDX post whose component spans the first cut as a whole', () => {
    const body = `<Note>\n\n${filler}\n\n</Note>\n\nAfter the note.\n`
    expect(firstParagraphText(body, 'mdx')).toBe('After the note.')
  })

  const corpus = join(corpusDir('linkerd-blog-2019'), 'content', 'blog')
  describeWith([{ kind: 'shared', path: corpus }], 'on the Linkerd corpus', () => {
    it('gives what a parse of the whole post gives, for every corpus post', () => {
      for (const name of readdirSync(corpus).filter((file) => file.endsWith('.md') && !file.startsWith('_'))) {
        const { body } = readFrontMatter(readFileSync(join(corpus, name), 'utf8'), name)
        expect(firstParagraphText(body, 'md'), name).toBe(firstParagraphText(body, 'md', Infinity))
        // Small prefixes too, so cuts land everywhere: in lists, code, between a paragraph and its definitions.
        expect(firstParagraphText(body, 'md', 200), name).toBe(firstParagraphText(body, 'md', Infinity))
      }
    })
  })
})

describe('truncateAtWord', () => {
  it('leaves short text alone and counts characters, not UTF-16 units', () => {
    expect(truncateAtWord('short', 10)).toBe('short')
    expect(truncateAtWord('😀'.repeat(10), 10)).toBe('😀'.repeat(10))
  })

  it('cuts one very long word where it is', () => {
    expect(truncateAtWord(`https://example.com/${'a'.repeat(50)}`, 20)).toBe('https://example.com…')
  })
})
