import { afterEach, describe, expect, it } from 'vitest'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeSite, post, production, type TempSite } from '@/tests/helpers/content-dir'
import { clearSnapshot, isServingBuild, readSnapshotContent, readSnapshotPost, snapshotKey, writeSnapshotContent, writeSnapshotPost } from './snapshot'

let site: TempSite | undefined
let dir: string | undefined
afterEach(() => {
  site?.cleanup()
  if (dir) rmSync(dir, { recursive: true, force: true })
  site = dir = undefined
})

describe('the build snapshot a server renders from', () => {
  it('gives back the posts, tags, events and authors the build showed, with each body read when asked', () => {
    site = makeSite({
      'content/posts/a.md': post('title: First\ndate: 2019-05-01\ntags: [Linkerd, kubecon]\nevent:\n  name: KubeCon EU 2019', 'Body of the first.'),
      'content/posts/b.md': post('title: Second\ndate: 2019-06-01\ntags: [linkerd]', 'Body of the second.'),
      'content/posts/draft.md': post('title: Draft\ndate: 2019-07-01\ndraft: true', 'Secret.'),
    })
    const content = site.load({ visibility: production })
    dir = mkdtempSync(join(tmpdir(), 'recap-snapshot-'))
    clearSnapshot(dir)
    for (const each of content.posts) writeSnapshotPost(dir, each, `code of ${each.id}`)
    const talk = { title: 'Keynote', url: 'https://youtu.be/abcdefghijk', speakers: 'Ada Park', line: 3 }
    writeSnapshotContent(dir, content, (each) => ({ talks: each.title === 'First' ? [talk] : [], photos: [] }))

    const read = readSnapshotContent(dir)!
    // Talks and photos were read at build time: a server never parses every body to find a speaker.
    expect(read.facts?.get(content.posts[1].filePath)).toEqual({ talks: [talk], photos: [] })
    expect(read.posts.map((each) => each.path)).toEqual(content.posts.map((each) => each.path))
    expect(read.tags.map((tag) => [tag.name, tag.posts.length])).toEqual(content.tags.map((tag) => [tag.name, tag.posts.length]))
    expect(read.events.map((event) => event.name)).toEqual(['KubeCon EU 2019'])
    expect(read.posts[1].body).toContain('Body of the first.')
    expect(readSnapshotPost(dir, read.posts[0])?.code).toBe('code of b')
  })

  it('holds no trace of a draft a production build left out', () => {
    site = makeSite({
      'content/posts/a.md': post('title: Published\ndate: 2019-05-01', 'Hello.'),
      'content/posts/draft.md': post('title: Secret draft\ndate: 2019-07-01\ndraft: true', 'Secret words.'),
    })
    const content = site.load({ visibility: production })
    dir = mkdtempSync(join(tmpdir(), 'recap-snapshot-'))
    clearSnapshot(dir)
    for (const each of content.posts) writeSnapshotPost(dir, each, '')
    writeSnapshotContent(dir, content, () => ({ talks: [], photos: [] }))
    const everything = [readFileSync(join(dir, 'content.json'), 'utf8'), ...readdirSync(join(dir, 'posts')).map((name) => readFileSync(join(dir!, 'posts', name), 'utf8'))].join('\n')
    expect(everything).toContain('Published')
    expect(everything).not.toMatch(/Secret/)
  })

  it('is absent until content.json is written, and a folder of another format is no snapshot', () => {
    dir = mkdtempSync(join(tmpdir(), 'recap-snapshot-'))
    clearSnapshot(dir)
    expect(readSnapshotContent(dir)).toBeUndefined()
  })

  it('names entries by a stable hash of the path, safe as a file name', () => {
    expect(snapshotKey({ filePath: 'content/posts/a.md' })).toMatch(/^[0-9a-f]{16}$/)
    expect(snapshotKey({ filePath: 'content/posts/a.md' })).toBe(snapshotKey({ filePath: 'content/posts/a.md' }))
    expect(snapshotKey({ filePath: 'content/posts/a.md' })).not.toBe(snapshotKey({ filePath: 'content/posts/b.md' }))
  })

  it('is read by a production server, not while Next builds, in development or in a static export', () => {
    expect(isServingBuild({ NODE_ENV: 'production' })).toBe(true)
    expect(isServingBuild({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).toBe(false)
    expect(isServingBuild({ NODE_ENV: 'development' })).toBe(false)
    expect(isServingBuild({ NODE_ENV: 'production', RECAP_STATIC_EXPORT: '1' })).toBe(false)
  })
})
