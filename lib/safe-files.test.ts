import { afterEach, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { linksLeaving, OutsideFileError, readFileInside, resolveInside } from './safe-files'

let dirs: string[] = []
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  dirs = []
})

/** A folder `root` holding a real file and links of every kind, and a secret file beside it (outside). */
function fixture() {
  const base = mkdtempSync(join(tmpdir(), 'recap-safe-files-'))
  dirs.push(base)
  const root = join(base, 'content')
  mkdirSync(join(root, 'posts', 'nested'), { recursive: true })
  writeFileSync(join(base, 'secret.env'), 'TOKEN=hunter2\n')
  writeFileSync(join(root, 'posts', 'real.md'), 'real\n')
  symlinkSync(join(base, 'secret.env'), join(root, 'posts', 'absolute.md'))
  symlinkSync('../../secret.env', join(root, 'posts', 'relative.md'))
  symlinkSync('/proc/self/environ', join(root, 'posts', 'nested', 'environ.json'))
  symlinkSync('real.md', join(root, 'posts', 'inside.md'))
  symlinkSync('no-such-file', join(root, 'posts', 'dangling.md'))
  symlinkSync(base, join(root, 'posts', 'folder'))
  return { base, root }
}

describe('resolveInside and readFileInside', () => {
  it('read a file, or a link that stays inside the folder', () => {
    const { root } = fixture()
    expect(readFileInside(root, 'posts/real.md', 'utf8')).toBe('real\n')
    expect(readFileInside(root, 'posts/inside.md', 'utf8')).toBe('real\n')
    expect(resolveInside(root, 'posts/missing.md')).toMatchObject({ ok: false, failure: 'missing' })
  })

  it.each(['posts/absolute.md', 'posts/relative.md', 'posts/nested/environ.json', 'posts/dangling.md', 'posts/folder/secret.env', '../secret.env'])(
    'never read %s, which leads outside',
    (path) => {
      const { root } = fixture()
      expect(resolveInside(root, path)).toMatchObject({ ok: false, failure: 'outside' })
      expect(() => readFileInside(root, path)).toThrow(OutsideFileError)
    },
  )
})

describe('linksLeaving', () => {
  it('lists every link under the folder that leads out of it or nowhere, and none that stays inside', () => {
    const { root } = fixture()
    expect(linksLeaving(root).map((link) => link.path)).toEqual([
      'posts/absolute.md',
      'posts/dangling.md',
      'posts/folder',
      'posts/nested/environ.json',
      'posts/relative.md',
    ])
    expect(linksLeaving(root).find((link) => link.path === 'posts/nested/environ.json')?.target).toBe('/proc/self/environ')
  })

  it('reports the folder itself when it lies in the repository but is a link out of it', () => {
    const { base, root } = fixture()
    const repository = join(base, 'repo')
    mkdirSync(repository)
    symlinkSync(root, join(repository, 'content'))
    expect(linksLeaving(join(repository, 'content'), repository)).toEqual([{ path: '', target: root }])
    expect(linksLeaving(root, base)).toHaveLength(5)
  })
})
