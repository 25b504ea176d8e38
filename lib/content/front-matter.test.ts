import { describe, it, expect } from 'vitest'
import { readFrontMatter } from './front-matter'

const read = (text: string) => readFrontMatter(text, 'content/posts/x.md')

describe('readFrontMatter', () => {
  it('keeps dates as written and body lines where they were', () => {
    const result = read('---\ntitle: A\ndate: 2019-05-21T01:00:00+09:00\n---\n\nBody on line 6\n')
    expect(result.data).toEqual({ title: 'A', date: '2019-05-21T01:00:00+09:00' })
    expect(result.keyLines).toEqual({ title: 2, date: 3 })
    expect(result.body.split('\n')[5]).toBe('Body on line 6')
  })

  it('reads a quoted title continued on an unindented line, as Hugo does, with a warning', () => {
    const result = read("---\ntitle: 'Browser Testing from Scratch: Building Quick\nwith WebdriverIO'\ndate: 2019-04-10T10:12:45-07:00\n---\n")
    expect(result.data.title).toBe('Browser Testing from Scratch: Building Quick with WebdriverIO')
    expect(result.data.date).toBe('2019-04-10T10:12:45-07:00')
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'warning', line: 2 })])
  })

  it('lets a repeated key win, with a warning on its line', () => {
    const result = read('---\ntitle: a\ntitle: b\n---\n')
    expect(result.data.title).toBe('b')
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'warning', line: 3, reason: expect.stringContaining('`title` is repeated') })])
  })

  it('refuses a YAML alias bomb without expanding it', () => {
    const levels = ['a: &a [x,x,x,x,x,x,x,x,x]']
    for (const name of 'bcdefghij') levels.push(`${name}: &${name} [${Array(9).fill('*' + String.fromCharCode(name.charCodeAt(0) - 1)).join(',')}]`)
    const started = Date.now()
    const result = read(`---\n${levels.join('\n')}\n---\n`)
    expect(Date.now() - started).toBeLessThan(1000)
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'error', reason: expect.stringContaining('could not be read') })])
  })

  it('reports unreadable YAML with its file line and column', () => {
    const result = read('---\ntitle: ok\ntags: [a, b\ndate: 2019-01-01\n---\n')
    expect(result.problems[0]).toMatchObject({ severity: 'error', line: expect.any(Number) })
    expect(result.problems[0].line).toBeGreaterThanOrEqual(3)
  })

  it('reads TOML front matter and reports TOML errors with their line', () => {
    expect(read('+++\ntitle = "T"\ndate = 2019-05-21T01:00:00+09:00\n+++\n').data).toEqual({ title: 'T', date: '2019-05-21T01:00:00+09:00' })
    expect(read('+++\ntitle = "T"\ndate = \n+++\n').problems[0]).toMatchObject({ severity: 'error', line: 3 })
  })

  it('says when front matter is never closed', () => {
    expect(read('---\ntitle: x\n').problems[0]).toMatchObject({ severity: 'error', line: 1, reason: expect.stringContaining('never closed') })
  })

  it('treats a file without a delimiter as having no front matter', () => {
    expect(read('Hello\n')).toMatchObject({ language: null, body: 'Hello\n', problems: [] })
  })
})

describe('readFrontMatter in TOML', () => {
  it('keeps a date as written, a trailing comment left out', () => {
    const { data } = readFrontMatter('+++\ntitle = "x"\ndate = 2019-05-31T09:00:00+02:00 # Friday\nupdated = "2019-06-01" # later\n+++\n', 'a.md')
    expect(data).toMatchObject({ date: '2019-05-31T09:00:00+02:00', updated: '2019-06-01' })
  })
})
