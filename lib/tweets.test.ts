import { describe, it, expect } from 'vitest'
import { join } from 'node:path'
import { getCachedTweet, tweetUrl } from './tweets'

const fixtures = join(process.cwd(), 'tests', 'fixtures', 'tweets')

describe('the tweet cache', () => {
  it('reads a cached tweet with the local copies of its images', () => {
    const cached = getCachedTweet('1111111111111111111', fixtures)
    expect(cached.status).toBe('ok')
    if (cached.status !== 'ok') return
    expect(cached.tweet.user.screen_name).toBe('recap_fixture')
    expect(cached.files['https://pbs.twimg.com/profile_images/42/fixture_normal.png']).toBe('/tweets/1111111111111111111/avatar.png')
  })

  it('knows a tweet recorded as deleted, and who wrote it', () => {
    expect(getCachedTweet('2222222222222222222', fixtures)).toEqual({ id: '2222222222222222222', status: 'deleted', checkedAt: '2019-06-01T00:00:00.000Z', user: 'gone_account' })
  })

  it('says missing when there is no file, and invalid (with why) when the file is unusable', () => {
    expect(getCachedTweet('4444444444444444444', fixtures)).toEqual({ id: '4444444444444444444', status: 'missing' })
    expect(getCachedTweet('3333333333333333333', fixtures)).toMatchObject({ status: 'invalid', reason: expect.stringContaining('tweet.') })
    expect(getCachedTweet('../etc/passwd', fixtures)).toMatchObject({ status: 'invalid' })
  })

  it('reads RECAP_TWEETS_DIR when no folder is given', () => {
    const before = process.env.RECAP_TWEETS_DIR
    process.env.RECAP_TWEETS_DIR = 'tests/fixtures/tweets'
    try {
      expect(getCachedTweet('2222222222222222222').status).toBe('deleted')
    } finally {
      if (before === undefined) delete process.env.RECAP_TWEETS_DIR
      else process.env.RECAP_TWEETS_DIR = before
    }
  })

  it('links tweets without needing the author', () => {
    expect(tweetUrl('1130789969293991936')).toBe('https://x.com/i/status/1130789969293991936')
  })
})
