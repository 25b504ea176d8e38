import { describe, it, expect } from 'vitest'
import remarkMdx from 'remark-mdx'
import { remarkRefuseCode } from './remark-refuse-code'
import { transform } from '@/tests/helpers/markdown'

const refusals = (text: string) =>
  transform(text, [remarkMdx, remarkRefuseCode], 'content/posts/a.mdx').messages.map((m) => `${m.line}:${m.column}: ${m.severity}: ${m.reason}; ${m.hint}`)

describe('remarkRefuseCode', () => {
  it('refuses import and export with their line, and says what to write instead', () => {
    expect(refusals("Intro.\n\nimport fs from 'node:fs'\n\nexport const title = fs.readFileSync('/etc/passwd', 'utf8')\n")).toEqual([
      '3:1: error: `import` in a post: posts run no code, and import nothing; remove the line; every component (Tweet, YouTube, Note, Figure…) is available without an import',
      '5:1: error: `export` in a post: posts run no code; remove the line; put data such as the title or tags in the front matter',
    ])
  })

  it('refuses expressions between blocks and in text', () => {
    expect(refusals("{require('child_process').execSync('touch /tmp/pwned')}\n\nSum: {1 + 1}, and {process.env.SECRET}.\n")).toEqual([
      "1:1: error: `{require('child_process').execSync('to…}` is a JavaScript expression: posts run no code; write the text itself; for a literal brace write \\{",
      '3:6: error: `{1 + 1}` is a JavaScript expression: posts run no code; write the text itself; for a literal brace write \\{',
      '3:19: error: `{process.env.SECRET}` is a JavaScript expression: posts run no code; write the text itself; for a literal brace write \\{',
    ])
  })

  it('refuses expression values and spreads in JSX attributes, on components and HTML alike', () => {
    expect(refusals('<Tweet id={String(1)} />\n\n<a href={"javascript:alert(1)"}>x</a>\n\n<div {...{ onClick: "alert(1)" }}>y</div>\n')).toEqual([
      '1:8: error: <Tweet>: `id={String(1)}` is a JavaScript expression: posts run no code; write id="…" (attribute values are text)',
      '3:4: error: <a>: `href={"javascript:alert(1)"}` is a JavaScript expression: posts run no code; write href="…" (attribute values are text)',
      '5:6: error: <div>: `{...{ onClick: "alert(1)" }}` spreads code into attributes: posts run no code; write each attribute as name="value"',
    ])
  })

  it('allows MDX comments, which hold no code, and leaves text, components and string attributes alone', () => {
    expect(refusals('{/* a note to editors */}\n\nText with \\{braces\\}. <Note title="Hi">Body {/* inline */}</Note>\n')).toEqual([])
  })
})
