import { describe, expect, it } from 'vitest'
import { listMarkdownLinks, schemelessHost } from './links'

describe('listMarkdownLinks', () => {
  it('finds links, images and definitions by parsing, with their place', () => {
    const text = 'Intro\n\nSee [SMI](smi-spec.org) and ![a pixel](/p.png).\n\n[ref]: https://example.com\n\n    [not](a-link.org) in code\n'
    expect(listMarkdownLinks(text)).toEqual([
      { kind: 'link', url: 'smi-spec.org', line: 3, column: 5 },
      { kind: 'image', url: '/p.png', line: 3, column: 29 },
      { kind: 'definition', url: 'https://example.com', line: 5, column: 1 },
    ])
  })
})

describe('schemelessHost', () => {
  it.each([
    ['smi-spec.org', 'smi-spec.org'],
    ['slack.linkerd.io', 'slack.linkerd.io'],
    ['www.example.com/path', 'www.example.com'],
    ['docs.rs/serde', 'docs.rs'],
  ])('sees a host in %j', (url, host) => {
    expect(schemelessHost(url)).toBe(host)
  })

  it.each(['https://smi-spec.org', 'mailto:a@b.org', '/2019/05/18/post/', '#anchor', './notes.md', 'notes.md', 'diagram.png', 'install.sh', '../up.html', 'plain-word', ''])(
    'sees no host in %j',
    (url) => {
      expect(schemelessHost(url)).toBeUndefined()
    },
  )
})
