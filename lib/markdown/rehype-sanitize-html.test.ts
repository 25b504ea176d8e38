import { describe, it, expect } from 'vitest'
import type { RootContent } from 'hast'
import { h } from 'hastscript'
import { toHtml } from 'hast-util-to-html'
import { jsx, runRehype } from '@/tests/helpers/hast'
import { rehypeSanitizeHtml } from './rehype-sanitize-html'

const run = (...children: RootContent[]) => runRehype([rehypeSanitizeHtml], ...children)

describe('rehypeSanitizeHtml', () => {
  it('makes hostile HTML safe on its own, without the plugins before it, and says nothing', () => {
    const { tree, messages } = run(
      jsx('script', {}, [{ type: 'text', value: 'alert(1)' }]),
      h('iframe', { src: 'https://www.youtube.com/embed/Z3nfLI3z0hc' }),
      h('img', { src: 'https://tracker.example/p.png', alt: 'remote' }),
      h('img', { src: 'data:text/html,<script>alert(1)</script>', alt: 'html' }),
      h('img', { src: 'data:image/png;base64,iVBORw0KGgo=', alt: 'png', onError: 'alert(1)' }),
      h('a', { href: 'javascript:alert(1)', className: ['evil'] }, 'x'),
    )
    expect(toHtml(tree)).toBe('<img alt="remote"><img alt="html"><img src="data:image/png;base64,iVBORw0KGgo=" alt="png"><a>x</a>')
    expect(messages).toEqual([])
  })

  it('keeps our components, with the props their spec lists', () => {
    const { tree } = run(jsx('Note', { title: 'T', style: 'x' }, [h('p', 'in')]))
    expect(tree.children).toEqual([jsx('Note', { title: 'T' }, [h('p', 'in')])])
  })

  it('prefixes ids and names once and points in-page links at them; leaves empty lists out', () => {
    const { tree } = run(
      h('a', { href: '#user-content-fn-1', id: 'user-content-fnref-1' }, '1'),
      h('a', { href: '#top', className: ['nope'] }, 'up'),
      h('a', { href: '#elsewhere' }, 'other'),
      h('a', { name: 'top' }),
      h('li', { id: 'user-content-fn-1' }, 'note'),
    )
    expect(toHtml(tree)).toBe(
      '<a href="#user-content-fn-1" id="user-content-fnref-1">1</a><a href="#user-content-top">up</a><a href="#elsewhere">other</a><a name="user-content-top"></a><li id="user-content-fn-1">note</li>',
    )
  })
})
