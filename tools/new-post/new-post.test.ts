import { describe, it, expect, beforeAll, afterAll } from 'vitest'
import { execFile } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { parseDocument } from 'yaml'
import { localTimestamp, matchAuthor, newPostFileName, newPostText } from './new-post'
import { checkContent } from '../check/check'

const authors = [
  { id: 'ada', name: 'Ada Park' },
  { id: 'sam', name: 'Sam Okafor' },
]

describe('npm run new', () => {
  it('names the file after the title, ASCII only', () => {
    expect(newPostFileName('KubeCon EU 2019: Day 1 & more', 'mdx')).toBe('kubecon-eu-2019-day-1-and-more.mdx')
    expect(newPostFileName('Café à Lisbonne', 'md')).toBe('cafe-a-lisbonne.md')
  })

  it('finds the writer in authors.yml by id, full name or e-mail', () => {
    expect(matchAuthor(authors, { name: 'Ada Park' })).toBe('ada')
    expect(matchAuthor(authors, { name: 'sam' })).toBe('sam')
    expect(matchAuthor(authors, { name: 'Someone Else', email: 'Ada@example.com' })).toBe('ada')
    expect(matchAuthor(authors, { name: 'Someone Else', email: 'else@example.com' })).toBeUndefined()
    expect(matchAuthor(authors, {})).toBeUndefined()
  })

  it('writes the local time with its offset', () => {
    const text = localTimestamp(new Date(2019, 4, 18, 9, 30))
    expect(text).toMatch(/^2019-05-18T09:30:00[+-]\d{2}:\d{2}$/)
  })

  it('writes complete front matter that parses', () => {
    const text = newPostText({ title: 'Day "1": notes', event: 'KubeCon EU', format: 'mdx', now: new Date(2019, 4, 18, 9, 30), authorId: 'ada', authorIds: ['ada', 'sam'] })
    const front = parseDocument(text.split('---\n')[1], { schema: 'core' })
    expect(front.errors).toEqual([])
    expect(front.toJS()).toMatchObject({
      title: 'Day "1": notes',
      slug: 'day-1-notes',
      author: 'ada',
      draft: true,
      tags: [],
      event: { name: 'KubeCon EU', start: '2019-05-18' },
    })
    expect(newPostText({ title: 'x', format: 'md', now: new Date(), authorIds: ['ada', 'sam'] })).toContain('# author: your id in content/authors.yml (ada, sam)\n')
  })
})

describe('the npm run new command', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'recap-new-'))
    cpSync('content', dir, { recursive: true })
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const run = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await promisify(execFile)('node_modules/.bin/tsx', ['tools/new-post/main.ts', ...args, '--content', dir])
      return { code: 0, stdout, stderr }
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string }
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
    }
  }

  it('creates a draft that passes npm run check, prints its dev URL, and never overwrites', async () => {
    const created = await run('Our KubeCon recap', '--event', 'KubeCon EU 2019')
    expect(created.code).toBe(0)
    const file = join(dir, 'posts', 'our-kubecon-recap.mdx')
    expect(existsSync(file)).toBe(true)
    const today = localTimestamp(new Date()).slice(0, 10)
    const [year, month, day] = today.split('-')
    expect(created.stdout).toContain(`Created ${file}\n`)
    expect(created.stdout).toContain(`Open http://localhost:3000/${year}/${month}/${day}/our-kubecon-recap/ after \`npm run dev\``)
    expect(readFileSync(file, 'utf8')).toContain('event:\n  name: "KubeCon EU 2019"\n')

    const report = await checkContent({ contentDir: dir, publicDir: 'public', workers: 0 })
    expect(report.problems.filter((problem) => problem.file.endsWith('our-kubecon-recap.mdx'))).toEqual([])

    const again = await run('Our KubeCon recap', '--md')
    expect(again.code).toBe(1)
    expect(again.stderr).toContain(`${file} already exists; choose another title, or edit that post`)
    expect(existsSync(join(dir, 'posts', 'our-kubecon-recap.md'))).toBe(false)

    expect((await run()).code).toBe(2)
  }, 60_000)
})
