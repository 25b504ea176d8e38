import { describe, it, expect } from 'vitest'
import type { Root, RootContent } from 'hast'
import { h } from 'hastscript'
import { sanitize } from 'hast-util-sanitize'
import { toHtml } from 'hast-util-to-html'
import { VFile } from 'vfile'
import { rehypeSanitizeHtml, videoOf } from './rehype-sanitize-html'
import { sanitizeSchema } from './sanitize-schema'

const clean = (...nodes: RootContent[]) => toHtml(sanitize({ type: 'root', children: nodes }, sanitizeSchema))

/** A component element as the remark plugins leave it in the tree. */
function jsx(name: string, attributes: Record<string, string>, children: RootContent[] = []): RootContent {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
    children,
  } as RootContent
}

function run(...children: RootContent[]): { tree: Root; messages: string[] } {
  const file = new VFile({ path: 'content/posts/a.mdx', value: '' })
  const tree = rehypeSanitizeHtml()({ type: 'root', children }, file)
  return { tree, messages: file.messages.map((message) => `${message.fatal ? 'error' : 'warning'}: ${message.reason}`) }
}

describe('the sanitize schema', () => {
  it('keeps formatting, tables, images from the site, details and summary', () => {
    const html = clean(
      h('p', [h('strong', 'bold'), ' ', h('em', 'em'), ' ', h('code', { className: ['language-js'] }, 'x'), ' ', h('mark', 'm'), h('sub', '2'), h('kbd', 'K')]),
      h('table', [h('thead', [h('tr', [h('th', { align: 'left' }, 'a')])]), h('tbody', [h('tr', [h('td', { colSpan: 2 }, '1')])])]),
      h('img', { src: '/uploads/a.png', alt: 'A', width: 10, height: 5, loading: 'lazy' }),
      h('img', { src: 'data:image/png;base64,iVBORw0KGgo=', alt: 'inline' }),
      h('details', { open: true }, [h('summary', 'More'), h('p', 'Inside')]),
      h('figure', [h('img', { src: '/a.png', alt: '' }), h('figcaption', 'Caption')]),
      h('a', { href: 'https://example.com/', title: 'T' }, 'link'),
      h('a', { href: 'mailto:a@example.com' }, 'mail'),
    )
    expect(html).toBe(
      '<p><strong>bold</strong> <em>em</em> <code class="language-js">x</code> <mark>m</mark><sub>2</sub><kbd>K</kbd></p>' +
        '<table><thead><tr><th align="left">a</th></tr></thead><tbody><tr><td colspan="2">1</td></tr></tbody></table>' +
        '<img src="/uploads/a.png" alt="A" width="10" height="5" loading="lazy"><img src="data:image/png;base64,iVBORw0KGgo=" alt="inline">' +
        '<details open><summary>More</summary><p>Inside</p></details><figure><img src="/a.png" alt=""><figcaption>Caption</figcaption></figure>' +
        '<a href="https://example.com/" title="T">link</a><a href="mailto:a@example.com">mail</a>',
    )
  })

  it('removes script and style with their content, event handlers, styles and classes', () => {
    expect(
      clean(
        h('script', 'alert(1)'),
        h('style', 'body{display:none}'),
        h('p', { onClick: 'alert(1)', onMouseOver: 'x', style: 'color:red', className: ['status-banner'] }, 'text'),
        h('img', { src: '/a.png', onError: 'alert(1)', srcSet: 'https://evil.example/x.png 2x' }),
      ),
    ).toBe('<p>text</p><img src="/a.png">')
  })

  it('removes javascript:, vbscript: and data: links whatever their case or spacing, and non-image data: sources', () => {
    const links = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'jav\tascript:alert(1)', 'java\nscript:x', 'vbscript:msgbox(1)', 'data:text/html,<script>x</script>']
    expect(clean(...links.map((href) => h('a', { href }, 'x')))).toBe('<a>x</a>'.repeat(links.length))
    expect(clean(h('img', { src: 'javascript:alert(1)' }), h('img', { src: 'https://tracker.example/p.png' }))).toBe('<img><img>')
  })

  it('drops frames, plugins, forms, the head elements and picture sources', () => {
    expect(
      clean(
        h('iframe', { src: 'https://evil.example/' }, 'fallback'),
        h('object', { data: 'x.swf' }),
        h('embed', { src: 'x' }),
        h('form', { action: 'https://evil.example/' }, [h('button', 'Go')]),
        h('base', { href: 'https://evil.example/' }),
        h('meta', { httpEquiv: 'refresh', content: '0;url=javascript:alert(1)' }),
        h('link', { rel: ['stylesheet'], href: 'https://evil.example/x.css' }),
        h('picture', [h('source', { srcSet: 'https://evil.example/x.png' }), h('img', { src: '/a.png', alt: 'a' })]),
      ),
    ).toBe('Go<img src="/a.png" alt="a">')
  })

  it("prefixes ids and names, so a post cannot clobber the page's globals", () => {
    expect(clean(h('div', { id: '__next_f' }, 'x'), h('a', { name: 'top' }))).toBe('<div id="user-content-__next_f">x</div><a name="user-content-top"></a>')
  })
})

describe('rehypeSanitizeHtml', () => {
  it('keeps our component elements, sanitizes what they hold, and drops the props their spec does not list', () => {
    const { tree } = run(
      h('div', [jsx('Note', { title: 'T', onClick: 'alert(1)' }, [h('p', [h('b', { onClick: 'alert(1)' }, 'in'), h('script', 'alert(1)')])])]),
      jsx('YouTube', { id: 'Z3nfLI3z0hc', dangerouslySetInnerHTML: 'x' }),
    )
    expect(tree.children).toMatchObject([
      {
        type: 'element',
        tagName: 'div',
        children: [{ type: 'mdxJsxFlowElement', name: 'Note', attributes: [{ name: 'title', value: 'T' }], children: [{ tagName: 'p', children: [{ tagName: 'b', properties: {} }] }] }],
      },
      { type: 'mdxJsxFlowElement', name: 'YouTube', attributes: [{ name: 'id', value: 'Z3nfLI3z0hc' }] },
    ])
    expect(JSON.stringify(tree)).not.toMatch(/onClick|script|dangerously/)
  })

  it('treats lower-case JSX as HTML: same allowlist, same warnings', () => {
    const { tree, messages } = run(jsx('a', { href: 'javascript:alert(1)', className: 'x' }, [{ type: 'text', value: 'x' }]), jsx('script', {}, [{ type: 'text', value: 'alert(1)' }]))
    expect(toHtml(tree)).toBe('<a>x</a>')
    expect(messages).toEqual([
      'warning: `href` "javascript:alert(1)" on <a> removed: links are http(s), mailto, tel or site paths',
      'warning: `class` on <a> removed: it is not an attribute posts may use',
      'warning: <script> removed with its content: posts run no script',
    ])
  })

  it('keeps only its content of a placeholder the author forged', () => {
    const { tree } = run(h('recap-component', { dataRecapComponent: '00000000-0000-0000-0000-000000000000:0' }, ['text', h('script', 'x')]), jsx('Note', {}))
    expect(tree.children).toMatchObject([{ type: 'text', value: 'text' }, { type: 'mdxJsxFlowElement', name: 'Note' }])
  })

  it('turns YouTube and Vimeo iframes into players, and an iframe in a paragraph into a link', () => {
    const { tree, messages } = run(
      h('iframe', { src: 'https://www.youtube.com/embed/Z3nfLI3z0hc?start=30&autoplay=1', title: 'Talk' }),
      h('iframe', { src: '//player.vimeo.com/video/76979871?h=8272103f6e' }),
      h('p', ['Watch ', h('iframe', { src: 'https://www.youtube-nocookie.com/embed/Z3nfLI3z0hc' })]),
      h('iframe', { src: 'https://www.youtube.com/embed/not-an-id' }),
    )
    expect(tree.children).toMatchObject([
      { type: 'mdxJsxFlowElement', name: 'YouTube', attributes: [{ name: 'id', value: 'Z3nfLI3z0hc' }, { name: 'start', value: '30' }, { name: 'title', value: 'Talk' }] },
      { type: 'mdxJsxFlowElement', name: 'Vimeo', attributes: [{ name: 'id', value: '76979871' }, { name: 'hash', value: '8272103f6e' }] },
      { type: 'element', tagName: 'p', children: [{ type: 'text' }, { tagName: 'a', properties: { href: 'https://www.youtube.com/watch?v=Z3nfLI3z0hc' }, children: [{ value: 'Video on YouTube' }] }] },
    ])
    expect(messages).toEqual(['warning: <iframe> of "https://www.youtube.com/embed/not-an-id" removed: only YouTube and Vimeo videos can be embedded'])
  })

  it('knows the players only on their own hosts', () => {
    expect(videoOf('https://evil.example/embed/Z3nfLI3z0hc')).toBeUndefined()
    expect(videoOf('https://www.youtube.com.evil.example/embed/Z3nfLI3z0hc')).toBeUndefined()
    expect(videoOf('javascript://www.youtube.com/embed/Z3nfLI3z0hc')).toBeUndefined()
    expect(videoOf('https://vimeo.com/76979871')).toBeUndefined()
  })

  it('links an image from another site instead of loading it, and in a link shows its description', () => {
    const { tree, messages } = run(h('img', { src: 'https://tracker.example/p.png', alt: 'Chart' }), h('a', { href: 'https://example.com/' }, [h('img', { src: '//tracker.example/q.png', alt: '' })]))
    expect(toHtml(tree)).toBe('<a href="https://tracker.example/p.png">Chart (image on tracker.example)</a><a href="https://example.com/"><span>An image (image on tracker.example)</span></a>')
    expect(messages.map((message) => message.split(':')[0])).toEqual(['warning', 'warning'])
    expect(messages[0]).toContain('image "https://tracker.example/p.png" is on another site: the page links to it instead of loading it')
  })

  it('prefixes ids once (footnotes come prefixed) and keeps in-page links to them working', () => {
    const { tree } = run(
      h('p', [h('a', { href: '#user-content-fn-1', id: 'user-content-fnref-1' }, '1'), ' ', h('a', { href: '#details' }, 'see'), ' ', h('a', { href: '#heading' }, 'heading')]),
      h('li', { id: 'user-content-fn-1' }, 'note'),
      h('div', { id: 'details' }, 'here'),
    )
    expect(toHtml(tree)).toBe(
      '<p><a href="#user-content-fn-1" id="user-content-fnref-1">1</a> <a href="#user-content-details">see</a> <a href="#heading">heading</a></p>' +
        '<li id="user-content-fn-1">note</li><div id="user-content-details">here</div>',
    )
  })
})
