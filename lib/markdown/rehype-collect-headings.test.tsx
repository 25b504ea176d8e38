import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, describe, expect, it } from 'vitest'
import { makeSite, post, type TempSite } from '@/tests/helpers/content-dir'
import { contextFor } from '@/tests/helpers/pipeline'
import { mdxComponents } from '@/components/mdx-components'
import { TableOfContents } from '@/components/table-of-contents'
import { compilePost, renderPostParts } from './pipeline'
import { tableOfContents, type Heading } from './rehype-collect-headings'

const sites: TempSite[] = []
afterEach(() => sites.splice(0).forEach((site) => site.cleanup()))

async function compiled(file: string, text: string) {
  const site = makeSite({ [`content/posts/${file}`]: text })
  sites.push(site)
  const content = site.load()
  const context = contextFor(content, site.publicDir)
  return { post: content.posts[0], context, result: await compilePost(content.posts[0], context) }
}

describe('headings for the table of contents', () => {
  it('are the compiled page ids: rehype-slug ids, an author id with the sanitizer prefix, text without the # anchor', async () => {
    const md = '## Getting started\n\nText.\n\n### The `config` file\n\n<h2 id="my-own">Own id</h2>\n\n## Getting started\n'
    const { post: compiledPost, context, result } = await compiled('a.md', post('title: A\ndate: 2019-01-01', md))
    expect(result.headings).toEqual([
      { depth: 2, text: 'Getting started', id: 'getting-started' },
      { depth: 3, text: 'The config file', id: 'the-config-file' },
      { depth: 2, text: 'Own id', id: 'user-content-my-own' },
      { depth: 2, text: 'Getting started', id: 'getting-started-1' },
    ])
    // Every id is on the page, so every link of the contents lands.
    const html = renderToStaticMarkup((await renderPostParts(compiledPost, mdxComponents, context)).content)
    for (const heading of result.headings!) expect(html).toContain(`id="${heading.id}"`)
  })

  it('are found in MDX and inside components alike', async () => {
    const mdx = '## One\n\n<Note title="Aside">\n\n## Two inside a note\n\n</Note>\n\n## Three\n'
    const { result } = await compiled('b.mdx', post('title: B\ndate: 2019-01-01', mdx))
    expect(result.headings?.map((heading) => heading.text)).toEqual(['One', 'Two inside a note', 'Three'])
  })
})

describe('tableOfContents', () => {
  const h = (depth: number, text: string): Heading => ({ depth, text, id: text.toLowerCase() })

  it('lists the top two levels a post uses, from the threshold on', () => {
    const headings = [h(2, 'A'), h(3, 'A1'), h(4, 'A1a'), h(2, 'B')]
    expect(tableOfContents(headings, 3).map((heading) => heading.text)).toEqual(['A', 'A1', 'B'])
    expect(tableOfContents(headings, 4)).toEqual([])
    expect(tableOfContents(headings, 0)).toEqual([])
  })

  it('reads Hugo posts that start sections with # as h1 and h2', () => {
    const listed = tableOfContents([h(1, 'Intro'), h(2, 'Detail'), h(3, 'Deeper'), h(1, 'End')], 3)
    expect(listed.map((heading) => [heading.depth, heading.text])).toEqual([[2, 'Intro'], [3, 'Detail'], [2, 'End']])
  })

  it('renders a navigation of links to each id, subsections nested, with data-component at its root', () => {
    const html = renderToStaticMarkup(<TableOfContents headings={[h(2, 'A'), h(3, 'A 1'), h(2, 'B')]} />)
    expect(html).toMatch(/^<nav data-component="table-of-contents"[^>]* aria-label="Contents"/)
    expect(html).toContain('<details class="toc__toggle"><summary>Contents</summary></details>')
    expect(html).toContain('<li><a href="#a">A</a><ol><li><a href="#a%201">A 1</a></li></ol></li><li><a href="#b">B</a></li>')
  })
})
