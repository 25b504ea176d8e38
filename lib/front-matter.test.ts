import { describe, expect, it } from 'vitest'
import { indentQuotedContinuations, readFrontMatter } from './front-matter'

describe('readFrontMatter', () => {
  it('reads a quoted title continued on a line at column 0, as Hugo (go-yaml) does', () => {
    const text = "---\ntitle: 'Browser Testing from Scratch: Building\nwith WebdriverIO and ''SauceLabs'''\nauthor: carol\n---\nBody\n"
    const { data, problems, keyLines, body } = readFrontMatter(text, 'a.md')
    expect(problems).toEqual([])
    expect(data).toEqual({ title: "Browser Testing from Scratch: Building with WebdriverIO and 'SauceLabs'", author: 'carol' })
    expect(keyLines).toEqual({ title: 2, author: 4 })
    expect(body.split('\n')[5]).toBe('Body')
  })

  it('still reports a quote that is never closed', () => {
    const { problems } = readFrontMatter("---\ntitle: 'never closed\ndate: 2019-01-01\n---\n", 'a.md')
    expect(problems[0]).toMatchObject({ severity: 'error', rule: 'front-matter' })
  })
})

describe('indentQuotedContinuations', () => {
  it('indents only the lines inside an open quoted value, keeping the line count', () => {
    expect(indentQuotedContinuations('a: "one\ntwo \\" three"\nb: x\n')).toBe('a: "one\n two \\" three"\nb: x\n')
  })
})

describe('readFrontMatter in TOML', () => {
  it('keeps a date as written, a trailing comment left out', () => {
    const { data } = readFrontMatter('+++\ntitle = "x"\ndate = 2019-05-31T09:00:00+02:00 # Friday\nupdated = "2019-06-01" # later\n+++\n', 'a.md')
    expect(data).toMatchObject({ date: '2019-05-31T09:00:00+02:00', updated: '2019-06-01' })
  })
})
