import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse, type Font } from 'opentype.js'

/**
 * Fonts for generated share images, read from @fontsource packages (WOFF: satori cannot read
 * WOFF2), and the text prepared so that satori finds a glyph for every character.
 *
 * Why the care: when a character has no glyph in the fonts it is given, satori calls
 * `loadAdditionalAsset`, which next/og implements by fetching fonts from Google Fonts and emoji
 * from a CDN. A build must never wait on the network (and here has none), so we give satori the
 * font files that cover the text and drop what no file covers, checking glyphs the way satori
 * looks them up (see `resolves`).
 */

/** A font as next/og's ImageResponse takes it. */
export type ShareImageFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }

/** Text split for rendering: words, each a list of pieces; every piece becomes its own text node. */
export type PreparedText = string[][]

type FontFile = {
  /** The name satori knows it by: one per file, since satori keeps one file per name and weight. */
  name: string
  pkg: string
  subset: string
  weights: (400 | 700)[]
  ranges: [number, number][]
}

const PACKAGES: { pkg: string; family: string; weights: (400 | 700)[]; skip?: string[] }[] = [
  // Latin, Greek, Cyrillic, Vietnamese, Devanagari; regular for small text, bold for the title.
  { pkg: 'noto-sans', family: 'Noto Sans', weights: [400, 700] },
  // Japanese kana and the kanji that Chinese text mostly shares; its Latin subsets repeat Noto Sans.
  { pkg: 'noto-sans-jp', family: 'Noto Sans JP', weights: [700], skip: ['latin', 'latin-ext', 'cyrillic', 'vietnamese'] },
  // Monochrome emoji outlines: satori draws them like letters, no image fetch needed.
  { pkg: 'noto-emoji', family: 'Noto Emoji', weights: [400] },
]

function fontsourceDir(pkg: string): string {
  return join(/* turbopackIgnore: true */ process.cwd(), 'node_modules', '@fontsource', pkg)
}

function parseRanges(unicodeRange: string): [number, number][] {
  return unicodeRange.split(',').map((part) => {
    const [start, end] = part.trim().replace(/^U\+/i, '').split('-')
    return [parseInt(start, 16), parseInt(end ?? start, 16)]
  })
}

let catalogue: FontFile[] | undefined

/** Every font file we may use, in the order satori will search them (Latin first). */
function fontFiles(): FontFile[] {
  if (catalogue) return catalogue
  catalogue = PACKAGES.flatMap(({ pkg, family, weights, skip = [] }) => {
    const ranges = JSON.parse(readFileSync(join(fontsourceDir(pkg), 'unicode.json'), 'utf8')) as Record<string, string>
    const subsets = Object.keys(ranges)
      .filter((subset) => !skip.includes(subset))
      // Latin first within Noto Sans: most text is Latin, and satori tries fonts in order.
      .sort((a, b) => Number(b === 'latin') - Number(a === 'latin'))
    return subsets.map((subset) => ({
      name: `${family} ${subset.replace(/[[\]]/g, '')}`,
      pkg,
      subset: subset.replace(/[[\]]/g, ''),
      weights,
      ranges: parseRanges(ranges[subset]),
    }))
  })
  return catalogue
}

const buffers = new Map<string, Buffer>()
const parsed = new Map<string, Font>()

function fileData(file: FontFile, weight: 400 | 700): Buffer {
  const path = join(fontsourceDir(file.pkg), 'files', `${file.pkg}-${file.subset}-${weight}-normal.woff`)
  let data = buffers.get(path)
  if (!data) {
    data = readFileSync(path)
    buffers.set(path, data)
  }
  return data
}

function cmapOf(file: FontFile): Font {
  let font = parsed.get(file.name)
  if (!font) {
    const data = fileData(file, file.weights[0])
    font = parse(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength))
    parsed.set(file.name, font)
  }
  return font
}

function hasCodePoint(file: FontFile, codePoint: number): boolean {
  if (!file.ranges.some(([start, end]) => codePoint >= start && codePoint <= end)) return false
  return cmapOf(file).charToGlyphIndex(String.fromCodePoint(codePoint)) > 0
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' })

function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (segment) => segment.segment)
}

function codePoints(text: string): number[] {
  return Array.from(text, (char) => char.codePointAt(0)!)
}

/** A grapheme whose first UTF-16 unit is a surrogate (emoji, rare CJK): rendered alone, see prepare. */
function isAstral(grapheme: string): boolean {
  return grapheme.codePointAt(0)! > 0xffff
}

/**
 * Whether satori would find every code point of each grapheme of `piece` in `fonts`, as its font
 * engine looks them up: per text node, the first font (in order) that has the grapheme's first
 * character, remembered by the first UTF-16 unit for the rest of the node; then every code point
 * of the grapheme must be in that one font. Returns the graphemes that would not resolve.
 */
function unresolved(piece: string, fonts: FontFile[]): string[] {
  const chosen = new Map<number, FontFile>()
  const missing: string[] = []
  for (const grapheme of graphemes(piece)) {
    if (/^\s+$/u.test(grapheme)) continue
    const key = grapheme.charCodeAt(0)
    const font = chosen.get(key) ?? fonts.find((file) => hasCodePoint(file, grapheme.codePointAt(0)!))
    if (font) chosen.set(key, font)
    if (!font || !codePoints(grapheme).every((codePoint) => hasCodePoint(font, codePoint))) missing.push(grapheme)
  }
  return missing
}

/**
 * Satori draws the code points of an emoji sequence one by one (no ligatures), so a skin tone
 * shows as a swatch beside the hand and a family as three faces: keep the first emoji of a
 * ZWJ sequence and drop skin-tone modifiers.
 */
function simplifyEmoji(grapheme: string): string {
  if (!isAstral(grapheme)) return grapheme
  return grapheme.split('\u200D')[0].replace(/[\u{1F3FB}-\u{1F3FF}]/gu, '')
}

/** Text as a share image shows it: composed (é, not e + ◌́), one line, no control characters. */
function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cs}\p{Co}\p{Cn}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * The fonts that cover `texts`, and each text split into words and pieces that satori renders
 * with them alone. A grapheme no font covers falls back to its first code point (an emoji with a
 * skin tone becomes the plain emoji), else it is left out. Emoji and other characters outside
 * the Basic Multilingual Plane get a text node each, because satori remembers a font per first
 * UTF-16 unit within a node, and all emoji share a few of those.
 */
export function prepareShareImageText(texts: string[]): { fonts: ShareImageFont[]; texts: PreparedText[] } {
  const files = fontFiles()
  const used = new Set<FontFile>([files[0]])
  const fitted = texts.map((text) =>
    normalise(text)
      .split(' ')
      .filter(Boolean)
      .map((word) =>
        graphemes(word).flatMap((grapheme) => {
          for (const candidate of [simplifyEmoji(grapheme), String.fromCodePoint(grapheme.codePointAt(0)!)]) {
            const file = files.find((font) => unresolved(candidate, [font]).length === 0)
            if (file) {
              used.add(file)
              return [candidate]
            }
          }
          return []
        }),
      ),
  )
  // Satori searches every font we pass, in this order: check each piece against all of them.
  const order = files.filter((file) => used.has(file))
  const prepared = fitted.map((words) =>
    words.map((word) => piecesOf(word).map((piece) => fit(piece, order)).filter(Boolean)).filter((pieces) => pieces.length > 0),
  )
  const fonts = order.flatMap((file) => file.weights.map((weight) => ({ name: file.name, data: fileData(file, weight), weight, style: 'normal' as const })))
  return { fonts, texts: prepared }
}

/**
 * A piece with what would not resolve against the final font list reduced to its first code point,
 * or left out: repeated, since leaving a grapheme out can change which font a later one gets.
 */
function fit(piece: string, order: FontFile[]): string {
  let current = graphemes(piece)
  for (;;) {
    const missing = new Set(unresolved(current.join(''), order))
    if (missing.size === 0) return current.join('')
    current = current.flatMap((grapheme) => {
      if (!missing.has(grapheme)) return [grapheme]
      const base = String.fromCodePoint(grapheme.codePointAt(0)!)
      return base !== grapheme && unresolved(base, order).length === 0 ? [base] : []
    })
  }
}

/** Graphemes of a word grouped into pieces: runs of BMP graphemes, and each astral grapheme alone. */
function piecesOf(word: string[]): string[] {
  const pieces: string[] = []
  let run = ''
  for (const grapheme of word) {
    if (isAstral(grapheme)) {
      if (run) pieces.push(run)
      pieces.push(grapheme)
      run = ''
    } else {
      run += grapheme
    }
  }
  if (run) pieces.push(run)
  return pieces
}

/** The font family name to ask for in styles: the first file, Noto Sans Latin. */
export function shareImageFontFamily(): string {
  return fontFiles()[0].name
}
