import { describe, it, expect } from 'vitest'
import type { Root, RootContent } from 'hast'
import { h } from 'hastscript'
import { toHtml } from 'hast-util-to-html'
import { jsx, runRehype } from '@/tests/helpers/hast'
import { sanitizingPlugins } from './pipeline'

// The plugins that make a post's HTML safe, run as lib/markdown/pipeline.ts composes them. Each
// has its own tests beside it; these check that together they keep what they promise.

function run(...children: RootContent[]): { tree: Root; messages: string[] } {
  const { tree, messages } = runRehype(sanitizingPlugins, ...children)
  return { tree, messages: messages.map((message) => `${message.severity}: ${message.reason}`) }
}

describe('the sanitizing plugins, as the pipeline runs them', () => {
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
