import matter from 'gray-matter'
import { LineCounter, parseDocument, isMap, isScalar, type Node as YamlNode } from 'yaml'
import { parse as parseToml, TomlError } from 'smol-toml'
import { load as loadLenientYaml, CORE_SCHEMA } from 'js-yaml'
import type { ContentProblem } from './problems'

/** Front matter as read from a file, before validation. */
export type FrontMatter = {
  data: Record<string, unknown>
  /** 'yaml' (`---`), 'toml' (`+++`) or 'json' (a `{…}` object at the start); null when the file has none. */
  language: 'yaml' | 'toml' | 'json' | null
  /** The body with the front matter replaced by blank lines, so body line numbers are file line numbers. */
  body: string
  /** 1-based file line of each top-level key, for pointing errors at a field. */
  keyLines: Record<string, number>
  /** 1-based column where each top-level key's value starts on the key's line, for pointing errors at a value. */
  valueColumns: Record<string, number>
  /** The source text of top-level scalar values as written (dates before any parser touches them). */
  rawValues: Record<string, string>
  /** Problems found while reading (syntax errors, duplicate keys). */
  problems: ContentProblem[]
}

// A YAML alias bomb expands exponentially; Hugo's own parser caps aliases too.
const MAX_YAML_ALIASES = 100

/** Normalises what editors and other tools leave in text files: a byte order mark and CRLF line ends. */
export function normaliseText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
}

// C0 controls other than tab and newline, and the two non-characters XML 1.0 forbids. Invisible
// in a page, they make a feed invalid XML wherever they land (a title, a tag, the text).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

/** Where a control character was taken out of a text: 1-based line and column, and its code point (U+0007). */
export type RemovedControl = { line: number; column: number; codePoint: string }

/** The text without control characters (tab and newline stay), and where each line's first one was. */
export function removeControlCharacters(text: string): { text: string; removed: RemovedControl[] } {
  const removed: RemovedControl[] = []
  let lastLine = 0
  for (const match of text.matchAll(CONTROL)) {
    const before = text.slice(0, match.index)
    const line = countLines(before) + 1
    if (line === lastLine) continue
    lastLine = line
    const codePoint = `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
    removed.push({ line, column: match.index - before.lastIndexOf('\n'), codePoint })
  }
  return { text: removed.length > 0 ? text.replace(CONTROL, '') : text, removed }
}

/**
 * Takes control characters out of every string in parsed front matter, in place (YAML's "\a" and
 * "\x1b" escapes make them without any in the file). Returns the top-level keys that held one.
 */
export function removeControlCharactersFromValues(data: Record<string, unknown>): string[] {
  const clean = (value: unknown): { value: unknown; changed: boolean } => {
    if (typeof value === 'string') {
      const text = value.replace(CONTROL, '')
      return { value: text, changed: text !== value }
    }
    if (Array.isArray(value)) {
      const items = value.map(clean)
      return { value: items.map((item) => item.value), changed: items.some((item) => item.changed) }
    }
    if (value && typeof value === 'object') {
      const entries = Object.entries(value).map(([key, inner]) => [key, clean(inner)] as const)
      return { value: Object.fromEntries(entries.map(([key, inner]) => [key, inner.value])), changed: entries.some(([, inner]) => inner.changed) }
    }
    return { value, changed: false }
  }
  const keys: string[] = []
  for (const [key, value] of Object.entries(data)) {
    const result = clean(value)
    if (!result.changed) continue
    data[key] = result.value
    keys.push(key)
  }
  return keys
}

function countLines(text: string): number {
  let lines = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++
  return lines
}

/**
 * Splits a post into front matter and body (gray-matter), then parses the front matter with a
 * parser that reports positions: `yaml` (core schema, so dates stay the strings that were written)
 * or smol-toml. Never throws: problems are returned with their file line.
 */
export function readFrontMatter(text: string, file: string): FrontMatter {
  const problems: ContentProblem[] = []
  const empty = { data: {}, keyLines: {}, valueColumns: {}, rawValues: {}, problems }
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')).trimEnd()
  const delimiter = firstLine === '+++' ? '+++' : firstLine === '---' ? '---' : null
  if (!delimiter && text.startsWith('{')) return readJsonFrontMatter(text, file)
  if (!delimiter) return { ...empty, language: null, body: text }

  const closing = new RegExp(`\\n${delimiter.replace(/\+/g, '\\+')}[ \\t]*(?:\\n|$)`)
  if (!closing.test(text.slice(firstLine.length))) {
    problems.push({
      file,
      line: 1,
      severity: 'error',
      rule: 'front-matter',
      reason: `front matter opened with \`${delimiter}\` on line 1 is never closed`,
      hint: `add a line \`${delimiter}\` after the last field`,
    })
    return { ...empty, language: delimiter === '+++' ? 'toml' : 'yaml', body: '' }
  }

  const language = delimiter === '+++' ? 'toml' : 'yaml'
  // gray-matter only splits here; the parsers below read the front matter with positions.
  const split = matter(text, { delimiters: delimiter, language, engines: { yaml: () => ({}), toml: () => ({}) } })
  const prefix = text.slice(0, text.length - split.content.length)
  const body = '\n'.repeat(countLines(prefix)) + split.content
  // split.matter starts right after the opening delimiter, so its line i is file line i + 1.
  const source = split.matter ?? ''
  const parsed = language === 'yaml' ? parseYaml(source, file) : parseTomlFrontMatter(source, file)
  return { ...parsed, language, body, problems: [...problems, ...parsed.problems] }
}

function parseYaml(source: string, file: string): Omit<FrontMatter, 'language' | 'body'> {
  const problems: ContentProblem[] = []
  let lineCounter = new LineCounter()
  const options = { schema: 'core' as const, prettyErrors: false, uniqueKeys: true }
  let document = parseDocument(source, { ...options, lineCounter })
  const lineOf = (offset: number) => lineCounter.linePos(offset)

  const duplicates = document.errors.filter((error) => error.code === 'DUPLICATE_KEY')
  if (duplicates.length > 0) {
    // Hugo takes the last value of a repeated key; we do the same and say so.
    for (const error of duplicates) {
      const { line, col } = lineOf(error.pos[0])
      problems.push({
        file,
        line,
        column: col,
        severity: 'warning',
        rule: 'front-matter',
        reason: `front matter key \`${keyAt(source, error.pos[0])}\` is repeated; the last value wins`,
        hint: 'remove one of the two lines',
      })
    }
    lineCounter = new LineCounter()
    document = parseDocument(source, { ...options, uniqueKeys: false, lineCounter })
  }
  const syntaxErrors = document.errors.filter((e) => e.code !== 'DUPLICATE_KEY')
  if (syntaxErrors.length > 0) {
    const lenient = parseLenientYaml(source, file, syntaxErrors[0].message, lineOf(syntaxErrors[0].pos[0]).line)
    if (lenient) return { ...lenient, problems: [...problems, ...lenient.problems] }
  }
  for (const error of syntaxErrors) {
    const { line, col } = lineOf(error.pos[0])
    problems.push({
      file,
      line,
      column: col,
      severity: 'error',
      rule: 'front-matter',
      reason: `front matter is not valid YAML: ${firstSentence(error.message)}`,
      hint: 'quote values that contain ": " or start with [ { * & ! | > \' " % @ `',
    })
  }
  if (problems.some((problem) => problem.severity === 'error')) return { data: {}, keyLines: {}, valueColumns: {}, rawValues: {}, problems }

  let value: unknown
  try {
    value = document.toJS({ maxAliasCount: MAX_YAML_ALIASES })
  } catch (error) {
    problems.push({
      file,
      line: 2,
      severity: 'error',
      rule: 'front-matter',
      reason: `front matter could not be read: ${firstSentence(error instanceof Error ? error.message : String(error))}`,
      hint: 'write plain values instead of YAML aliases (*name)',
    })
    return { data: {}, keyLines: {}, valueColumns: {}, rawValues: {}, problems }
  }
  if (value === null || value === undefined) return { data: {}, keyLines: {}, valueColumns: {}, rawValues: {}, problems }
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push({
      file,
      line: 2,
      severity: 'error',
      rule: 'front-matter',
      reason: 'front matter must be a set of `key: value` lines',
      hint: 'write each field on its own line, e.g. `title: My post`',
    })
    return { data: {}, keyLines: {}, valueColumns: {}, rawValues: {}, problems }
  }

  const keyLines: Record<string, number> = {}
  const valueColumns: Record<string, number> = {}
  const rawValues: Record<string, string> = {}
  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      const key = pair.key as YamlNode | null
      if (!isScalar(key) || !key.range) continue
      const name = String(key.value)
      keyLines[name] = lineOf(key.range[0]).line
      const valueNode = pair.value as YamlNode | null
      // A value on the key's own line gets a column; a block below it is pointed at by its key's line.
      const valueStart = valueNode?.range ? lineOf(valueNode.range[0]) : undefined
      if (valueStart && valueStart.line === keyLines[name]) valueColumns[name] = valueStart.col
      if (isScalar(valueNode) && valueNode.range) rawValues[name] = String(valueNode.source ?? valueNode.value)
    }
  }
  return { data: value as Record<string, unknown>, keyLines, valueColumns, rawValues, problems }
}

/**
 * Hugo reads YAML with go-yaml, which accepts things the YAML 1.2 spec (and the `yaml` package)
 * refuses, such as a quoted title continued on an unindented line. js-yaml accepts those too:
 * when it can read the front matter, take its values and warn, so the post renders as in Hugo.
 */
function parseLenientYaml(source: string, file: string, strictError: string, strictLine: number): Omit<FrontMatter, 'language' | 'body'> | null {
  let value: unknown
  try {
    // The core schema keeps dates as the strings that were written; json: true lets a repeated key win.
    value = loadLenientYaml(source, { schema: CORE_SCHEMA, json: true })
  } catch {
    return null
  }
  // js-yaml shares aliased values instead of expanding them; an alias bomb would still explode in
  // anything that walks the values (validation, messages), so refuse it here.
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !isSmall(value)) return null
  const keyLines: Record<string, number> = {}
  const valueColumns: Record<string, number> = {}
  const rawValues: Record<string, string> = {}
  source.split('\n').forEach((line, index) => {
    const match = /^([A-Za-z_][\w-]*)(\s*:\s*)(.*)$/.exec(line)
    if (!match) return
    keyLines[match[1]] = index + 1
    valueColumns[match[1]] = match[1].length + match[2].length + 1
    rawValues[match[1]] = match[3].trim().replace(/^(["'])(.*)\1$/, '$2')
  })
  const problems: ContentProblem[] = [
    {
      file,
      line: strictLine,
      severity: 'warning',
      rule: 'front-matter',
      reason: `front matter is not strict YAML (${firstSentence(strictError)}); it is read as Hugo reads it`,
      hint: 'indent continuation lines and close quotes on the line they open, so every YAML tool reads it',
    },
  ]
  return { data: value as Record<string, unknown>, keyLines, valueColumns, rawValues, problems }
}

// Values counted when walking a lenient parse, shared (aliased) values counted each time they are reached.
const MAX_LENIENT_NODES = 10_000

/** Whether a parsed value stays small when its aliases are expanded (no YAML alias bomb). */
function isSmall(value: unknown): boolean {
  let seen = 0
  const stack = [value]
  while (stack.length > 0) {
    const next = stack.pop()
    if (++seen > MAX_LENIENT_NODES) return false
    if (next && typeof next === 'object') stack.push(...Object.values(next))
  }
  return true
}

/**
 * Hugo's JSON front matter: an object at the very start of the file, the body after its closing
 * brace. The end is found by reading strings and nesting, so a `}` in a title does not end it.
 */
function readJsonFrontMatter(text: string, file: string): FrontMatter {
  const problems: ContentProblem[] = []
  let depth = 0
  let end = -1
  for (let i = 0, inString = false; i < text.length; i++) {
    const char = text[i]
    if (inString) {
      if (char === '\\') i++
      else if (char === '"') inString = false
    } else if (char === '"') inString = true
    else if (char === '{') depth++
    else if (char === '}' && --depth === 0) {
      end = i + 1
      break
    }
  }
  const fail = (line: number, reason: string, hint: string): FrontMatter => {
    problems.push({ file, line, severity: 'error', rule: 'front-matter', reason, hint })
    return { data: {}, language: 'json', body: '', keyLines: {}, valueColumns: {}, rawValues: {}, problems }
  }
  if (end === -1) return fail(1, 'JSON front matter opened with `{` on line 1 is never closed', 'end the object with `}` before the text')
  const source = text.slice(0, end)
  let data: unknown
  try {
    data = JSON.parse(source)
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))
    const line = position ? countLines(source.slice(0, Number(position[1]))) + 1 : 1
    return fail(line, `front matter is not valid JSON: ${firstSentence(error instanceof Error ? error.message : String(error))}`, 'write it as { "title": "…", "date": "2023-05-03" }')
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return fail(1, 'JSON front matter must be an object', 'write it as { "title": "…", "date": "2023-05-03" }')
  const keyLines: Record<string, number> = {}
  const valueColumns: Record<string, number> = {}
  const rawValues: Record<string, string> = {}
  let nesting = 0
  source.split('\n').forEach((line, index) => {
    // Keys of the top-level object only: at nesting depth 1 when the line starts.
    const match = /^(\s*)"((?:\\.|[^"\\])*)"(\s*:\s*)(.*)$/.exec(line)
    if (match && nesting === 1 && !(match[2] in keyLines)) {
      keyLines[match[2]] = index + 1
      valueColumns[match[2]] = match[1].length + match[2].length + 2 + match[3].length + 1
      const value = /^"((?:\\.|[^"\\])*)"/.exec(match[4])
      if (value) rawValues[match[2]] = value[1]
    }
    nesting += (line.replace(/"(?:\\.|[^"\\])*"/g, '').match(/[{[]/g) ?? []).length - (line.replace(/"(?:\\.|[^"\\])*"/g, '').match(/[}\]]/g) ?? []).length
  })
  const body = '\n'.repeat(countLines(source)) + text.slice(end).replace(/^[ \t]*/, '')
  return { data: data as Record<string, unknown>, language: 'json', body, keyLines, valueColumns, rawValues, problems }
}

function parseTomlFrontMatter(source: string, file: string): Omit<FrontMatter, 'language' | 'body'> {
  const problems: ContentProblem[] = []
  let data: Record<string, unknown> = {}
  try {
    data = parseToml(source) as Record<string, unknown>
  } catch (error) {
    const line = error instanceof TomlError ? error.line : 2
    problems.push({
      file,
      line,
      column: error instanceof TomlError ? error.column : undefined,
      severity: 'error',
      rule: 'front-matter',
      reason: `front matter is not valid TOML: ${firstSentence(error instanceof Error ? error.message : String(error))}`,
      hint: 'write each field as `key = "value"`',
    })
    return { data: {}, keyLines: {}, valueColumns: {}, rawValues: {}, problems }
  }
  const keyLines: Record<string, number> = {}
  const valueColumns: Record<string, number> = {}
  const rawValues: Record<string, string> = {}
  source.split('\n').forEach((line, index) => {
    const match = /^(\s*)([A-Za-z_][\w-]*)(\s*=\s*)(.*)$/.exec(line)
    if (!match || match[2] in keyLines) return
    keyLines[match[2]] = index + 1
    valueColumns[match[2]] = match[1].length + match[2].length + match[3].length + 1
    // The value as written, without quotes or a trailing `# comment` (`date = 2019-05-31 # Friday`).
    const value = match[4].trim()
    const quoted = /^(["'])(.*?)\1\s*(?:#.*)?$/.exec(value)
    rawValues[match[2]] = quoted ? quoted[2] : value.replace(/\s+#.*$/, '')
  })
  // TOML has real dates; keep what was written so the permalink day is the written one.
  for (const [key, value] of Object.entries(data)) {
    if (value instanceof Date && rawValues[key]) data[key] = rawValues[key]
    else if (value instanceof Date) data[key] = value.toISOString()
  }
  return { data, keyLines, valueColumns, rawValues, problems }
}

function keyAt(source: string, offset: number): string {
  return /^\s*([^:\n]*)/.exec(source.slice(offset))?.[1].trim() || 'key'
}

function firstSentence(message: string): string {
  return message.split('\n')[0].replace(/\s+at line \d+, column \d+:?$/, '').replace(/\.$/, '')
}
