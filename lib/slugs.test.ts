import { describe, it, expect } from 'vitest'
import { urlize, nameSlug } from './slugs'

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
