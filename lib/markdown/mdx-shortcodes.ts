import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import { location } from 'vfile-location'
import { codeRanges, scanShortcodes } from './shortcode-syntax'
import { jsxFor } from './shortcodes'

/** A Hugo shortcode found in an .mdx file, with the JSX to write instead. */
export type MdxShortcode = { line: number; column: number; reason: string; hint: string }

const markdown = unified().use(remarkParse).use(remarkGfm)

/**
 * Finds Hugo shortcodes (`{{< … >}}`, `{{% … %}}`) outside code in an .mdx file. MDX reads `{` as
 * the start of a JavaScript expression, so such a file fails to compile with a message about
 * acorn; this says what is wrong and which JSX to write instead. Pure: text in, findings out.
 */
export function findShortcodesInMdx(source: string, resolveRef?: (target: string) => string | undefined): MdxShortcode[] {
  if (!source.includes('{{<') && !source.includes('{{%')) return []
  const code = codeRanges(markdown.parse(source))
  const points = location(source)
  const found: MdxShortcode[] = []
  for (const token of scanShortcodes(source, code)) {
    if (token.kind === 'lookalike') continue
    const { line, column } = points.toPoint(token.start)!
    const written = source.slice(token.start, token.kind === 'malformed' ? token.start + 40 : token.end).split('\n')[0]
    if (token.kind === 'shortcode') {
      found.push({ line, column, reason: `Hugo shortcode \`${written}${token.raw.includes('\n') ? ' …' : ''}\` in an .mdx file`, hint: `write ${jsxFor(token, resolveRef)} (shortcodes work in .md files only)` })
    } else if (token.kind === 'escaped') {
      found.push({ line, column, reason: `\`${written}\` in an .mdx file: MDX reads { as code`, hint: `show it in a code span instead: \`${token.literal}\`` })
    } else {
      found.push({ line, column, reason: `\`${written}\` in an .mdx file: MDX reads { as code`, hint: 'write JSX components (<Tweet id="…" />), or put the text in a code span' })
    }
  }
  return found
}
