import { describe, expect, it } from 'vitest'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import { VFile } from 'vfile'
import { remarkSchemelessLinks } from './remark-schemeless-links'

function messages(markdown: string) {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkSchemelessLinks)
  const file = new VFile({ path: 'content/posts/a.md', value: markdown })
  processor.runSync(processor.parse(file), file)
  return file.messages.map(({ line, column, reason, note, ruleId, fatal }) => ({ line, column, reason, note, ruleId, fatal }))
}

describe('remarkSchemelessLinks', () => {
  it('warns about a link written without its scheme, at its place, with the fix', () => {
    expect(messages('Intro\n\nRead [the spec](smi-spec.org).\n')).toEqual([
      {
        line: 3,
        column: 6,
        reason: 'link "smi-spec.org" has no scheme, so it leads to a page of this site',
        note: 'write https://smi-spec.org if smi-spec.org is meant',
        ruleId: 'schemeless-link',
        fatal: false,
      },
    ])
  })

  it('checks reference definitions too, and leaves URLs, paths, files and images alone', () => {
    expect(messages('[a]: slack.linkerd.io\n').map((m) => m.line)).toEqual([1])
    expect(messages('[x](https://a.org) [y](/2019/01/01/p/) [z](notes.md) ![w](www.example.com)\n')).toEqual([])
  })
})
