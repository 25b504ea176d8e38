import { describe, it, expect } from 'vitest'
import type { RootContent } from 'hast'
import { h } from 'hastscript'
import { sanitize } from 'hast-util-sanitize'
import { toHtml } from 'hast-util-to-html'
import { sanitizeSchema } from './sanitize-schema'

const clean = (...nodes: RootContent[]) => toHtml(sanitize({ type: 'root', children: nodes }, sanitizeSchema))

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
