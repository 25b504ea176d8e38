import type { ContentProblem } from './problems'

/** Parsed front matter with where each value was written, before validation. */

/** Records keyed by what a file wrote: no prototype, so a key named `toString` or `__proto__` is only data. */
export type PathRecord<T> = Record<string, T>

/** What a YAML or TOML parser gives back. */
export type ParsedFrontMatter = {
  data: Record<string, unknown>
  /**
   * 1-based file line of every key and list item, by dotted path: 'title', 'event.start', 'tags.1'
   * (the line within the front matter source; readFrontMatter shifts them to file lines).
   */
  pathLines: PathRecord<number>
  /** 1-based column where a value starts, when it starts on its key's line. */
  pathColumns: PathRecord<number>
  /** The source text of scalar values as written (dates before any parser touches them). */
  rawValues: PathRecord<string>
  problems: ContentProblem[]
}

/** A record with no prototype. */
export function pathRecord<T>(): PathRecord<T> {
  return Object.create(null) as PathRecord<T>
}

/** Nothing parsed, with the problems that say why. */
export function emptyValues(problems: ContentProblem[]): ParsedFrontMatter {
  return { data: {}, pathLines: pathRecord(), pathColumns: pathRecord(), rawValues: pathRecord(), problems }
}

/** The first line of a parser's message, without its own position (we give ours). */
export function firstSentence(message: string): string {
  return message.split('\n')[0].replace(/\s+at line \d+, column \d+:?$/, '').replace(/\.$/, '')
}

// Names JavaScript gives meaning to on every object: as keys they would reach the prototype.
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Keys at any depth that JavaScript reads as an object's prototype or constructor: each is an
 * error at its line, so no value of a file ever reaches a prototype (or a page that reads one).
 */
export function reservedKeyProblems(parsed: ParsedFrontMatter, file: string, lineShift = 0): ContentProblem[] {
  const problems: ContentProblem[] = []
  for (const path of Object.keys(parsed.pathLines)) {
    const key = path.slice(path.lastIndexOf('.') + 1)
    if (!RESERVED_KEYS.has(key)) continue
    problems.push({
      file,
      line: parsed.pathLines[path] + lineShift,
      severity: 'error',
      rule: 'front-matter',
      reason: `front matter key \`${path}\` is a name JavaScript reserves for every object`,
      hint: `rename or remove \`${key}\``,
    })
  }
  // A parser that gives no position (TOML quoted keys in inline tables) still never lets one through.
  const walk = (value: unknown, path: string) => {
    if (!value || typeof value !== 'object' || value instanceof Date) return
    for (const [key, inner] of Object.entries(value)) {
      const innerPath = path ? `${path}.${key}` : key
      if (RESERVED_KEYS.has(key) && !(innerPath in parsed.pathLines)) {
        problems.push({ file, line: 1 + lineShift, severity: 'error', rule: 'front-matter', reason: `front matter key \`${innerPath}\` is a name JavaScript reserves for every object`, hint: `rename or remove \`${key}\`` })
      }
      walk(inner, innerPath)
    }
  }
  walk(parsed.data, '')
  return problems
}
