import type { ContentProblem } from '../content/problems'

/**
 * Markdown the parser would take minutes on, refused up front with its line. micromark (remark's
 * parser) resolves the `[` of links and images against each other within a paragraph, in time
 * that grows with the square of their number: 16,000 unclosed `[a](b ` in one paragraph take it
 * seconds, 64,000 half a minute, a 2 MB post of them hours. Real posts hold a few dozen per
 * paragraph. `npm run check` and the build run this before compiling, so both refuse the post at
 * once and at the same line, instead of check stopping it after --timeout and the build hanging.
 * The scan itself is one pass over the text.
 */

/** `[` one paragraph may hold (parsing that many takes well under a second). */
export const MAX_BRACKETS_PER_PARAGRAPH = 5000

/** Paragraphs (outside fenced code) with more `[` than the parser handles in reasonable time. */
export function parseLimitProblems(body: string, file: string): ContentProblem[] {
  const problems: ContentProblem[] = []
  let fence: string | null = null
  let paragraphLine = 0
  let brackets = 0
  let reported = false
  const lines = body.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const opens = /^ {0,3}(`{3,}|~{3,})/.exec(line)
    if (fence) {
      if (opens && opens[1][0] === fence[0] && opens[1].length >= fence.length && line.trim() === opens[1]) fence = null
      continue
    }
    if (opens) {
      fence = opens[1]
      continue
    }
    if (line.trim() === '') {
      paragraphLine = 0
      brackets = 0
      reported = false
      continue
    }
    if (paragraphLine === 0) paragraphLine = i + 1
    for (let j = line.indexOf('['); j !== -1; j = line.indexOf('[', j + 1)) brackets++
    if (brackets > MAX_BRACKETS_PER_PARAGRAPH && !reported) {
      reported = true
      problems.push({
        file,
        line: paragraphLine,
        severity: 'error',
        rule: 'too-slow',
        reason: `this paragraph holds more than ${MAX_BRACKETS_PER_PARAGRAPH} \`[\`; the Markdown parser would take minutes on it`,
        hint: 'split it with blank lines, or escape brackets that are not links as \\[',
      })
    }
  }
  return problems
}
