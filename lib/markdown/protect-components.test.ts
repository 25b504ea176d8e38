import { describe, it, expect } from 'vitest'
import type { Root } from 'hast'
import { h } from 'hastscript'
import { sanitize } from 'hast-util-sanitize'
import { toHtml } from 'hast-util-to-html'
import { jsx, jsxText } from '@/tests/helpers/hast'
import { protectComponents } from './protect-components'
import { sanitizeSchema } from './sanitize-schema'

/** Protects, sanitizes and restores, as rehype-sanitize-html does. */
function throughSanitizer(tree: Root): Root {
  const restore = protectComponents(tree)
  const clean = sanitize(tree, sanitizeSchema)
  if (clean.type !== 'root') throw new Error('expected a root')
  restore(clean)
  return clean
}

describe('protectComponents', () => {
  it('stands a placeholder with this run\u2019s token in for each component, nested ones too', () => {
    const tree: Root = { type: 'root', children: [jsx('Note', { title: 'T' }, [h('p', [jsxText('Mystery', {}, [{ type: 'text', value: 'x' }])])])] }
    protectComponents(tree)
    expect(tree.children).toMatchObject([
      {
        type: 'element',
        tagName: 'recap-component',
        properties: { dataRecapComponent: expect.stringMatching(/^[\da-f-]{36}:0$/) },
        children: [{ tagName: 'p', children: [{ tagName: 'recap-component', properties: { dataRecapComponent: expect.stringMatching(/:1$/) } }] }],
      },
    ])
  })

  it('brings components through the sanitizer with the props their spec lists, what they hold sanitized', () => {
    const tree = throughSanitizer({
      type: 'root',
      children: [
        jsx('Note', { title: 'T', onClick: 'alert(1)' }, [h('p', { className: ['x'] }, [h('b', 'in'), h('script', 'alert(1)')]), jsx('YouTube', { id: 'Z3nfLI3z0hc', dangerouslySetInnerHTML: 'x' })]),
        h('p', ['Text ', jsxText('Mystery', { any: 'x' }, [{ type: 'text', value: 'kept' }])]),
      ],
    })
    expect(tree.children).toEqual([
      jsx('Note', { title: 'T' }, [h('p', [h('b', 'in')]), jsx('YouTube', { id: 'Z3nfLI3z0hc' })]),
      h('p', ['Text ', jsxText('Mystery', {}, [{ type: 'text', value: 'kept' }])]),
    ])
  })

  it('keeps only the content of a placeholder it did not make (written by the author, or of another run)', () => {
    const other: Root = { type: 'root', children: [jsx('Note')] }
    protectComponents(other)
    const forged = toHtml(other)
    const tree = throughSanitizer({ type: 'root', children: [h('div', [h('recap-component', { dataRecapComponent: '00000000-0000-0000-0000-000000000000:0' }, ['text', h('b', 'bold')])]), ...other.children, jsx('Note')] })
    expect(forged).toMatch(/^<recap-component data-recap-component="[\da-f-]{36}:0"><\/recap-component>$/)
    expect(tree.children).toEqual([h('div', ['text', h('b', 'bold')]), jsx('Note')])
  })

  it('leaves JSX with an HTML name to the sanitizer, which drops it', () => {
    expect(throughSanitizer({ type: 'root', children: [jsx('script', {}, [{ type: 'text', value: 'alert(1)' }]), h('p', 'after')] }).children).toEqual([h('p', 'after')])
  })
})
