import { describe, it, expect } from 'vitest'
import type { RootContent } from 'hast'
import { h } from 'hastscript'
import { at, jsx, jsxText, runRehype } from '@/tests/helpers/hast'
import { rehypeVideoEmbeds } from './rehype-video-embeds'

const run = (...children: RootContent[]) => runRehype([rehypeVideoEmbeds], ...children)

describe('rehypeVideoEmbeds', () => {
  it('turns a player iframe into its component, with the player options and the title, wherever blocks go', () => {
    const { tree, messages } = run(
      at(4, 1, h('iframe', { src: 'https://www.youtube.com/embed/Z3nfLI3z0hc?start=30&end=60', title: ' Talk ', width: 560, allowFullScreen: true })),
      jsx('Note', {}, [h('div', [h('iframe', { src: 'https://player.vimeo.com/video/76979871?h=8272103f6e' })])]),
    )
    expect(tree.children).toEqual([
      {
        type: 'mdxJsxFlowElement',
        name: 'YouTube',
        attributes: [
          { type: 'mdxJsxAttribute', name: 'id', value: 'Z3nfLI3z0hc' },
          { type: 'mdxJsxAttribute', name: 'start', value: '30' },
          { type: 'mdxJsxAttribute', name: 'end', value: '60' },
          { type: 'mdxJsxAttribute', name: 'title', value: 'Talk' },
        ],
        children: [],
        position: { start: { line: 4, column: 1 }, end: { line: 4, column: 2 } },
      },
      jsx('Note', {}, [h('div', [jsx('Vimeo', { id: '76979871', hash: '8272103f6e' })])]),
    ])
    expect(messages).toEqual([])
  })

  it('links the video from inside a paragraph, however deep, and from inline JSX', () => {
    const { tree } = run(
      h('p', ['See ', h('em', [h('iframe', { src: 'https://player.vimeo.com/video/76979871?h=8272103f6e', title: 'Demo' })])]),
      h('p', [jsxText('Mystery', {}, [h('iframe', { src: 'https://www.youtube-nocookie.com/embed/Z3nfLI3z0hc?start=5' })])]),
    )
    expect(tree.children).toEqual([
      h('p', ['See ', h('em', [h('a', { href: 'https://vimeo.com/76979871/8272103f6e' }, 'Demo')])]),
      h('p', [jsxText('Mystery', {}, [h('a', { href: 'https://www.youtube.com/watch?v=Z3nfLI3z0hc' }, 'Video on YouTube')])]),
    ])
  })

  it("plays the site's own clip given as a <video>, alone or as the one thing in a paragraph (the player takes the paragraph's place)", () => {
    const clip = (src: string) => h('video', { controls: true, style: 'width: 100%' }, ['\n  ', h('source', { src }), '\n'])
    const { tree } = run(
      clip('./alone.webm'),
      h('p', ['\n  ', clip('./in-a-paragraph.webm'), '\n']),
      h('p', ['Watch ', clip('./with-text.webm')]),
      h('p', [clip('https://elsewhere.example/x.webm')]),
    )
    expect(tree.children).toEqual([
      jsx('Video', { src: './alone.webm' }),
      jsx('Video', { src: './in-a-paragraph.webm' }),
      // Beside text the player cannot go into the paragraph: left to the sanitizer, as a video from elsewhere is.
      h('p', ['Watch ', clip('./with-text.webm')]),
      h('p', [clip('https://elsewhere.example/x.webm')]),
    ])
  })

  it('removes every other iframe with a warning at its line, and keeps its siblings', () => {
    const { tree, messages } = run(h('p', 'before'), at(7, 3, h('iframe', { src: 'https://evil.example/frame' }, 'fallback')), at(9, 1, h('iframe')), h('p', 'after'))
    expect(tree.children).toEqual([h('p', 'before'), h('p', 'after')])
    expect(messages).toEqual([
      {
        place: '7:3',
        severity: 'warning',
        ruleId: 'html',
        reason: '<iframe> of "https://evil.example/frame" removed: only YouTube and Vimeo videos can be embedded',
        hint: 'write <YouTube id="…" /> for a YouTube video, or link to the page',
      },
      expect.objectContaining({ place: '9:1', reason: '<iframe> removed: only YouTube and Vimeo videos can be embedded' }),
    ])
  })
})
