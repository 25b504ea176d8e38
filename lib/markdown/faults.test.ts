import { describe, it, expect, afterEach, vi } from 'vitest'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { compilePost } from './pipeline'
import { formatProblem } from '../content/problems'
import { makeSite, post, type TempSite } from '@/tests/helpers/content-dir'
import { contextFor, png, renderToHtml } from '@/tests/helpers/pipeline'

// Damaged files a post depends on: a clear `path` problem for `npm run check` and the build, and
// in `next dev` a page with its fallbacks instead of an error screen.
let site: TempSite | undefined
afterEach(() => {
  site?.cleanup()
  site = undefined
  delete process.env.RECAP_TWEETS_DIR
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
})

const TWEET = '1130789969293991936'
const goodTweet = readFileSync('tests/fixtures/tweets/1111111111111111111.json', 'utf8').replaceAll('1111111111111111111', TWEET)

async function build(files: Record<string, string | Buffer>) {
  site = makeSite(files)
  process.env.RECAP_TWEETS_DIR = join(site.contentDir, 'tweets')
  const content = site.load()
  const context = contextFor(content, site.publicDir)
  const target = content.posts[0]
  const root = site.root
  const problems = async () => (await compilePost(target, context)).problems.map((p) => formatProblem(p).replaceAll(`${root}/`, ''))
  return { problems, html: () => renderToHtml(target, context), site }
}

const tweetPost = { 'content/posts/recap.mdx': post('title: Recap\ndate: 2019-06-01', `Intro.\n\n<Tweet id="${TWEET}" />\n`) }

describe('a damaged tweet cache', () => {
  it('is an error at the cache file, with the line where the JSON breaks and the post that embeds it', async () => {
    const { problems } = await build({ ...tweetPost, [`content/tweets/${TWEET}.json`]: '{\n  "id": "1",\n  oops\n}\n' })
    expect(await problems()).toEqual([
      `content/tweets/${TWEET}.json:3:3: error: the cached tweet ${TWEET} is unusable: not JSON (Expected double-quoted property name in JSON at position 17); run \`npm run tweets:sync\` to fetch it again, or delete the file to show a link to the tweet (embedded at content/posts/recap.mdx:8)`,
    ])
  })

  it('is an error when the file is not a tweet, or cannot be read', async () => {
    const notATweet = await build({ ...tweetPost, [`content/tweets/${TWEET}.json`]: '{"id": "x", "status": "ok"}' })
    expect(await notATweet.problems()).toEqual([expect.stringMatching(new RegExp(`^content/tweets/${TWEET}\\.json:1: error: the cached tweet ${TWEET} is unusable: `))])
    site?.cleanup()
    const unreadable = await build(tweetPost)
    mkdirSync(join(unreadable.site.contentDir, 'tweets', `${TWEET}.json`), { recursive: true })
    expect(await unreadable.problems()).toEqual([expect.stringContaining(`content/tweets/${TWEET}.json:1: error: the cached tweet ${TWEET} is unusable: cannot be read (EISDIR)`)])
  })

  it('stops a production render, and in next dev renders the fallback link and prints the problem', async () => {
    const { html } = await build({ ...tweetPost, [`content/tweets/${TWEET}.json`]: 'not json' })
    await expect(html()).rejects.toThrow(`content/tweets/${TWEET}.json:1: error: the cached tweet`)
    vi.stubEnv('NODE_ENV', 'development')
    const printed = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const page = await html()
    expect(page).toContain('data-component="tweet"')
    expect(page).toContain(`href="https://x.com/i/status/${TWEET}"`)
    expect(printed).toHaveBeenCalledWith(expect.stringContaining(`content/tweets/${TWEET}.json:1: error: the cached tweet`))
  })

  it('says nothing for a good file, or for none (the page links to the tweet)', async () => {
    expect(await (await build({ ...tweetPost, [`content/tweets/${TWEET}.json`]: goodTweet })).problems()).toEqual([])
    site?.cleanup()
    expect(await (await build(tweetPost)).problems()).toEqual([])
  })
})

describe('a damaged image', () => {
  const imagePost = { 'content/posts/photos.md': post('title: Photos\ndate: 2019-06-01', 'Intro.\n\n![The hall](/uploads/hall.png)\n\n{{< fig src="/uploads/stage.png" alt="Stage" >}}\n') }

  it('is an error at the post line that uses it, a truncated image as much as one that never was', async () => {
    const good = await png(8, 8)
    const { problems } = await build({ ...imagePost, 'public/uploads/hall.png': Buffer.from('not an image at all'), 'public/uploads/stage.png': good.subarray(0, 12) })
    expect(await problems()).toEqual([
      'content/posts/photos.md:8:1: error: "/uploads/hall.png" is not an image; link an image file (PNG, JPEG, GIF, WebP, AVIF or SVG)',
      'content/posts/photos.md:10:1: error: "/uploads/stage.png" is not an image; link an image file (PNG, JPEG, GIF, WebP, AVIF or SVG)',
    ])
  })

  it('stops a production render, and in next dev renders the page with the image unsized', async () => {
    const { html } = await build({ ...imagePost, 'public/uploads/hall.png': Buffer.from('garbage'), 'public/uploads/stage.png': await png(8, 8) })
    await expect(html()).rejects.toThrow('content/posts/photos.md:8:1: error: "/uploads/hall.png" is not an image')
    vi.stubEnv('NODE_ENV', 'development')
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const page = await html()
    expect(page).toMatch(/<img src="\/uploads\/hall.png" alt="The hall"\/>/)
    expect(page).toMatch(/<img [^>]*src="\/uploads\/stage.png" alt="Stage" width="8" height="8"/)
  })

  it('does not fall back for errors a page cannot show around, even in next dev', async () => {
    const { html } = await build({ 'content/posts/bad.mdx': post('title: Bad\ndate: 2019-06-01', '{process.env.SECRET}\n') })
    vi.stubEnv('NODE_ENV', 'development')
    await expect(html()).rejects.toThrow('is a JavaScript expression: posts run no code')
  })
})
