import { relative } from 'node:path'

/** How bad a content problem is: errors stop the build, warnings are printed by `npm run check`. */
export type Severity = 'error' | 'warning'

/** One problem in one content file, located as precisely as we know. */
export type ContentProblem = {
  /** Path of the file, relative to the repository root when it is inside it. */
  file: string
  line: number
  column?: number
  severity: Severity
  /** What is wrong. */
  reason: string
  /** How to fix it. */
  hint?: string
  /** A short machine-readable kind, e.g. 'front-matter', 'hugo-shortcode'. */
  rule: string
}

/** The path we print: relative to the repository root, with forward slashes. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file)
  return (rel.startsWith('..') ? file : rel).split('\\').join('/')
}

/** `path:line:column: error: what is wrong; how to fix it` */
export function formatProblem(problem: ContentProblem): string {
  const where = [displayPath(problem.file), problem.line, problem.column].filter((part) => part !== undefined).join(':')
  const hint = problem.hint ? `; ${problem.hint}` : ''
  return `${where}: ${problem.severity}: ${problem.reason}${hint}`
}

/** Orders problems by file, then line, then column, so output is stable. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) =>
      displayPath(a.file).localeCompare(displayPath(b.file)) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0),
  )
}

/**
 * Thrown when content cannot be built. Its message lists every error, one line each, so the
 * build log and Next's error overlay show the same lines as `npm run check`.
 */
export class ContentError extends Error {
  readonly problems: ContentProblem[]

  constructor(problems: readonly ContentProblem[]) {
    const sorted = sortProblems(problems)
    const errors = sorted.filter((problem) => problem.severity === 'error')
    const lines = errors.map(formatProblem)
    super(
      errors.length === 1
        ? lines[0]
        : `${errors.length} content errors:\n${lines.join('\n')}\nRun \`npm run check\` to see them with warnings.`,
    )
    this.name = 'ContentError'
    this.problems = sorted
    // The message is the whole report; a stack trace into our loader would only hide it.
    this.stack = `${this.name}: ${this.message}`
  }

  /** The first error, for callers that show one. */
  get file(): string {
    return this.problems[0]?.file ?? ''
  }

  get line(): number {
    return this.problems[0]?.line ?? 0
  }

  override toString(): string {
    return this.message
  }
}

/** Throws a ContentError when any problem is an error; warnings pass. */
export function throwOnErrors(problems: readonly ContentProblem[]): void {
  if (problems.some((problem) => problem.severity === 'error')) throw new ContentError(problems)
}

/** A problem for a file whose reading or compiling failed in a way recap did not foresee. */
export function unexpectedProblem(file: string, error: unknown): ContentProblem {
  const message = error instanceof Error ? error.message : String(error)
  return {
    file,
    line: 1,
    severity: 'error',
    rule: 'internal',
    reason: `could not be checked: ${message.split('\n')[0] || 'unknown failure'}`,
    hint: 'this is a recap bug or an unreadable file; please report it with the file attached',
  }
}

/** A control character taken out of a file, as a warning at its place. */
export function controlProblem(file: string, { line, column, codePoint, more }: { line: number; column?: number; codePoint: string; more?: number }): ContentProblem {
  return {
    file,
    line,
    column,
    severity: 'warning',
    rule: 'control-character',
    reason: `invisible control character ${codePoint} removed (feeds cannot hold it)${more ? `; ${more} more lines held control characters, removed too` : ''}`,
    hint: 'delete it from the file',
  }
}
