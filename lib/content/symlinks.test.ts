import { afterEach, describe, expect, it } from 'vitest'
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { renderToStaticMarkup } from 'react-dom/server'
import { createElement } from 'react'
import { formatProblem, sortProblems } from './problems'
import { getImageInfo } from '../images'
import { getCachedTweet } from '../tweets'
import { compilePost, contextFor } from '../markdown/pipeline'
import { Tweet } from '@/components/tweet'
import { makeSite, post, type TempSite } from '@/tests/helpers/content-dir'

// A file outside the site that a hostile pull request would like published: the build machine's
// secrets. Each link below points at it (or at /proc/self/environ itself).
const SECRET = 'RECAP_SECRET_TOKEN=hunter2'

let site: TempSite | undefined
afterEach(() => {
  site?.cleanup()
  site = undefined
  delete process.env.RECAP_TWEETS_DIR
})

/** A tweet cache entry that would render the secret as the tweet's text. */
function tweetJson(id: string, text: string): string {
  const fixture = JSON.parse(readFileSync('tests/fixtures/hostile/content/tweets/9000000000000000001.json', 'utf8')) as { id: string; tweet: { id_str: string; text: string } }
  return JSON.stringify({ ...fixture, id, tweet: { ...fixture.tweet, id_str: id, text } })
}

function link(target: string, path: string): void {
  mkdirSync(dirname(path), { recursive: true })
  symlinkSync(target, path)
}

function hostileSite(): TempSite {
  const created = makeSite({
    'content/posts/good.md': post('title: Good\ndate: 2023-01-01\nthumbnail: /uploads/cover.png', 'Text.\n\n{{< tweet 9000000000000000009 >}}\n\n![Leak](/uploads/leak.png)\n'),
    'secret/environ': SECRET,
    'secret/tweet.json': tweetJson('9000000000000000009', SECRET),
    'secret/post.md': post(`title: "${SECRET}"\ndate: 2023-01-02`),
    'secret/authors.yml': `leak:\n  name: "${SECRET}"\n`,
  })
  const { root, contentDir, publicDir } = created
  link(join(root, 'secret/post.md'), join(contentDir, 'posts/leak.md'))
  link('../../secret/tweet.json', join(contentDir, 'tweets/9000000000000000009.json'))
  link('/proc/self/environ', join(contentDir, 'tweets/9000000000000000010.json'))
  link(join(root, 'secret/authors.yml'), join(contentDir, 'authors.yml'))
  link(join(root, 'secret/environ'), join(publicDir, 'uploads/leak.png'))
  link('/proc/self/environ', join(publicDir, 'uploads/cover.png'))
  link(join(root, 'secret'), join(publicDir, 'uploads/folder'))
  return created
}

describe('symbolic links out of the site', () => {
  it('are errors at the link, and nothing they point at is read', () => {
    site = hostileSite()
    const content = site.load()
    const lines = sortProblems(content.problems)
      .filter((problem) => problem.rule === 'symlink')
      .map((problem) => formatProblem(problem).replace(/^.*?((content|public)\/)/, '$1').replaceAll(site!.root, '<site>'))
    expect(lines).toEqual([
      'content/authors.yml:1: error: is a symbolic link to <site>/secret/authors.yml, outside <site>/content/; commit the file itself instead of a link (nothing outside the repository is read or served)',
      'content/posts/leak.md:1: error: is a symbolic link to <site>/secret/post.md, outside <site>/content/; commit the file itself instead of a link (nothing outside the repository is read or served)',
      'content/tweets/9000000000000000009.json:1: error: is a symbolic link to <site>/secret/tweet.json, outside <site>/content/; commit the file itself instead of a link (nothing outside the repository is read or served)',
      'content/tweets/9000000000000000010.json:1: error: is a symbolic link to /proc/self/environ, outside <site>/content/; commit the file itself instead of a link (nothing outside the repository is read or served)',
      'public/uploads/cover.png:1: error: is a symbolic link to /proc/self/environ, outside <site>/public/; commit the file itself instead of a link (nothing outside the repository is read or served)',
      'public/uploads/folder:1: error: is a symbolic link to <site>/secret, outside <site>/public/; commit the file itself instead of a link (nothing outside the repository is read or served)',
      'public/uploads/leak.png:1: error: is a symbolic link to <site>/secret/environ, outside <site>/public/; commit the file itself instead of a link (nothing outside the repository is read or served)',
    ])
    expect(JSON.stringify(content)).not.toContain('hunter2')
    expect(content.allPosts.map((p) => p.id)).toEqual(['good'])
    expect(content.authors.map((author) => author.name)).not.toContain(SECRET)
  })

  it('are refused by every single-file reader: tweets, images, thumbnails', async () => {
    site = hostileSite()
    const tweetsDir = join(site.contentDir, 'tweets')
    expect(getCachedTweet('9000000000000000009', tweetsDir)).toMatchObject({ status: 'invalid', reason: expect.stringContaining('outside') })
    expect(getCachedTweet('9000000000000000010', tweetsDir)).toMatchObject({ status: 'invalid', reason: expect.stringContaining('outside') })
    expect(getImageInfo(site.publicDir, '/uploads/leak.png')).toMatchObject({ ok: false, failure: 'outside' })
    expect(getImageInfo(site.publicDir, '/uploads/folder/environ')).toMatchObject({ ok: false, failure: 'outside' })
    const content = site.load()
    expect(content.problems.map(formatProblem).join('\n')).toMatch(/good\.md:\d+:\d+: error: thumbnail "\/uploads\/cover\.png" leads outside public\//)
    const compiled = await compilePost(content.allPosts[0], contextFor(content, { contentDir: site.contentDir, publicDir: site.publicDir, includeHidden: false }))
    expect(compiled.problems.map(formatProblem).join('\n')).toContain('the cached tweet 9000000000000000009 is unusable: the file is a symbolic link to')
    expect(compiled.code).not.toContain('hunter2')
  })

  it('never reach a page: the tweet renders as a plain link', () => {
    site = hostileSite()
    process.env.RECAP_TWEETS_DIR = join(site.contentDir, 'tweets')
    const html = renderToStaticMarkup(createElement(Tweet, { id: '9000000000000000009' }))
    expect(html).toContain('href="https://x.com/i/status/9000000000000000009"')
    expect(html).not.toContain('hunter2')
  })

  it('lets a link that stays inside the folder through', () => {
    site = makeSite({ 'content/posts/real.md': post('title: Real\ndate: 2023-01-01'), 'public/uploads/a.txt': 'a' })
    link('a.txt', join(site.publicDir, 'uploads/b.txt'))
    link('real.md', join(site.contentDir, 'posts/alias.md'))
    writeFileSync(join(site.contentDir, 'authors.yml'), 'ada:\n  name: Ada\n')
    expect(site.load().problems).toEqual([])
  })
})
