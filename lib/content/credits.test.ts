import { describe, expect, it } from 'vitest'
import { authorFinder, creditText, nameKey, parseCredit, resolveAuthors } from './credits'
import type { Author } from './authors'

const entry = (id: string, name: string): [string, Author] => [id, { id, slug: id, name, links: [], isKnown: true }]
const find = authorFinder(new Map([entry('william', 'William Morgan'), entry('juraci', 'Juraci Paixão Kröhling'), entry('ada', 'Ada Park')]))

describe('parseCredit', () => {
  it('reads Markdown links in a byline and keeps the text around them', () => {
    expect(parseCredit('[Ada Park](https://github.com/ada) (Buoyant), Sam')).toEqual([
      { text: 'Ada Park', url: 'https://github.com/ada' },
      { text: ' (Buoyant), Sam' },
    ])
  })

  it('keeps http(s) and mailto links only; a javascript: link is text', () => {
    expect(parseCredit('[Reiley](mailto:r@example.org) and [X](javascript:void)')).toEqual([
      { text: 'Reiley', url: 'mailto:r@example.org' },
      { text: ' and X' },
    ])
  })

  it('reads a title and angle brackets in the destination, and escapes in the text', () => {
    expect(parseCredit('[A \\[b\\]](<https://a.example> "A")')).toEqual([{ text: 'A [b]', url: 'https://a.example' }])
    expect(creditText(parseCredit('[Ada](https://a.example)   (Co)'))).toBe('Ada (Co)')
  })
})

describe('resolveAuthors', () => {
  it('finds an entry by id, by name whatever its case and accents, and by a linked name', () => {
    expect(resolveAuthors(['william'], find).refs).toEqual([{ id: 'william' }])
    expect(resolveAuthors(['WILLIAM MORGAN'], find).refs).toEqual([{ id: 'william' }])
    expect(resolveAuthors(['Juraci Paixao Krohling'], find).refs).toEqual([{ id: 'juraci' }])
    expect(resolveAuthors(['[Ada Park](https://github.com/ada)'], find).refs).toEqual([{ id: 'ada' }])
    expect(nameKey('  Juraci  Paixão Kröhling ')).toBe('juraci paixao krohling')
  })

  it('splits a list of names when every one is an entry, else keeps the byline as written', () => {
    expect(resolveAuthors(['Ada Park and William Morgan'], find).refs).toEqual([{ id: 'ada' }, { id: 'william' }])
    expect(resolveAuthors(['Ada Park, Sam Okafor'], find).refs).toEqual([{ credit: [{ text: 'Ada Park, Sam Okafor' }] }])
    // An affiliation is part of what the post says: shown, not matched away.
    expect(resolveAuthors(['[Ada Park](https://github.com/ada) (Buoyant)'], find).refs).toEqual([
      { credit: [{ text: 'Ada Park', url: 'https://github.com/ada' }, { text: ' (Buoyant)' }] },
    ])
  })

  it('calls an id-like value that no entry has unknown, and free text no such thing', () => {
    expect(resolveAuthors(['casey', 'OpenTelemetry Governance Committee'], find)).toEqual({
      refs: [{ id: 'casey' }, { credit: [{ text: 'OpenTelemetry Governance Committee' }] }],
      unknown: ['casey'],
    })
  })

  it('lists each author once, and skips empty values', () => {
    expect(resolveAuthors(['ada', 'Ada Park', ' '], find).refs).toEqual([{ id: 'ada' }])
  })
})
