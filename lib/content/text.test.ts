import { describe, expect, it } from 'vitest'
import { cleanValues, removeControlCharacters } from './text'

describe('removeControlCharacters', () => {
  it('removes C0 and C1 controls and DEL, keeps tab and newline, and says where the first of each line was', () => {
    const { text, removed } = removeControlCharacters('a\u0007b\tc\n\u0085d\u007f\ne\u001b[0m')
    expect(text).toBe('ab\tc\nd\ne[0m')
    expect(removed).toEqual([
      { line: 1, column: 2, codePoint: 'U+0007' },
      { line: 2, column: 1, codePoint: 'U+0085' },
      { line: 3, column: 2, codePoint: 'U+001B' },
    ])
  })

  it('replaces unpaired surrogates with U+FFFD and keeps pairs', () => {
    expect(removeControlCharacters('a\uD800b\uDC00c😀').text).toBe('a\uFFFDb\uFFFDc😀')
  })

  it('takes linear time: 2 MB of controls on one line, or one per line', () => {
    for (const text of ['\u0007'.repeat(2 * 1024 * 1024), 'a\u0007\n'.repeat(700_000)]) {
      const started = performance.now()
      const { removed } = removeControlCharacters(text)
      expect(performance.now() - started).toBeLessThan(5000)
      expect(removed.length).toBeGreaterThan(0)
    }
  })

  it('reports the first 20 lines one by one and counts the rest', () => {
    const { removed } = removeControlCharacters('a\u0007\n'.repeat(1000))
    expect(removed).toHaveLength(20)
    expect(removed[19]).toEqual({ line: 20, column: 2, codePoint: 'U+0007', more: 980 })
  })
})

describe('cleanValues', () => {
  it('cleans strings at any depth, keys included, CR made a newline as HTML parsers do, and names the top-level keys', () => {
    const data: Record<string, unknown> = { title: 'a\rb\u0085', tags: ['x\uD800'], event: { name: 'ok', 'lo\u0000c': 'y\u0007' }, count: 3 }
    expect(cleanValues(data)).toEqual({ controls: ['title', 'event'], surrogates: ['tags'] })
    expect(data).toEqual({ title: 'a\nb', tags: ['x\uFFFD'], event: { name: 'ok', loc: 'y' }, count: 3 })
  })
})
