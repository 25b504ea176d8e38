/**
 * npm run tweets:sync [-- --retry-gone] [-- --timeout 10000]
 *
 * Finds every tweet the posts embed (in their syntax trees: `{{< tweet >}}` in .md, <Tweet> in
 * .mdx, drafts included), and fetches the ones content/tweets/ does not hold yet, with their images,
 * from X's syndication API. Commit what it writes (content/tweets/, public/tweets/): builds read
 * only that. One line per tweet that fails; exits 1 when any did.
 */
import { join } from 'node:path'
import { fetchTweet } from 'react-tweet/api'
import { getContent } from '../../lib/content'
import { findElements, siteContext } from '../../lib/markdown/pipeline'
import { tweetsDir } from '../../lib/tweets'
import { syncTweets, type TweetUse } from './sync'

const args = process.argv.slice(2)
const timeoutArg = args.indexOf('--timeout')
const timeoutMs = timeoutArg >= 0 ? Number(args[timeoutArg + 1]) : 10_000

const content = getContent()
const context = siteContext()
const tweets: TweetUse[] = []
for (const post of content.allPosts) {
  for (const element of await findElements(post, 'Tweet', context)) {
    if (element.props.id) tweets.push({ id: element.props.id, where: `${post.filePath}:${element.line}` })
  }
}

const report = await syncTweets(
  { tweets, cacheDir: tweetsDir(), publicDir: join(process.cwd(), 'public'), timeoutMs, retryGone: args.includes('--retry-gone') },
  {
    fetchTweet: (id, signal) => fetchTweet(id, { signal }),
    download: async (url, signal) => {
      const response = await fetch(url, { signal })
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      return { bytes: new Uint8Array(await response.arrayBuffer()), contentType: response.headers.get('content-type') ?? '' }
    },
    log: (line) => console.log(line),
  },
)

const ids = new Set(tweets.map((tweet) => tweet.id))
console.log(
  `${ids.size} tweet${ids.size === 1 ? '' : 's'} in posts: ${report.cached.length} already cached, ${report.fetched.length} fetched, ` +
    `${report.gone.length} deleted or private, ${report.failed.length} failed, ${report.notTried.length} not tried`,
)
process.exit(report.failed.length + report.notTried.length > 0 ? 1 : 0)
