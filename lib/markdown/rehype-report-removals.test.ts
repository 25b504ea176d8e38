import { describe, it, expect } from 'vitest'
import type { RootContent } from 'hast'
import { h } from 'hastscript'
import { at, jsx, runRehype } from '@/tests/helpers/hast'
import { rehypeReportRemovals } from './rehype-report-removals'

const run = (...children: RootContent[]) => runRehype([rehypeReportRemovals], ...children)
const said = (...children: RootContent[]) => run(...children).messages.map(({ place, reason }) => `${place}: ${reason}`)

describe('rehypeReportRemovals', () => {
  it('says what goes, each at its line, with what to write instead, and changes nothing', () => {
    const children = [
      at(3, 1, h('script', 'alert(1)')),
      at(5, 1, h('p', { onClick: 'alert(1)', className: ['x'], title: 'kept' }, [at(5, 20, h('a', { href: 'javascript:alert(1)' }, 'x'))])),
      at(7, 1, h('center', 'old')),
    ]
    const { tree, messages } = run(...structuredClone(children))
    expect(tree.children).toEqual(children)
    expect(messages).toEqual([
      { place: '3:1', severity: 'warning', ruleId: 'html', reason: '<script> removed with its content: posts run no script', hint: 'embed with a component (Tweet, YouTube, Gist…) instead' },
      { place: '5:1', severity: 'warning', ruleId: 'html', reason: '`onclick` on <p> removed: posts run no script', hint: 'remove the attribute' },
      { place: '5:1', severity: 'warning', ruleId: 'html', reason: '`class` on <p> removed: it is not an attribute posts may use', hint: 'remove the attribute; the site styles every post' },
      { place: '5:20', severity: 'warning', ruleId: 'html', reason: '`href` "javascript:alert(1)" on <a> removed: links are http(s), mailto, tel or site paths', hint: 'write a https:// address or a site path' },
      { place: '7:1', severity: 'warning', ruleId: 'html', reason: '<center> removed; its content is kept: it is not HTML posts may use', hint: 'see lib/markdown/sanitize-schema.ts for what is allowed' },
    ])
  })

  it('says nothing about what goes with an element, and looks inside components and kept elements', () => {
    expect(said(h('noscript', [h('img', { src: 'https://tracker.example/p.png', onError: 'x' })]), jsx('Note', {}, [h('form', [h('b', { style: 'x' }, 'kept')])]))).toEqual([
      '?:?: <noscript> removed with its content: it is not HTML posts may use',
      '?:?: <form> removed; its content is kept: posts hold no forms',
      '?:?: `style` on <b> removed: it is not an attribute posts may use',
    ])
  })

  it('reports an image source that is not the site\u2019s once, whatever the schema would say of it', () => {
    expect(said(h('img', { src: 'data:text/html,<script>x</script>', alt: 'a' }), h('img', { src: 'javascript:alert(1)', className: ['c'] }))).toEqual([
      '?:?: <img> src "data:text/html,<script>x</script>" removed: images are site paths or data:image/… URLs',
      '?:?: <img> src "javascript:alert(1)" removed: images are site paths or data:image/… URLs',
      '?:?: `class` on <img> removed: it is not an attribute posts may use',
    ])
  })

  it('reports a placeholder element the author wrote, and nothing the schema keeps', () => {
    expect(said(h('recap-component', { dataRecapComponent: 'x:0' }, 'forged'), h('img', { src: '/uploads/a.png', alt: 'A', loading: 'lazy' }), h('details', { open: true }, [h('summary', 'S')]))).toEqual([
      '?:?: <recap-component> removed; its content is kept: it is not HTML posts may use',
    ])
  })
})
