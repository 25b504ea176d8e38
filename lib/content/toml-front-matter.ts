import { parse as parseToml, TomlError } from 'smol-toml'
import { emptyValues, firstSentence, type ParsedFrontMatter } from './front-matter-values'

/**
 * TOML front matter (`+++`), parsed by smol-toml, with the line of every key found by reading the
 * source line by line as TOML lays it out: `[table]` and `[[array.of.tables]]` headers, dotted
 * keys (`event.start = …`) and inline tables (`event = { start = … }`), so a date inside
 * `[event]` is pointed at on its own line. Dates at any depth become the text that was written
 * (offset kept): Hugo reads them that way, and the schema expects text.
 */
export function parseTomlFrontMatter(source: string, file: string): ParsedFrontMatter {
  let data: Record<string, unknown>
  try {
    data = parseToml(source) as Record<string, unknown>
  } catch (error) {
    return emptyValues([
      {
        file,
        line: error instanceof TomlError ? error.line : 2,
        column: error instanceof TomlError ? error.column : undefined,
        severity: 'error',
        rule: 'front-matter',
        reason: `front matter is not valid TOML: ${firstSentence(error instanceof Error ? error.message : String(error))}`,
        hint: 'write each field as `key = "value"`',
      },
    ])
  }
  const parsed = emptyValues([])
  locateKeys(source, parsed)
  return { ...parsed, data: datesAsWritten(data, '', parsed.rawValues) as Record<string, unknown> }
}

const BARE_KEY = /[A-Za-z0-9_-]+/y
const KEY_PART = String.raw`(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*')`
const DOTTED_KEY = new RegExp(String.raw`^\s*(${KEY_PART}(?:\s*\.\s*${KEY_PART})*)\s*=\s*`)
const TABLE = new RegExp(String.raw`^\s*(\[\[?)\s*(${KEY_PART}(?:\s*\.\s*${KEY_PART})*)\s*\]\]?`)

/** `a."b.c".d` -> ['a', 'b.c', 'd'] */
function keyParts(dotted: string): string[] {
  const parts: string[] = []
  let i = 0
  while (i < dotted.length) {
    const char = dotted[i]
    if (char === '.' || /\s/.test(char)) {
      i++
    } else if (char === '"' || char === "'") {
      const end = char === '"' ? /"(?:[^"\\]|\\.)*"/y : /'[^']*'/y
      end.lastIndex = i
      const match = end.exec(dotted)
      const quoted = match ? match[0] : dotted.slice(i)
      parts.push(char === '"' ? JSON.parse(quoted) as string : quoted.slice(1, -1))
      i += quoted.length
    } else {
      BARE_KEY.lastIndex = i
      const match = BARE_KEY.exec(dotted)
      parts.push(match ? match[0] : dotted[i])
      i += match ? match[0].length : 1
    }
  }
  return parts
}

/** Records the line (and value column) of every key in `source`, by dotted path. */
function locateKeys(source: string, parsed: ParsedFrontMatter): void {
  let table: string[] = []
  const arrayCounts = new Map<string, number>()
  let openString: '"""' | "'''" | null = null
  let depth = 0
  source.split('\n').forEach((line, index) => {
    if (openString) {
      // Inside a multi-line string: nothing here is a key.
      if (line.includes(openString)) openString = null
      return
    }
    if (depth > 0) {
      depth += bracketDepth(line)
      return
    }
    const header = TABLE.exec(line)
    if (header) {
      table = keyParts(header[2])
      if (header[1] === '[[') {
        const key = table.join('.')
        const count = arrayCounts.get(key) ?? 0
        arrayCounts.set(key, count + 1)
        table = [...table, String(count)]
      }
      record(parsed, table.join('.'), index + 1)
      return
    }
    const assignment = DOTTED_KEY.exec(line)
    if (!assignment) return
    const path = [...table, ...keyParts(assignment[1])].join('.')
    const valueColumn = assignment[0].length + 1
    const value = line.slice(assignment[0].length)
    record(parsed, path, index + 1, valueColumn, rawValue(value))
    if (value.startsWith('{')) inlineTable(parsed, path, value, index + 1, assignment[0].length)
    const multiline = /^("""|''')/.exec(value)
    if (multiline && !value.slice(3).includes(multiline[1])) openString = multiline[1] as '"""' | "'''"
    if (value.startsWith('[')) depth = Math.max(0, bracketDepth(value))
  })
}

function record(parsed: ParsedFrontMatter, path: string, line: number, column?: number, raw?: string): void {
  if (path in parsed.pathLines) return
  parsed.pathLines[path] = line
  if (column !== undefined) parsed.pathColumns[path] = column
  if (raw !== undefined) parsed.rawValues[path] = raw
}

/** The keys of `{ start = 2019-05-20, name = "x" }` on one line, at their columns. */
function inlineTable(parsed: ParsedFrontMatter, path: string, value: string, line: number, offset: number): void {
  const member = new RegExp(String.raw`[{,]\s*(${KEY_PART})\s*=\s*`, 'g')
  for (const match of value.matchAll(member)) {
    const column = offset + match.index + match[0].length + 1
    const rest = value.slice(match.index + match[0].length)
    record(parsed, `${path}.${keyParts(match[1]).join('.')}`, line, column, rawValue(rest.split(/\s*[,}]/)[0]))
  }
}

/** A value as written: without quotes or a trailing `# comment` (`date = 2019-05-31 # Friday`). */
function rawValue(value: string): string {
  const trimmed = value.trim()
  const quoted = /^(["'])(.*?)\1\s*(?:#.*)?$/.exec(trimmed)
  return quoted ? quoted[2] : trimmed.replace(/\s+#.*$/, '')
}

/** How many more `[` than `]` a line opens, outside strings. */
function bracketDepth(line: string): number {
  let depth = 0
  let quote: string | null = null
  for (const char of line) {
    if (quote) {
      if (char === quote) quote = null
    } else if (char === '"' || char === "'") quote = char
    else if (char === '#') break
    else if (char === '[') depth++
    else if (char === ']') depth--
  }
  return depth
}

/** TOML dates, at any depth, as the text that was written (its offset kept). */
function datesAsWritten(value: unknown, path: string, raw: Record<string, string>): unknown {
  if (value instanceof Date) {
    const written = raw[path]
    return written && /^\d/.test(written) ? written : value.toISOString()
  }
  if (Array.isArray(value)) return value.map((item, i) => datesAsWritten(item, `${path}.${i}`, raw))
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) (value as Record<string, unknown>)[key] = datesAsWritten(inner, path ? `${path}.${key}` : key, raw)
  }
  return value
}
