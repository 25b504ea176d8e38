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

describe('nested values keep their lines', () => {
  it('places every key of a TOML [event] table, and reads its dates as written', () => {
    const toml = '+++\ntitle = "T"\ndate = 2019-05-21\n\n[event]\nname = "KubeCon"\nstart = 2019-05-20\nend = 2019-05-23T18:00:00-07:00 # evening\n+++\n'
    const result = read(toml)
    expect(result.problems).toEqual([])
    expect(result.data.event).toEqual({ name: 'KubeCon', start: '2019-05-20', end: '2019-05-23T18:00:00-07:00' })
    expect(result.pathLines).toMatchObject({ title: 2, date: 3, event: 5, 'event.name': 6, 'event.start': 7, 'event.end': 8 })
    expect(result.keyLines).toEqual({ title: 2, date: 3, event: 5 })
  })

  it('places dotted keys, inline tables and arrays of tables in TOML, and skips multi-line strings', () => {
    const toml = [
      '+++',
      'title = "T"',
      'description = """',
      'start = not a key',
      '"""',
      'event = { name = "Conf", start = 2019-05-20 }',
      'tags = [',
      '  "a",',
      ']',
      'params.color = "red"',
      '[[links]]',
      'url = "https://a.example/"',
      '[[links]]',
      'url = "https://b.example/"',
      '+++',
    ].join('\n')
    const result = read(toml)
    expect(result.problems).toEqual([])
    expect(result.pathLines).toMatchObject({ description: 3, event: 6, 'event.name': 6, 'event.start': 6, tags: 7, 'params.color': 10, 'links.0.url': 12, 'links.1.url': 14 })
    expect(result.pathLines.start).toBeUndefined()
    expect(result.pathColumns['event.start']).toBe('event = { name = "Conf", start = '.length + 1)
    expect(result.data.event).toEqual({ name: 'Conf', start: '2019-05-20' })
  })

  it('places nested YAML keys and list items', () => {
    const result = read('---\ntitle: T\ntags:\n  - a\n  - b\nevent:\n  name: Conf\n  start: 2019-05-20\n---\n')
    expect(result.pathLines).toMatchObject({ title: 2, tags: 3, 'tags.0': 4, 'tags.1': 5, event: 6, 'event.name': 7, 'event.start': 8 })
    expect(result.pathColumns['event.start']).toBe(10)
  })

  it('places nested keys by indentation when only Hugo\'s lenient YAML reads the file', () => {
    const result = read("---\ntitle: 'A quoted title\ncontinued'\nevent:\n  name: Conf\n  start: 2019-05-20\n---\n")
    expect(result.data.title).toBe('A quoted title continued')
    expect(result.pathLines).toMatchObject({ event: 4, 'event.name': 5, 'event.start': 6 })
  })
})

describe('keys JavaScript reserves', () => {
  it.each([
    ['YAML at the top', '---\ntitle: T\n__proto__: { title: polluted }\n---\n', 3, '__proto__'],
    ['YAML nested', '---\ntitle: T\nevent:\n  name: x\n  constructor: y\n---\n', 5, 'event.constructor'],
    ['TOML at the top', '+++\ntitle = "T"\n"__proto__" = { title = "polluted" }\n+++\n', 3, '__proto__'],
    ['TOML in a table', '+++\ntitle = "T"\n[event]\nprototype = "x"\n+++\n', 4, 'event.prototype'],
    ['TOML in an inline table', '+++\ntitle = "T"\nevent = { "constructor" = 1 }\n+++\n', 3, 'event.constructor'],
  ])('are an error at their line (%s), and no value is kept', (_where, text, line, path) => {
    const result = read(text)
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'error', line, reason: `front matter key \`${path}\` is a name JavaScript reserves for every object` })])
    expect(result.data).toEqual({})
    expect(Object.getPrototypeOf(result.keyLines)).toBeNull()
  })

  it('leave key names that are only data alone, in records without a prototype', () => {
    const result = read('---\ntitle: T\ntoString: 1\nhasOwnProperty: 2\n---\n')
    expect(result.problems).toEqual([])
    expect(result.keyLines).toEqual({ title: 2, toString: 3, hasOwnProperty: 4 })
    expect(result.keyLines.valueOf).toBeUndefined()
  })
})
