import { imageSize } from 'image-size'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { prepareShareImageText } from './fonts'
import { renderShareCard } from './render'

const HOSTILE_TITLE = 'Emoji 🎉👍🏽👨‍👩‍👧 and 日本語のタイトル, 中文标题 in a </script> title & ]]>'

afterEach(() => {
  vi.unstubAllGlobals()
})

/** Fails the test on any request to the network; data: URLs (satori's own WebAssembly) go through. */
function forbidNetwork(): string[] {
  const requested: string[] = []
  const realFetch = globalThis.fetch
  vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input)
    if (url.startsWith('data:')) return realFetch(input, init)
    requested.push(url)
    return Promise.reject(new Error(`share images must not fetch ${url}`))
  })
  return requested
}

describe('renderShareCard', () => {
  it('draws a 1200x630 PNG for a title with emoji, CJK and markup, without the network', async () => {
    const requested = forbidNetwork()
    const response = renderShareCard({ kicker: 'recap · Recap: KubeCon 東京 🎉', title: HOSTILE_TITLE, footer: 'Ada Park · May 27, 2019' })
    const png = Buffer.from(await response.arrayBuffer())
    expect(requested).toEqual([])
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect(imageSize(png)).toMatchObject({ width: 1200, height: 630 })
  }, 20_000)
})

describe('prepareShareImageText', () => {
  it('loads only the Latin fonts for Latin text', () => {
    const { fonts, texts } = prepareShareImageText(['A plain title'])
    expect(new Set(fonts.map((font) => font.name))).toEqual(new Set(['Noto Sans latin']))
    expect(texts[0]).toEqual([['A'], ['plain'], ['title']])
  })

  it('adds the font files that cover CJK and emoji, and puts each emoji in a text node of its own', () => {
    const { fonts, texts } = prepareShareImageText(['日本語 🎉🚀 ok'])
    const names = fonts.map((font) => font.name)
    expect(names.some((name) => name.startsWith('Noto Sans JP '))).toBe(true)
    expect(names.some((name) => name.startsWith('Noto Emoji '))).toBe(true)
    expect(texts[0]).toEqual([['日本語'], ['🎉', '🚀'], ['ok']])
  })

  it('drops what no font covers and simplifies emoji sequences satori cannot join', () => {
    const { texts } = prepareShareImageText(['𝕏\uE000 a\u0007b 👍🏽👨‍👩‍👧 </script>'])
    expect(texts[0]).toEqual([['a'], ['b'], ['👍', '👨'], ['</script>']])
  })
})

describe('renderShareCard with very long text', () => {
  it('draws a title of thousands of words in seconds, showing its start', async () => {
    forbidNetwork()
    for (const title of [Array.from({ length: 5000 }, () => 'supercalifragilistic').join(' '), 'x'.repeat(100_000), '語'.repeat(20_000)]) {
      const started = performance.now()
      const png = Buffer.from(await renderShareCard({ kicker: 'k'.repeat(10_000), title, footer: 'Ada, '.repeat(5000) }).arrayBuffer())
      expect(imageSize(png)).toMatchObject({ width: 1200, height: 630 })
      expect(performance.now() - started).toBeLessThan(15_000)
    }
  }, 60_000)
})
