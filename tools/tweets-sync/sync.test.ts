import { describe, it, expect, afterEach, vi } from 'vitest'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { fetchTweet } from 'react-tweet/api'
import { getMediaUrl } from 'react-tweet'
import { getCachedTweet, mediaUrl } from '../../lib/tweets'
import { syncTweets, type FetchedTweet, type SyncDeps } from './sync'

const fixture = JSON.parse(readFileSync(join(process.cwd(), 'tests', 'fixtures', 'tweets', '1111111111111111111.json'), 'utf8')).tweet
const tweetData = (id: string) => ({ ...fixture, id_str: id })
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

let scratch: string | undefined
afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true })
  scratch = undefined
  vi.unstubAllGlobals()
})

function setup(answers: Record<string, FetchedTweet | Error>, images: Record<string, string> = {}) {
  scratch = mkdtempSync(join(tmpdir(), 'recap-tweets-'))
  const cacheDir = join(scratch, 'content', 'tweets')
  const publicDir = join(scratch, 'public')
  const asked: string[] = []
  const lines: string[] = []
  const deps: SyncDeps = {
    fetchTweet: async (id) => {
      asked.push(id)
      const answer = answers[id]
      if (answer instanceof Error) throw answer
      return answer ?? { notFound: true }
    },
    download: async (url) => ({ bytes: png, contentType: images[url] ?? 'image/png' }),
    log: (line) => lines.push(line),
    now: () => new Date('2024-01-01T00:00:00Z'),
  }
  const run = (ids: string[], extra: { retryGone?: boolean; timeoutMs?: number } = {}) =>
    syncTweets({ tweets: ids.map((id) => ({ id, where: 'content/posts/a.md:3' })), cacheDir, publicDir, ...extra }, deps)
  return { cacheDir, publicDir, asked, lines, run, deps }
}

const offline = () => new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND cdn.syndication.twimg.com') })

describe('syncTweets', () => {
  it('saves a fetched tweet with its images under public/, which the cache then serves', async () => {
    const { cacheDir, publicDir, run, lines } = setup({ '101': { data: tweetData('101') } })
    const report = await run(['101'])
    expect(report).toEqual({ fetched: ['101'], cached: [], gone: [], failed: [], notTried: [] })
    expect(lines).toEqual(['tweet 101: saved, with 2 images'])
    const cached = getCachedTweet('101', cacheDir)
    expect(cached).toMatchObject({ status: 'ok', fetchedAt: '2024-01-01T00:00:00.000Z' })
    if (cached.status !== 'ok') return
    expect(cached.files).toEqual({
      'https://pbs.twimg.com/profile_images/42/fixture_normal.png': '/tweets/101/avatar.png',
      'https://pbs.twimg.com/media/FixturePhoto?format=jpg&name=small': '/tweets/101/media-1.png',
    })
    expect(existsSync(join(publicDir, 'tweets', '101', 'avatar.png'))).toBe(true)
  })

  it('records deleted and private tweets, and does not ask about them (or cached ones) again', async () => {
    const { asked, run, cacheDir } = setup({ '101': { data: tweetData('101') }, '102': { notFound: true }, '103': { tombstone: true } })
    await run(['101', '102', '103'])
    expect(getCachedTweet('102', cacheDir)).toEqual({ id: '102', status: 'deleted', checkedAt: '2024-01-01T00:00:00.000Z' })
    expect(getCachedTweet('103', cacheDir)).toMatchObject({ status: 'private' })
    const again = await run(['101', '102', '103'])
    expect(again.cached).toEqual(['101', '102', '103'])
    expect(asked).toEqual(['101', '102', '103'])
    await run(['102'], { retryGone: true })
    expect(asked).toEqual(['101', '102', '103', '102'])
  })

  it('stops at the first failure when X cannot be reached at all, with one clear line each', async () => {
    const { asked, run, lines } = setup({ '101': offline() })
    const report = await run(['101', '102', '103'])
    expect(report).toMatchObject({ failed: ['101'], notTried: ['102', '103'] })
    expect(asked).toEqual(['101'])
    expect(lines).toEqual([
      'tweet 101 (content/posts/a.md:3): could not fetch it from X: getaddrinfo ENOTFOUND cdn.syndication.twimg.com',
      'stopped: X cannot be reached from here; 2 more tweets not tried. Run npm run tweets:sync again where there is network.',
    ])
  })

  it('gives each tweet a bounded time', async () => {
    const { run, lines, deps } = setup({})
    deps.fetchTweet = (_id, signal) => new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason)))
    const started = Date.now()
    const report = await run(['101'], { timeoutMs: 50 })
    expect(Date.now() - started).toBeLessThan(2000)
    expect(report.failed).toEqual(['101'])
    expect(lines[0]).toBe('tweet 101 (content/posts/a.md:3): could not fetch it from X: no answer in time')
  })

  it('saves nothing for a tweet whose image is not an image, or whose data is not a tweet', async () => {
    const { run, lines, cacheDir } = setup(
      { '101': { data: tweetData('101') }, '102': { data: { hello: 'world' } } },
      { 'https://pbs.twimg.com/profile_images/42/fixture_normal.png': 'text/html' },
    )
    const report = await run(['101', '102'])
    expect(report.failed).toEqual(['101', '102'])
    expect(lines[0]).toMatch(/^tweet 101 \(content\/posts\/a\.md:3\): avatar image https:\/\/pbs\.twimg\.com\/\S+ is text\/html, not an image; nothing saved$/)
    expect(lines[1]).toMatch(/^tweet 102 \(content\/posts\/a\.md:3\): X answered with something that is not a tweet/)
    expect(getCachedTweet('101', cacheDir).status).toBe('missing')
  })

  it("works with react-tweet's own fetcher against a stubbed network", async () => {
    const { run, cacheDir, deps } = setup({})
    vi.stubGlobal('fetch', async (input: string | URL) => {
      const id = new URL(String(input)).searchParams.get('id')
      if (id === '201') return Response.json(tweetData('201'))
      if (id === '202') return Response.json({ __typename: 'TweetTombstone' })
      return new Response('', { status: 404 })
    })
    deps.fetchTweet = (id, signal) => fetchTweet(id, { signal })
    const report = await run(['201', '202', '203'])
    expect(report).toMatchObject({ fetched: ['201'], gone: ['202', '203'] })
    expect(getCachedTweet('202', cacheDir).status).toBe('private')
    expect(getCachedTweet('203', cacheDir).status).toBe('deleted')
  })
})

describe('mediaUrl', () => {
  it("asks for the same URL as react-tweet's getMediaUrl, so the local copy is found", () => {
    for (const media of fixture.mediaDetails) expect(mediaUrl(media, 'small')).toBe(getMediaUrl(media, 'small'))
  })
})
