import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml'
import { load as loadLenientYaml, CORE_SCHEMA } from 'js-yaml'
import type { ContentProblem } from './problems'
import { emptyValues, firstSentence, type ParsedFrontMatter } from './front-matter-values'

/** YAML front matter (`---`), read with the position of every key, nested ones included. */

// A YAML alias bomb expands exponentially; Hugo's own parser caps aliases too.
const MAX_YAML_ALIASES = 100

/** Parses YAML front matter with the `yaml` package (core schema: dates stay the strings that were written). */
export function parseYamlFrontMatter(source: string, file: string): ParsedFrontMatter {
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
  if (problems.some((problem) => problem.severity === 'error')) return emptyValues(problems)

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
    return emptyValues(problems)
  }
  if (value === null || value === undefined) return emptyValues(problems)
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push({
      file,
      line: 2,
      severity: 'error',
      rule: 'front-matter',
      reason: 'front matter must be a set of `key: value` lines',
      hint: 'write each field on its own line, e.g. `title: My post`',
    })
    return emptyValues(problems)
  }

  const parsed = emptyValues(problems)
  // Every key and list item, at any depth, by its dotted path ('event.start', 'tags.1').
  const walk = (node: unknown, path: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as YamlNode | null
        if (!isScalar(key) || !key.range) continue
        const name = path ? `${path}.${String(key.value)}` : String(key.value)
        const at = lineOf(key.range[0]).line
        parsed.pathLines[name] = at
        const valueNode = pair.value as YamlNode | null
        // A value on the key's own line gets a column; a block below it is pointed at by its key's line.
        const valueStart = valueNode?.range ? lineOf(valueNode.range[0]) : undefined
        if (valueStart && valueStart.line === at) parsed.pathColumns[name] = valueStart.col
        if (isScalar(valueNode) && valueNode.range) parsed.rawValues[name] = String(valueNode.source ?? valueNode.value)
        walk(valueNode, name)
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const itemNode = item as YamlNode | null
        if (!itemNode?.range) return
        const name = `${path}.${index}`
        const start = lineOf(itemNode.range[0])
        parsed.pathLines[name] = start.line
        parsed.pathColumns[name] = start.col
        if (isScalar(itemNode)) parsed.rawValues[name] = String(itemNode.source ?? itemNode.value)
        walk(itemNode, name)
      })
    }
  }
  walk(document.contents, '')
  return { ...parsed, data: value as Record<string, unknown> }
}

/**
 * Hugo reads YAML with go-yaml, which accepts things the YAML 1.2 spec (and the `yaml` package)
 * refuses, such as a quoted title continued on an unindented line. js-yaml accepts those too:
 * when it can read the front matter, take its values and warn, so the post renders as in Hugo.
 */
function parseLenientYaml(source: string, file: string, strictError: string, strictLine: number): ParsedFrontMatter | null {
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
  const parsed = emptyValues([
    {
      file,
      line: strictLine,
      severity: 'warning',
      rule: 'front-matter',
      reason: `front matter is not strict YAML (${firstSentence(strictError)}); it is read as Hugo reads it`,
      hint: 'indent continuation lines and close quotes on the line they open, so every YAML tool reads it',
    },
  ])
  // Without a syntax tree, nested keys are placed by their indentation under the keys above them.
  const parents: { indent: number; path: string }[] = []
  source.split('\n').forEach((line, index) => {
    const match = /^(\s*)([A-Za-z_][\w-]*)(\s*:\s*)(.*)$/.exec(line)
    if (!match) return
    const indent = match[1].length
    while (parents.length > 0 && parents[parents.length - 1].indent >= indent) parents.pop()
    const path = parents.length ? `${parents[parents.length - 1].path}.${match[2]}` : match[2]
    parents.push({ indent, path })
    parsed.pathLines[path] = index + 1
    parsed.pathColumns[path] = indent + match[2].length + match[3].length + 1
    parsed.rawValues[path] = match[4].trim().replace(/^(["'])(.*)\1$/, '$2')
  })
  return { ...parsed, data: value as Record<string, unknown> }
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

function keyAt(source: string, offset: number): string {
  return /^\s*([^:\n]*)/.exec(source.slice(offset))?.[1].trim() || 'key'
}
