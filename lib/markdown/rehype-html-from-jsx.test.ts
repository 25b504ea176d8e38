import { describe, it, expect } from 'vitest'
import type { RootContent } from 'hast'
import { h } from 'hastscript'
import { at, jsx, jsxText, runRehype } from '@/tests/helpers/hast'
import { isHtmlName, rehypeHtmlFromJsx } from './rehype-html-from-jsx'

const run = (...children: RootContent[]) => runRehype([rehypeHtmlFromJsx], ...children).tree

describe('rehypeHtmlFromJsx', () => {
  it('turns lower-case JSX into HTML elements, attribute names mapped as HTML maps them, at the same place', () => {
    const tree = run(
      at(3, 1, jsx('div', { className: 'box', 'data-kind': 'k', onClick: 'alert(1)' }, [jsxText('label', { htmlFor: 'x' }, [{ type: 'text', value: 'L' }])])),
      { ...jsx('details'), attributes: [{ type: 'mdxJsxAttribute', name: 'open', value: null }] },
    )
    expect(tree.children).toEqual([
      {
        type: 'element',
        tagName: 'div',
        properties: { className: ['box'], dataKind: 'k', onClick: 'alert(1)' },
        children: [{ type: 'element', tagName: 'label', properties: { htmlFor: ['x'] }, children: [{ type: 'text', value: 'L' }] }],
        position: { start: { line: 3, column: 1 }, end: { line: 3, column: 2 } },
      },
      { type: 'element', tagName: 'details', properties: { open: true }, children: [] },
    ])
  })

  it('leaves components alone, and turns the HTML inside them', () => {
    const tree = run(jsx('Note', { title: 'T' }, [jsx('p', {}, [{ type: 'text', value: 'x' }])]), jsx('motion.div'))
    expect(tree.children).toMatchObject([
      { type: 'mdxJsxFlowElement', name: 'Note', attributes: [{ name: 'title', value: 'T' }], children: [{ type: 'element', tagName: 'p' }] },
      { type: 'mdxJsxFlowElement', name: 'motion.div' },
    ])
  })

  it('puts the children of a fragment in its place, HTML in them turned too', () => {
    const tree = run(h('p', 'before'), jsx(null, {}, [jsx('script', {}, [{ type: 'text', value: 'alert(1)' }]), jsx(null, {}, [h('em', 'nested')])]), h('p', 'after'))
    expect(tree.children).toMatchObject([
      { tagName: 'p' },
      { type: 'element', tagName: 'script', children: [{ value: 'alert(1)' }] },
      { type: 'element', tagName: 'em' },
      { tagName: 'p' },
    ])
    expect(tree.children).toHaveLength(4)
  })

  it('keeps only text attributes: expressions and spreads (refused in remark) never become attributes', () => {
    const link = jsx('a', { href: '/x' })
    link.attributes.push({ type: 'mdxJsxExpressionAttribute', value: '...props' }, { type: 'mdxJsxAttribute', name: 'title', value: { type: 'mdxJsxAttributeValueExpression', value: 'x' } })
    expect(run(link).children).toEqual([{ type: 'element', tagName: 'a', properties: { href: '/x' }, children: [] }])
  })

  it('knows HTML names from component names', () => {
    expect(['div', 'svg:rect', 'iframe'].map(isHtmlName)).toEqual([true, true, true])
    expect(['Note', 'motion.div', 'YouTube'].map(isHtmlName)).toEqual([false, false, false])
  })
})
