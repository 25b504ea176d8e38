import { describe, it, expect } from 'vitest'
import type { RootContent } from 'hast'
import { h } from 'hastscript'
import { at, jsx, runRehype } from '@/tests/helpers/hast'
import { rehypeRemoteImages } from './rehype-remote-images'

const run = (...children: RootContent[]) => runRehype([rehypeRemoteImages], ...children)

describe('rehypeRemoteImages', () => {
  it('turns an image from another site into a link to it, with a warning at its line', () => {
    const { tree, messages } = run(at(5, 2, h('img', { src: 'https://tracker.example/p.png', alt: ' Chart ', onError: 'x' })))
    expect(tree.children).toEqual([at(5, 2, h('a', { href: 'https://tracker.example/p.png' }, 'Chart (image on tracker.example)'))])
    expect(messages).toEqual([
      {
        place: '5:2',
        severity: 'warning',
        ruleId: 'remote-image',
        reason: 'image "https://tracker.example/p.png" is on another site: the page links to it instead of loading it, since loading it would tell that site about every reader',
        hint: 'save the image under public/uploads/ and write its path, e.g. /uploads/photo.jpg',
      },
    ])
  })

  it('shows the description of an image inside a link, however deep, and inside components', () => {
    const { tree } = run(
      h('a', { href: 'https://example.com/' }, [h('strong', [h('img', { src: '//tracker.example/q.png' })])]),
      jsx('Note', {}, [h('img', { src: 'http://tracker.example/r.png', alt: 'R' })]),
    )
    expect(tree.children).toEqual([
      h('a', { href: 'https://example.com/' }, [h('strong', [h('span', 'An image (image on tracker.example)')])]),
      jsx('Note', {}, [h('a', { href: 'http://tracker.example/r.png' }, 'R (image on tracker.example)')]),
    ])
  })

  it('writes the link to an image a browser reads as another site as that site\'s absolute https URL (//host, /\\host)', () => {
    const { tree } = run(h('img', { src: '//tracker.example/plain.png', alt: 'P' }), h('img', { src: '/\\tracker.example/b.png', alt: 'B' }))
    expect(tree.children).toEqual([
      h('a', { href: 'https://tracker.example/plain.png' }, 'P (image on tracker.example)'),
      h('a', { href: 'https://tracker.example/b.png' }, 'B (image on tracker.example)'),
    ])
  })

  it("leaves the site's images alone, and the content the sanitizer drops whole", () => {
    const children = [h('img', { src: '/uploads/a.png', alt: 'A' }), h('img', { src: 'data:image/png;base64,iVBORw0KGgo=' }), h('noscript', [h('img', { src: 'https://tracker.example/pixel.png' })])]
    const { tree, messages } = run(...structuredClone(children))
    expect(tree.children).toEqual(children)
    expect(messages).toEqual([])
  })
})
