import { describe, it, expect } from 'vitest'
import type { Root, Element } from 'hast'
import { rehypeScrollables } from './rehype-scrollables'

const element = (tagName: string, children: Element[] = []): Element => ({ type: 'element', tagName, properties: {}, children })

function transform(tree: Root): Root {
  rehypeScrollables()(tree)
  return tree
}

describe('rehypeScrollables', () => {
  it('puts code blocks in the tab order', () => {
    const tree = transform({ type: 'root', children: [element('pre', [element('code')])] })
    expect(tree.children[0]).toMatchObject({ tagName: 'pre', properties: { tabIndex: 0 } })
  })

  it('wraps each table in a focusable scroller and keeps the table as it was', () => {
    const table = element('table', [element('tbody')])
    const tree = transform({ type: 'root', children: [element('p'), table, element('p')] })
    expect(tree.children).toHaveLength(3)
    expect(tree.children[1]).toMatchObject({
      tagName: 'div',
      properties: { className: ['table-scroll'], tabIndex: 0 },
      children: [{ tagName: 'table', properties: {} }],
    })
  })

  it('wraps a nested table once, and leaves tables inside a <Table> component to it', () => {
    const nested = transform({ type: 'root', children: [element('section', [element('table')])] })
    expect((nested.children[0] as Element).children[0]).toMatchObject({ tagName: 'div', children: [{ tagName: 'table' }] })

    const inComponent = transform({
      type: 'root',
      children: [{ type: 'mdxJsxFlowElement', name: 'Table', attributes: [], children: [element('table')] }],
    })
    expect(inComponent.children[0]).toMatchObject({ name: 'Table', children: [{ tagName: 'table' }] })
  })
})
