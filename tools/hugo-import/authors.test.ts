import { afterEach, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { authorEntries, findAvatar, mergeAuthorsText, readAuthorRecords } from './authors'
import type { ContentProblem } from '../../lib/content/problems'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'recap-authors-'))
  dirs.push(dir)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

describe('findAvatar', () => {
  const statics = ['images/authors/ada.jpg', 'images/authors/george miranda.jpeg', 'img/team/sam.png', 'img/sam.png', 'a/x.png', 'b/x.png']
  it('takes a path from static/ as it is, and a bare file name wherever the theme kept it', () => {
    expect(findAvatar('/images/authors/ada.jpg', statics)).toEqual({ path: '/images/authors/ada.jpg' })
    expect(findAvatar('ada.jpg', statics)).toEqual({ path: '/images/authors/ada.jpg' })
    expect(findAvatar('george miranda.jpeg', statics)).toEqual({ path: '/images/authors/george miranda.jpeg' })
    expect(findAvatar('george%20miranda.jpeg', statics)).toEqual({ path: '/images/authors/george miranda.jpeg' })
    expect(findAvatar('ADA.JPG', statics)).toEqual({ path: '/images/authors/ada.jpg' })
  })

  it('prefers a folder for people when a name is in two places, and says when it cannot tell', () => {
    expect(findAvatar('sam.png', statics)).toEqual({ path: '/img/team/sam.png' })
    expect(findAvatar('x.png', statics).problem?.reason).toBe('avatar "x.png" could be any of static/a/x.png, static/b/x.png')
  })

  it('refuses an image on another site, and says when the file is missing', () => {
    expect(findAvatar('https://cdn.example/ada.jpg', statics).problem?.reason).toContain('is on another site')
    expect(findAvatar('nobody.png', statics).problem?.reason).toBe('avatar "nobody.png" is not under static/')
    expect(findAvatar('', statics)).toEqual({})
  })
})

describe('readAuthorRecords and authorEntries', () => {
  it('reads data/authors.json, data/authors/<id>.yaml and params.authors, the site before its theme', () => {
    const dir = site({
      'data/authors.json': JSON.stringify({ william: { name: 'William Morgan', avatar: 'william.jpg', email: 'w@example.org', github: 'wmorgan' } }),
      'data/authors/ada.yaml': 'firstName: Ada\nlastName: Park\nbio: Writes about conferences.\nlinks:\n  mastodon: https://mastodon.example/@ada\n',
      'themes/t/data/authors.toml': '[william]\nname = "Theme William"\n[zoe]\nname = "Zoë"\n',
      'static/img/william.jpg': 'x',
    })
    const problems: ContentProblem[] = []
    const records = readAuthorRecords(dir, ['data', 'themes/t/data'], { authors: { sam: { name: 'Sam Okafor', twitter: '@sam' } } }, 'hugo.toml', problems)
    expect(problems).toEqual([])
    expect(records.map((record) => [record.id, record.file])).toEqual([
      ['william', 'data/authors.json'],
      ['ada', 'data/authors/ada.yaml'],
      ['zoe', 'themes/t/data/authors.toml'],
      ['sam', 'hugo.toml'],
    ])
    const entries = authorEntries(records, dir, ['img/william.jpg'])
    expect(entries.map(({ from: _from, ...entry }) => entry)).toEqual([
      // No e-mail: a theme that never showed it should not start now.
      { id: 'william', name: 'William Morgan', avatar: '/img/william.jpg', links: { github: 'https://github.com/wmorgan' } },
      { id: 'ada', name: 'Ada Park', bio: 'Writes about conferences.', links: { mastodon: 'https://mastodon.example/@ada' } },
      { id: 'zoe', name: 'Zoë' },
      { id: 'sam', name: 'Sam Okafor', links: { twitter: 'https://twitter.com/sam' } },
    ])
  })

  it('points a missing avatar at its record in the data file', () => {
    const dir = site({ 'data/authors.yaml': 'ada:\n  name: Ada\nbo:\n  name: Bo\n  avatar: bo.png\n' })
    const [, bo] = authorEntries(readAuthorRecords(dir, ['data'], {}, 'config.toml', []), dir, [])
    expect(bo.avatarProblem).toMatchObject({ file: join(dir, 'data/authors.yaml'), line: 3, severity: 'warning' })
  })
})

describe('mergeAuthorsText', () => {
  it('adds new ids, keeps the project\'s own entries and comments, and knows an entry already there', () => {
    const existing = '# our people\nada:\n  name: Ada P.\n'
    const { text, statuses } = mergeAuthorsText(existing, [
      { id: 'ada', name: 'Ada Park', from: 'data/authors.json' },
      { id: 'bo', name: 'Bo', avatar: '/img/bo.png', from: 'data/authors.json' },
    ])
    expect(text).toBe('# our people\nada:\n  name: Ada P.\nbo:\n  name: Bo\n  avatar: /img/bo.png\n')
    expect([...statuses]).toEqual([['ada', 'kept'], ['bo', 'new']])
    expect([...mergeAuthorsText(text, [{ id: 'bo', name: 'Bo', avatar: '/img/bo.png', from: 'x' }]).statuses]).toEqual([['bo', 'same']])
  })
})
