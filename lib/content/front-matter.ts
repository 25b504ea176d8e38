import matter from 'gray-matter'
import type { ContentProblem } from './problems'
import { emptyValues, pathRecord, reservedKeyProblems, type ParsedFrontMatter, type PathRecord } from './front-matter-values'
import { parseTomlFrontMatter } from './toml-front-matter'
import { parseYamlFrontMatter } from './yaml-front-matter'
import { parseJsonFrontMatter } from './json-front-matter'

export { normaliseText, removeControlCharacters, cleanValues, type RemovedControl } from './text'

/** Front matter as read from a file, before validation. */
export type FrontMatter = {
  data: Record<string, unknown>
  /** 'yaml' (`---`), 'toml' (`+++`) or 'json' (a `{…}` object at the start); null when the file has none. */
  language: 'yaml' | 'toml' | 'json' | null
  /** The body with the front matter replaced by blank lines, so body line numbers are file line numbers. */
  body: string
  /** 1-based file line of each top-level key, for pointing errors at a field. */
  keyLines: PathRecord<number>
  /** 1-based column where each top-level key's value starts on the key's line, for pointing errors at a value. */
  valueColumns: PathRecord<number>
  /** The source text of scalar values as written (dates before any parser touches them), by dotted path. */
  rawValues: PathRecord<string>
  /** 1-based file line of every key and list item at any depth, by dotted path ('event.start', 'tags.2'). */
  pathLines: PathRecord<number>
  /** Value columns at any depth, by dotted path. */
  pathColumns: PathRecord<number>
  /** Problems found while reading (syntax errors, duplicate keys, reserved keys). */
  problems: ContentProblem[]
}

function countLines(text: string): number {
  let lines = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++
  return lines
}

/** The top-level entries of a record by dotted path. */
function topLevel<T>(record: PathRecord<T>): PathRecord<T> {
  const top = pathRecord<T>()
  for (const [path, value] of Object.entries(record)) if (!path.includes('.')) top[path] = value
  return top
}

function withPositions(parsed: ParsedFrontMatter, language: FrontMatter['language'], body: string): FrontMatter {
  return {
    data: parsed.data,
    language,
    body,
    keyLines: topLevel(parsed.pathLines),
    valueColumns: topLevel(parsed.pathColumns),
    rawValues: parsed.rawValues,
    pathLines: parsed.pathLines,
    pathColumns: parsed.pathColumns,
    problems: parsed.problems,
  }
}

/** JSON front matter: the object, then the text after its closing brace (on the same lines). */
function readJsonFrontMatter(text: string, file: string): FrontMatter {
  const { parsed, end } = parseJsonFrontMatter(text, file)
  if (end === -1 || parsed.problems.some((problem) => problem.severity === 'error')) return withPositions(parsed, 'json', '')
  const body = '\n'.repeat(countLines(text.slice(0, end))) + text.slice(end).replace(/^[ \t]*/, '')
  const reserved = reservedKeyProblems(parsed, file)
  if (reserved.length > 0) return withPositions({ ...emptyValues([...parsed.problems, ...reserved]), pathLines: parsed.pathLines }, 'json', body)
  return withPositions(parsed, 'json', body)
}

/**
 * Splits a post into front matter and body (gray-matter), then parses the front matter with a
 * parser that reports positions: `yaml` (core schema, so dates stay the strings that were written)
 * or smol-toml (yaml-front-matter.ts, toml-front-matter.ts). Never throws: problems are returned
 * with their file line. Keys JavaScript reserves (`__proto__`, `constructor`) are errors.
 */
export function readFrontMatter(text: string, file: string): FrontMatter {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')).trimEnd()
  const delimiter = firstLine === '+++' ? '+++' : firstLine === '---' ? '---' : null
  if (!delimiter && text.startsWith('{')) return readJsonFrontMatter(text, file)
  if (!delimiter) return withPositions(emptyValues([]), null, text)

  const closing = new RegExp(`\\n${delimiter.replace(/\+/g, '\\+')}[ \\t]*(?:\\n|$)`)
  if (!closing.test(text.slice(firstLine.length))) {
    const unclosed = emptyValues([
      {
        file,
        line: 1,
        severity: 'error',
        rule: 'front-matter',
        reason: `front matter opened with \`${delimiter}\` on line 1 is never closed`,
        hint: `add a line \`${delimiter}\` after the last field`,
      },
    ])
    return withPositions(unclosed, delimiter === '+++' ? 'toml' : 'yaml', '')
  }

  const language = delimiter === '+++' ? 'toml' : 'yaml'
  // gray-matter only splits here; the parsers read the front matter with positions.
  const split = matter(text, { delimiters: delimiter, language, engines: { yaml: () => ({}), toml: () => ({}) } })
  const prefix = text.slice(0, text.length - split.content.length)
  const body = '\n'.repeat(countLines(prefix)) + split.content
  // split.matter starts with the newline after the opening delimiter, so its line i is file line i.
  const source = split.matter ?? ''
  const parsed = language === 'yaml' ? parseYamlFrontMatter(source, file) : parseTomlFrontMatter(source, file)
  const reserved = reservedKeyProblems(parsed, file)
  if (reserved.length > 0) return withPositions({ ...emptyValues([...parsed.problems, ...reserved]), pathLines: parsed.pathLines }, language, body)
  return withPositions(parsed, language, body)
}
