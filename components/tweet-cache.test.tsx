import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { renderToStaticMarkup } from 'react-dom/server'
import { getCachedTweet } from '@/lib/tweets'
import { Tweet } from './tweet'

/**
 * The tweet cache arrives by pull request, like a post. Whatever a cache file holds, either the
 * cache schema refuses it (at the file, in `npm run check` and the build alike) or the Tweet
 * component renders it: no value may pass the check and then throw while a page is built (a
 * `created_at` of "yesterday" once did, inside react-tweet's date formatting). Every field of a
 * full entry is tried with hostile values.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

const HOSTILE_VALUES: Json[] = ['', 'yesterday at noon', -1, 1.5, 1e21, null, true, {}, [], '\uD800', 'x'.repeat(5000), '__proto__', 'javascript:alert(1)', '../../../etc/passwd', '<script>alert(1)</script>']

function fullEntry(): { [key: string]: Json } {
  const entry = JSON.parse(readFileSync('tests/fixtures/tweets/1111111111111111111.json', 'utf8')) as { [key: string]: Json }
  const tweet = entry.tweet as { [key: string]: Json }
  tweet.entities = {
    hashtags: [{ indices: [43, 58], text: 'FixtureTweets' }],
    urls: [{ display_url: 'example.com/x', expanded_url: 'https://example.com/x', indices: [10, 20], url: 'https://t.co/x' }],
    user_mentions: [{ id_str: '7', indices: [0, 5], name: 'Seven', screen_name: 'seven' }],
    symbols: [{ indices: [30, 34], text: 'RCP' }],
    media: [{ display_url: 'pic.x.com/fixture', expanded_url: 'https://x.com/recap_fixture/status/1/photo/1', indices: [58, 58], url: 'https://t.co/fixture' }],
  }
  tweet.in_reply_to_screen_name = 'someone'
  tweet.in_reply_to_status_id_str = '123'
  tweet.in_reply_to_user_id_str = '456'
  tweet.note_tweet = { id: '99' }
  tweet.quoted_tweet = {
    lang: 'en',
    created_at: '2019-05-20T10:00:00.000Z',
    display_text_range: [0, 17],
    entities: { hashtags: [], urls: [], user_mentions: [], symbols: [] },
    id_str: '2222',
    text: 'Quoted &amp; text',
    user: { id_str: '9', name: 'Quoted', screen_name: 'quoted', profile_image_url_https: 'https://pbs.twimg.com/q.png', profile_image_shape: 'Square', verified: true, verified_type: 'Business', is_blue_verified: false },
    reply_count: 1,
    retweet_count: 2,
    favorite_count: 3,
    self_thread: { id_str: '2222' },
  }
  return entry
}

/** Every leaf (and every object) of a JSON value, by path. */
function paths(value: Json, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [prefix]
  const inner = Array.isArray(value) ? value.map((item, i) => paths(item, [...prefix, String(i)])) : Object.entries(value).map(([key, item]) => paths(item, [...prefix, key]))
  return [...(prefix.length ? [prefix] : []), ...inner.flat()]
}

function withValue(entry: Json, path: string[], value: Json | undefined): Json {
  const copy = structuredClone(entry) as { [key: string]: Json }
  let node = copy as { [key: string]: Json }
  for (const key of path.slice(0, -1)) node = node[key] as { [key: string]: Json }
  if (value === undefined) delete node[path[path.length - 1]]
  else node[path[path.length - 1]] = value
  return copy
}

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'recap-tweet-cache-'))
  process.env.RECAP_TWEETS_DIR = dir
})
afterAll(() => {
  delete process.env.RECAP_TWEETS_DIR
  rmSync(dir, { recursive: true, force: true })
})

describe('the tweet cache schema against the Tweet component', () => {
  it('renders the full entry it starts from', () => {
    writeFileSync(join(dir, '9100000000000000000.json'), JSON.stringify({ ...fullEntry(), id: '9100000000000000000' }))
    expect(getCachedTweet('9100000000000000000', dir).status).toBe('ok')
    expect(renderToStaticMarkup(<Tweet id="9100000000000000000" />)).toContain('Quoted &amp; text')
  })

  it('refuses, or renders without throwing, every field set to every hostile value', () => {
    const base = fullEntry()
    const tweetPaths = paths(base).filter((path) => path[0] === 'tweet' || path[0] === 'files')
    let n = 1
    const passedButThrew: string[] = []
    let refused = 0
    for (const path of tweetPaths) {
      for (const value of [...HOSTILE_VALUES, undefined]) {
        const id = String(9100000000000000000n + BigInt(n++))
        writeFileSync(join(dir, `${id}.json`), JSON.stringify({ ...(withValue(base, path, value) as object), id }))
        const cached = getCachedTweet(id, dir)
        if (cached.status !== 'ok') {
          refused++
          continue
        }
        try {
          const html = renderToStaticMarkup(<Tweet id={id} />)
          expect(html).not.toMatch(/<script|href="javascript:/i)
        } catch (error) {
          passedButThrew.push(`${path.join('.')} = ${JSON.stringify(value)?.slice(0, 40)}: ${String(error).slice(0, 80)}`)
        }
      }
    }
    expect(passedButThrew).toEqual([])
    // The check did refuse things: these tests would notice a schema that accepts anything.
    expect(refused).toBeGreaterThan(200)
  }, 120_000)
})
