import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadContent } from '.'
import { parseGitLog, readGitDates } from './git-dates'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** A git repository with content/posts/, committed at fixed dates. */
function repository(): { root: string; commit: (files: Record<string, string>, date: string) => void } {
  const root = mkdtempSync(join(tmpdir(), 'recap-git-'))
  dirs.push(root)
  mkdirSync(join(root, 'content', 'posts'), { recursive: true })
  mkdirSync(join(root, 'public'))
  const git = (args: string[], env: Record<string, string> = {}) => execFileSync('git', ['-C', root, ...args], { env: { ...process.env, ...env }, stdio: 'pipe' })
  git(['init', '-q', '-b', 'main'])
  return {
    root,
    commit: (files, date) => {
      for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text)
      git(['add', '-A'])
      git(['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-q', '-m', date], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date })
    },
  }
}
const post = (title: string, date: string, extra = '') => `---\ntitle: ${title}\ndate: ${date}\n${extra}---\n\nText.\n`
const load = (root: string, useGitDates = true) =>
  loadContent({ contentDir: join(root, 'content'), publicDir: join(root, 'public'), visibility: { drafts: false, scheduled: false, isPreview: false }, now: Date.now(), useGitDates })

describe('last change from git', () => {
  it('dates each post by the last commit that changed its file, with one git log; lastmod wins; older commits change nothing', () => {
    const repo = repository()
    repo.commit({ 'content/posts/a.md': post('A', '2019-01-01'), 'content/posts/b.md': post('B', '2019-01-01', 'lastmod: 2019-02-02\n'), 'content/posts/c.md': post('C', '2030-01-01') }, '2020-03-01T10:00:00Z')
    repo.commit({ 'content/posts/a.md': post('A', '2019-01-01') + 'More.\n' }, '2021-04-05T06:07:08+02:00')
    const byTitle = Object.fromEntries(load(repo.root).allPosts.map((p) => [p.title, p]))
    expect(byTitle.A).toMatchObject({ updated: '2021-04-05T04:07:08.000Z', updatedFrom: 'git' })
    expect(byTitle.B).toMatchObject({ updated: '2019-02-02T00:00:00.000Z', updatedFrom: 'front-matter' })
    // Committed before its date (scheduled): its date stands.
    expect(byTitle.C).toMatchObject({ updated: '2030-01-01T00:00:00.000Z', updatedFrom: 'date' })
    expect(Object.fromEntries(load(repo.root, false).allPosts.map((p) => [p.title, p.updatedFrom]))).toEqual({ A: 'date', B: 'front-matter', C: 'date' })
  })

  it('falls back to the date outside a repository and for files never committed', () => {
    const root = mkdtempSync(join(tmpdir(), 'recap-nogit-'))
    dirs.push(root)
    expect(readGitDates(root)).toMatchObject({ isAvailable: false, isShallow: false })
    const repo = repository()
    repo.commit({ 'content/posts/a.md': post('A', '2019-01-01') }, '2020-03-01T10:00:00Z')
    writeFileSync(join(repo.root, 'content/posts/new.md'), post('New', '2019-01-01'))
    expect(load(repo.root).allPosts.find((p) => p.title === 'New')).toMatchObject({ updated: '2019-01-01T00:00:00.000Z', updatedFrom: 'date' })
  })

  it('in a shallow clone, dates only files changed within the fetched history; the rest keep their dates', () => {
    const repo = repository()
    repo.commit({ 'content/posts/old.md': post('Old', '2019-01-01'), 'content/posts/recent.md': post('Recent', '2019-01-01') }, '2020-01-01T00:00:00Z')
    repo.commit({ 'README.md': 'x' }, '2021-01-01T00:00:00Z')
    repo.commit({ 'content/posts/recent.md': post('Recent', '2019-01-01') + 'Edit.\n' }, '2022-01-01T00:00:00Z')
    const clone = mkdtempSync(join(tmpdir(), 'recap-shallow-'))
    dirs.push(clone)
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${repo.root}`, clone], { stdio: 'pipe' })
    mkdirSync(join(clone, 'public'), { recursive: true })
    expect(readGitDates(join(clone, 'content/posts'))).toMatchObject({ isAvailable: true, isShallow: true })
    const byTitle = Object.fromEntries(load(clone).allPosts.map((p) => [p.title, p]))
    // The boundary commit (2021) shows every file as added: it dates nothing.
    expect(byTitle.Recent).toMatchObject({ updated: '2022-01-01T00:00:00.000Z', updatedFrom: 'git' })
    expect(byTitle.Old).toMatchObject({ updated: '2019-01-01T00:00:00.000Z', updatedFrom: 'date' })
  })

  it('reads git log output: newest first, paths from the top, only modifications, boundary commits skipped', () => {
    const output =
      '\u001eaaaaaaa 2022-01-01T00:00:00Z\0\nM\0posts/a.md\0A\0posts/new.md\0' +
      '\u001ebbbbbbb 2021-01-01T00:00:00Z\0\nM\0posts/a.md\0M\0posts/b.md\0' +
      '\u001eccccccc 2020-01-01T00:00:00Z\0\nM\0posts/c.md\0A\0posts/a.md\0'
    const dates = parseGitLog(output, '/repo', new Set(['ccccccc']))
    expect(Object.fromEntries(dates)).toEqual({ '/repo/posts/a.md': '2022-01-01T00:00:00.000Z', '/repo/posts/b.md': '2021-01-01T00:00:00.000Z' })
  })

  it('never dates a post by the commit that added it: an imported blog keeps its dates', () => {
    const repo = repository()
    repo.commit({ 'content/posts/imported-2016.md': post('Imported', '2016-03-01') }, '2026-11-30T10:00:00Z')
    repo.commit({ 'content/posts/moved.md': post('Moved', '2017-01-01') }, '2026-11-30T11:00:00Z')
    execFileSync('git', ['-C', repo.root, 'mv', 'content/posts/moved.md', 'content/posts/moved-here.md'])
    repo.commit({}, '2026-12-01T10:00:00Z')
    const byTitle = Object.fromEntries(load(repo.root).allPosts.map((p) => [p.title, p]))
    expect(byTitle.Imported).toMatchObject({ updated: '2016-03-01T00:00:00.000Z', updatedFrom: 'date' })
    expect(byTitle.Moved).toMatchObject({ updated: '2017-01-01T00:00:00.000Z', updatedFrom: 'date' })
  })
})
