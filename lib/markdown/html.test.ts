import { describe, expect, it } from 'vitest'
import type { Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { unified } from 'unified'
import { ContentError, type Post } from '@/lib/content'
import { fixtureContext, loadFixture } from '@/tests/helpers/publishing-fixtures'
import { renderPostHtml } from './html'
import { rehypeFeedElements } from './rehype-feed-elements'

const PAGE = 'https://blog.example.com/2021/03/04/every-content-component/'

async function htmlOf(fixture: string, title: string): Promise<string> {
  const post = loadFixture(fixture).posts.find((candidate) => candidate.title.startsWith(title))
  if (!post) throw new Error(`no post "${title}" in ${fixture}`)
  return renderPostHtml(post, { context: fixtureContext, pageUrl: PAGE })
}

/** Runs the feed step alone on a hand-made tree, as the Hugo shortcode plugin will hand it over. */
function convert(tree: Root): string {
  return toHtml(unified().use(rehypeFeedElements).runSync(tree) as Root)
}

function jsx(name: string, attributes: Record<string, string>, children: Root['children'] = []): Root['children'][number] {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
    children,
  } as Root['children'][number]
}

describe('feed HTML of the content components', () => {
  it('renders a Tweet as a blockquote linking the post on X', async () => {
    expect(await htmlOf('components', 'Every')).toContain(
      '<blockquote class="tweet"><p><a href="https://x.com/i/status/1131232421011775489">Post by @linkerd on X</a></p></blockquote>',
    )
  })

  it('renders a YouTube video as a link to watch it, start time kept', async () => {
    expect(await htmlOf('components', 'Every')).toContain('<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ&#x26;t=42s">The talk (YouTube)</a>')
  })

  it('renders Note and Warning as asides holding their Markdown', async () => {
    const html = await htmlOf('components', 'Every')
    expect(html).toContain('<aside class="note"><p><strong>Heads up</strong></p><p>Notes hold <strong>Markdown</strong>.</p></aside>')
    expect(html).toContain('<aside class="warning"><p><strong>Warning</strong></p><p>Careful.</p></aside>')
  })

  it('renders a Figure as figure, image and caption, linked and with absolute URLs', async () => {
    expect(await htmlOf('components', 'Every')).toContain(
      '<figure><a href="https://example.com/photos/"><img src="https://blog.example.com/uploads/kubecon-eu-2019-stage.jpg" alt="The stage" width="1600" height="900"></a><figcaption><strong>Keynote</strong> Day one</figcaption></figure>',
    )
  })

  it('renders an ImageLink as a linked image, both absolute, sized from the file', async () => {
    expect(await htmlOf('components', 'Every')).toContain(
      '<a href="https://blog.example.com/2019/06/14/how-we-write-a-meetup-recap-in-an-evening/"><img src="https://blog.example.com/uploads/meetup-whiteboard.png" alt="Whiteboard" width="1200" height="675"></a>',
    )
  })

  it('renders a TalkList as a list of linked talks with their speakers', async () => {
    expect(await htmlOf('components', 'Every')).toContain(
      '<ul class="talk-list"><li><a href="https://www.youtube.com/watch?v=abc&#x26;t=359">Linkerd 2.3</a>: Ben Lambert, Just Football &#x26; Kevin Lingerfelt, Buoyant</li><li><a href="https://example.com/smi">SMI</a>: Ada Park</li></ul>',
    )
  })

  it('renders Gist and Asciinema as links, with no third-party script', async () => {
    const html = await htmlOf('components', 'Every')
    expect(html).toContain('<a href="https://gist.github.com/octocat/6cad326836d38bd3a7ae#file-hello-rb">')
    expect(html).toContain('<a href="https://asciinema.org/a/227055">')
    expect(html).not.toContain('<script')
  })

  it('renders a Table in a div, its caption in the table', async () => {
    expect(await htmlOf('components', 'Every')).toMatch(/<div class="table"><table><caption>Results<\/caption>\s*<thead>/)
  })

  it('sanitizes HTML as the page does: no event handlers, no author classes', async () => {
    const html = await htmlOf('components', 'Every')
    expect(html).toContain('<div>Boxed</div>')
    expect(html).not.toMatch(/onClick|data-kind/)
  })

  it('converts elements the Hugo shortcode plugin produces in .md posts (hand-made tree)', () => {
    const tree: Root = {
      type: 'root',
      children: [
        jsx('Tweet', { id: '123', user: '@jsconf' }),
        jsx('YouTube', { id: 'w3jLJU7DT5E' }),
        jsx('Note', {}, [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'Inside' }] }]),
        jsx('Tweet', { id: 'not-digits' }),
        jsx('Mystery', {}, [{ type: 'text', value: 'kept' }]),
      ],
    }
    expect(convert(tree)).toBe(
      '<blockquote class="tweet"><p><a href="https://x.com/i/status/123">Post by @jsconf on X</a></p></blockquote>' +
        '<p><a href="https://www.youtube.com/watch?v=w3jLJU7DT5E">Watch on YouTube</a></p>' +
        '<aside class="note"><p>Inside</p></aside>' +
        'kept',
    )
  })

  it('renders a Talk outside a TalkList as a paragraph', () => {
    expect(convert({ type: 'root', children: [jsx('Talk', { title: 'Keynote', url: 'https://example.com/k', speakers: 'Ada' })] })).toBe(
      '<p><a href="https://example.com/k">Keynote</a>: Ada</p>',
    )
  })
})

describe('feed HTML of hostile Markdown', () => {
  it('makes links, images and anchors absolute against the post', async () => {
    const html = await htmlOf('hostile', 'Tom')
    expect(html).toContain('<a href="https://blog.example.com/2021/03/04/elsewhere/">link</a>')
    expect(html).toContain('src="https://blog.example.com/uploads/barcelona-badge-wall.jpg"')
    expect(html).toContain(`<a href="${PAGE}#notes">Jump</a>`)
    expect(html).toContain('<a href="mailto:team@example.com">Mail</a>')
  })

  it('drops scripts, event handlers and javascript: links that raw HTML carried', async () => {
    const html = await htmlOf('hostile', 'Tom')
    expect(html).not.toMatch(/<script|onclick|javascript:/i)
    expect(html).toContain('Raw HTML paragraph <a>bad link</a>')
  })

  it('leaves out the # anchors the site appends to headings', async () => {
    expect(await htmlOf('hostile', 'Tom')).toContain('<h2 id="notes">Notes</h2>')
  })

  it('stops with the file and line when a post has an error', async () => {
    const post: Post = { ...loadFixture('hostile').posts[0], body: 'Text\n\n![gone](/uploads/missing.png)\n' }
    const error = await renderPostHtml(post, { context: fixtureContext, pageUrl: PAGE }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ContentError)
    expect(String((error as ContentError).message)).toMatch(/hostile-titles\.md:3:\d+: error: image "\/uploads\/missing\.png" not found/)
  })
})

describe('feed HTML loads nothing from another site, as pages do', () => {
  it('turns remote images in figures, image links, linked images and raw HTML into links', async () => {
    const { makeSite, post } = await import('@/tests/helpers/content-dir')
    const { contextFor } = await import('./pipeline')
    const site = makeSite({
      'content/posts/md.md': post(
        'title: Md\ndate: 2023-01-01',
        [
          '{{< fig src="https://tracker.example/fig.gif" alt="A figure" link="https://example.com/" >}}',
          '',
          '[![Linked](https://tracker.example/linked.png)](https://example.com/)',
          '',
          '[![To a post](https://tracker.example/to-post.png)](/2023/01/02/mdx/)',
          '',
          '<p><img src="https://tracker.example/raw.png" alt="Raw"> and <img src="//tracker.example/proto.png" alt="Protocol-relative"></p>',
          '',
          '![Plain](http://tracker.example/plain.png)',
        ].join('\n'),
      ),
      'content/posts/mdx.mdx': post(
        'title: Mdx\ndate: 2023-01-02',
        '<Figure src="https://tracker.example/figure.png" alt="Figure" link="https://example.com/" />\n\n<ImageLink src="https://tracker.example/image-link.png" alt="Image link" href="/2023/01/01/md/" />\n',
      ),
    })
    try {
      const content = site.load()
      const context = contextFor(content, { contentDir: site.contentDir, publicDir: site.publicDir, includeHidden: false })
      for (const candidate of content.posts) {
        const html = await renderPostHtml(candidate, { context, pageUrl: `https://blog.example.com${candidate.path}` })
        const images = [...html.matchAll(/<img[^>]*\ssrc="([^"]*)"/g)].map((match) => match[1])
        expect(images.filter((src) => !src.startsWith('https://blog.example.com/')), candidate.id).toEqual([])
        expect(html, candidate.id).toMatch(/<a href="(https:)?\/\/tracker\.example\/[^"]+">[^<]*\(image on tracker\.example\)<\/a>|\(image on tracker\.example\)/)
      }
    } finally {
      site.cleanup()
    }
  })
})
