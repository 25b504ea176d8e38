import { describe, expect, it } from 'vitest'
import { urlize, nameSlug } from './slugs'

describe('urlize', () => {
  // Each pair was produced by Hugo 0.111's `urlize` (and permalinks) on the same input.
  const hugo: [string, string][] = [
    ['Hello World', 'hello-world'],
    ['HTTP/1 and HTTP/2', 'http/1-and-http/2'],
    ["Tutorials &amp; How-To's", 'tutorials-amp-how-tos'],
    ['Linkerd 2.3: Toward Zero Trust', 'linkerd-2.3-toward-zero-trust'],
    ['  leading and trailing  ', 'leading-and-trailing'],
    ['A -- B', 'a--b'],
    ['a - b', 'a-b'],
    ['x--y', 'x--y'],
    ['trail-', 'trail-'],
    ['-lead', '-lead'],
    ["What's a service mesh? And why do I need one?", 'whats-a-service-mesh-and-why-do-i-need-one'],
    ['100% pure', '100-pure'],
    ['Ça va? Ünïcode — dash – en', 'ça-va-ünïcode-dash-en'],
    ['emoji 🎉 party', 'emoji-party'],
    ['under_score.dot~tilde', 'under_score.dot~tilde'],
    ['@mention', '@mention'],
    ['tab\there', 'tab-here'],
    ['"quoted"', 'quoted'],
    ['(parens) [brackets] {braces}', 'parens-brackets-braces'],
    ['a/ b', 'a/-b'],
    ['a\u00a0b', 'a-b'],
    ['a\u200bb', 'ab'],
    ['ÉCOLE', 'école'],
    ['İstanbul', 'istanbul'],
    ['½ half', 'half'],
    ['Ⅻ roman', 'roman'],
    ['e\u0301', 'e\u0301'],
    ['日本語 タイトル', '日本語-タイトル'],
  ]
  it.each(hugo)('urlizes %j as Hugo does', (input, expected) => {
    expect(urlize(input)).toBe(expected)
  })
})


describe('urlize (Hugo slugs from titles)', () => {
  it.each([
    ['Linkerd at KubeCon EU 2019: Benchmarks, SMI, VSCode, and more', 'linkerd-at-kubecon-eu-2019-benchmarks-smi-vscode-and-more'],
    ['Linkerd and SMI', 'linkerd-and-smi'],
    ['Announcing Linkerd 2.3', 'announcing-linkerd-2.3'],
    ["What's a service mesh?", 'whats-a-service-mesh'],
    ['Café  au lait', 'café-au-lait'],
    ['C++ & you', 'c++-you'],
  ])('%s -> %s', (title, slug) => {
    expect(urlize(title)).toBe(slug)
  })
})

describe('nameSlug (tags, authors, events)', () => {
  it('keeps a tag like HTTP/1 to one path segment', () => {
    expect(nameSlug('HTTP/1')).toBe('http-1')
  })
  it('spells out & and drops apostrophes', () => {
    expect(nameSlug("Tutorials & How-To's")).toBe('tutorials-and-how-tos')
  })
  it('does not split camel case', () => {
    expect(nameSlug('KubeCon EU 2019')).toBe('kubecon-eu-2019')
  })
  it('gives names with nothing to transliterate a stable slug', () => {
    expect(nameSlug('日本語')).toMatch(/^t-[0-9a-f]{8}$/)
    expect(nameSlug('日本語')).toBe(nameSlug('日本語'))
  })
})
