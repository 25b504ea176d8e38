import type { ContentProblem } from './problems'
import { emptyValues, firstSentence, type ParsedFrontMatter } from './front-matter-values'

/**
 * JSON front matter, as Hugo reads it: a `{…}` object at the very start of the file, the text
 * after its closing brace. Returns the parsed values with the line of each top-level key, and
 * where the object ends (-1 when it never closes).
 */
export function parseJsonFrontMatter(text: string, file: string): { parsed: ParsedFrontMatter; end: number } {
  let depth = 0
  let end = -1
  // One pass over the text, strings skipped: linear in the file, whatever it holds.
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
  const fail = (line: number, reason: string, hint: string) => {
    const problem: ContentProblem = { file, line, severity: 'error', rule: 'front-matter', reason, hint }
    return { parsed: emptyValues([problem]), end }
  }
  const example = 'write it as { "title": "…", "date": "2023-05-03" }'
  if (end === -1) return fail(1, 'JSON front matter opened with `{` on line 1 is never closed', 'end the object with `}` before the text')
  const source = text.slice(0, end)
  let data: unknown
  try {
    data = JSON.parse(source)
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))
    const line = position ? source.slice(0, Number(position[1])).split('\n').length : 1
    return fail(line, `front matter is not valid JSON: ${firstSentence(error instanceof Error ? error.message : String(error))}`, example)
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return fail(1, 'JSON front matter must be an object', example)
  const parsed = emptyValues([])
  let nesting = 0
  source.split('\n').forEach((line, index) => {
    // Keys of the top-level object only: at nesting depth 1 when the line starts.
    const match = /^(\s*)"((?:\\.|[^"\\])*)"(\s*:\s*)(.*)$/.exec(line)
    if (match && nesting === 1 && !(match[2] in parsed.pathLines)) {
      parsed.pathLines[match[2]] = index + 1
      parsed.pathColumns[match[2]] = match[1].length + match[2].length + 2 + match[3].length + 1
      const value = /^"((?:\\.|[^"\\])*)"/.exec(match[4])
      if (value) parsed.rawValues[match[2]] = value[1]
    }
    const code = line.replace(/"(?:\\.|[^"\\])*"/g, '')
    nesting += (code.match(/[{[]/g) ?? []).length - (code.match(/[}\]]/g) ?? []).length
  })
  return { parsed: { ...parsed, data: data as Record<string, unknown> }, end }
}
