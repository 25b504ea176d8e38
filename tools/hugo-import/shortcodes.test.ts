import { describe, expect, it } from 'vitest'
import { countShortcodes, scanShortcodes } from './shortcodes'

const names = (text: string) => scanShortcodes(text).calls.map((call) => `${call.isClosing ? '/' : ''}${call.name}`)

describe('scanShortcodes', () => {
  it('reads both delimiters, any spacing, and closing tags', () => {
    expect(names('{{< tweet 1 >}} {{<tweet 2>}} {{% note %}}x{{% /note %}}')).toEqual(['tweet', 'tweet', 'note', '/note'])
  })

  it('reads positional and named arguments, quoted ones holding >}} and line breaks', () => {
    const [call] = scanShortcodes('{{< fig\n  src="/a.png"\n  alt="a \\"b\\" >}}" title=`raw\nline` >}}').calls
    expect(call.params).toEqual([
      { key: 'src', value: '/a.png' },
      { key: 'alt', value: 'a "b" >}}' },
      { key: 'title', value: 'raw\nline' },
    ])
    expect(scanShortcodes('{{< gist user 123 "file name.md" >}}').calls[0].params).toEqual([{ value: 'user' }, { value: '123' }, { value: 'file name.md' }])
  })

  it('refuses a call that mixes named and positional arguments, as Hugo does', () => {
    expect(scanShortcodes('{{< fig src="/a.png" 42 >}}').issues).toEqual([expect.objectContaining({ severity: 'error', reason: expect.stringContaining('mixes named and positional') })])
  })

  it('calls nothing for the commented form, which Hugo prints as text', () => {
    expect(names('Write {{</* tweet 123 */>}} to embed a tweet.')).toEqual([])
  })

  it('counts calls inside code blocks, as Hugo expands them there too', () => {
    expect(names('```\n{{< youtube abc >}}\n```\n')).toEqual(['youtube'])
  })

  it('places each call at its line and column', () => {
    expect(scanShortcodes('one\n\ntwo {{< ref "x" >}}').calls[0]).toMatchObject({ line: 3, column: 5 })
  })

  it('reports a call that never closes, and text that only looks like a shortcode', () => {
    const { calls, issues } = scanShortcodes('Intro\n{{< fig src="/a.png"\n\n{{> fig >}}\n')
    expect(calls).toEqual([])
    expect(issues).toEqual([
      expect.objectContaining({ line: 2, column: 1, severity: 'error', reason: 'shortcode `{{< fig` is not closed' }),
      expect.objectContaining({ line: 4, column: 1, severity: 'warning' }),
    ])
  })

  it('leaves Go templates and stray braces alone', () => {
    expect(scanShortcodes('{{ .Values.image }} and {{ range . }}').issues).toEqual([])
  })

  it('never stands still on odd input', () => {
    expect(scanShortcodes('{{< a = = >}}').calls).toHaveLength(1)
    expect(scanShortcodes('{{< a "unclosed').issues).toHaveLength(1)
  })
})

describe('countShortcodes', () => {
  it('counts opening calls by name, most used first', () => {
    const { calls } = scanShortcodes('{{% note %}}{{% /note %}}{{< ref a >}}{{< ref b >}}{{< tweet 1 >}}')
    expect(countShortcodes(calls)).toEqual([['ref', 2], ['note', 1], ['tweet', 1]])
  })
})
