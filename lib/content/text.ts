/**
 * Text as it is read from content files, normalised once, at load, so the server and the browser
 * see the same characters. A page's HTML is UTF-8, which cannot hold a lone surrogate (a YAML or
 * JSON "\ud800" escape makes one): the browser reads U+FFFD where React's payload says "\ud800",
 * and hydration fails (React error #418). Control characters go too: the HTML parser turns CR
 * into LF and NUL into U+FFFD, and XML (feeds) cannot hold most of them. All of it runs in one
 * pass over the text, so a file full of them costs no more than any other file.
 */

/** Normalises what editors and other tools leave in text files: a byte order mark and CRLF line ends. */
export function normaliseText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
}

// C0 controls other than tab and newline, DEL and the C1 controls, and the two non-characters
// XML 1.0 forbids. Invisible in a page, they make a feed invalid XML wherever they land.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]/g
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Where a control character was taken out of a text: 1-based line and column, and its code point
 * (U+0007). The last one reported may say how many more lines held one (`more`).
 */
export type RemovedControl = { line: number; column: number; codePoint: string; more?: number }

// Lines reported one by one; a file full of control characters gets a count for the rest.
const MAX_REPORTED_LINES = 20

function codePoint(char: string): string {
  return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
}

/**
 * The text without control characters (tab and newline stay) and with U+FFFD for lone
 * surrogates, and where each line's first removed character was. Linear in the text: lines are
 * counted as the matches go by, never from the start again.
 */
export function removeControlCharacters(text: string): { text: string; removed: RemovedControl[] } {
  const removed: RemovedControl[] = []
  let line = 1
  let lineStart = 0
  let lastLine = 0
  // One pass over the code units: a regular expression would make a match object per character.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 10) {
      line++
      lineStart = i + 1
      continue
    }
    if (!isControl(code) || line === lastLine) continue
    lastLine = line
    if (removed.length < MAX_REPORTED_LINES) removed.push({ line, column: i - lineStart + 1, codePoint: codePoint(text[i]) })
    else removed[removed.length - 1].more = (removed[removed.length - 1].more ?? 0) + 1
  }
  const clean = removed.length > 0 ? text.replace(CONTROL, '') : text
  return { text: clean.replace(LONE_SURROGATE, '\uFFFD'), removed }
}

/** The code units CONTROL matches. */
function isControl(code: number): boolean {
  return (code <= 0x1f && code !== 9 && code !== 10) || (code >= 0x7f && code <= 0x9f) || code === 0xfffe || code === 0xffff
}

/** What cleaning changed in a string: control characters (CR included) taken out, lone surrogates replaced. */
export type Cleaned = { value: string; hadControl: boolean; hadSurrogate: boolean }

/** A string with its control characters (CR made a newline first, as HTML parsers do) removed and its lone surrogates replaced. */
export function cleanString(value: string): Cleaned {
  const withoutControls = value.replace(/\r\n?/g, '\n').replace(CONTROL, '')
  const clean = withoutControls.replace(LONE_SURROGATE, '\uFFFD')
  return { value: clean, hadControl: withoutControls !== value, hadSurrogate: clean !== withoutControls }
}

/** The top-level keys of some data whose values held control characters, or lone surrogates. */
export type CleanedKeys = { controls: string[]; surrogates: string[] }

/**
 * Cleans every string in parsed data (front matter, authors.yml, a cached tweet), in place, keys
 * included: YAML's "\a", "\x1b" and "\ud800" escapes and JSON's "\u0000" make these characters
 * without any in the file. Returns the top-level keys that held one.
 */
export function cleanValues(data: Record<string, unknown>): CleanedKeys {
  let hadControl = false
  let hadSurrogate = false
  const clean = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const cleaned = cleanString(value)
      hadControl ||= cleaned.hadControl
      hadSurrogate ||= cleaned.hadSurrogate
      return cleaned.value
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = clean(value[i])
      return value
    }
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      const record = value as Record<string, unknown>
      for (const [key, inner] of Object.entries(record)) {
        const name = clean(key) as string
        if (name !== key) delete record[key]
        record[name] = clean(inner)
      }
    }
    return value
  }
  const keys: CleanedKeys = { controls: [], surrogates: [] }
  for (const [key, value] of Object.entries(data)) {
    hadControl = false
    hadSurrogate = false
    data[key] = clean(value)
    if (hadControl) keys.controls.push(key)
    if (hadSurrogate) keys.surrogates.push(key)
  }
  return keys
}
