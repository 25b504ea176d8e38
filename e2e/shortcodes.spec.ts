import { test, expect, type Page } from '@playwright/test'

// The showcase (MDX, every component) and the Hugo-style post (shortcodes), as production serves them.
const SHOWCASE = '/2019/05/27/kubecon-eu-2019-in-barcelona-what-we-took-home/'
const HUGO_POST = '/2019/06/11/bringing-a-hugo-blog-along/'
const YOUTUBE_HOSTS = /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be|ytimg\.com|googlevideo\.com|ggpht\.com|google\.com|gstatic\.com|doubleclick\.net)$/

/** Every request the page makes from now on. */
function recordRequests(page: Page): URL[] {
  const urls: URL[] = []
  page.on('request', (request) => urls.push(new URL(request.url())))
  return urls
}

/** Scrolls to the bottom and back, so lazy images load, then waits for the network to settle. */
async function scrollThrough(page: Page) {
  await page.evaluate(async () => {
    // Instant: the theme scrolls smoothly, and a smooth scroll would not get far between steps.
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo({ top: y, behavior: 'instant' })
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    window.scrollTo({ top: 0, behavior: 'instant' })
  })
  await page.waitForLoadState('networkidle')
}

/**
 * Every image on the page that did not load, each with why. Lazy images load only near the
 * viewport, so each one is scrolled into view and waited for (load or error) first: an image that
 * has not started loading is not broken, and one that failed has `complete` and no natural width.
 */
async function brokenImages(page: Page): Promise<string[]> {
  const images = page.locator('img')
  const count = await images.count()
  expect(count, 'images on the page').toBeGreaterThan(0)
  const broken: string[] = []
  for (let i = 0; i < count; i++) {
    const image = await images.nth(i).evaluate(async (img: HTMLImageElement) => {
      img.scrollIntoView({ block: 'center', behavior: 'instant' })
      if (!img.complete) {
        await new Promise<void>((resolve) => {
          img.addEventListener('load', () => resolve(), { once: true })
          img.addEventListener('error', () => resolve(), { once: true })
          setTimeout(resolve, 10_000)
        })
      }
      return { src: img.currentSrc || img.src, complete: img.complete, width: img.naturalWidth }
    })
    if (!image.complete) broken.push(`${image.src}: still loading after 10 s`)
    else if (image.width === 0) broken.push(`${image.src}: failed to load`)
  }
  return broken
}

async function expectNoBrokenImage(page: Page) {
  expect(await brokenImages(page)).toEqual([])
}

test.describe('the showcase post shows every component', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(SHOWCASE)
  })

  test('Figure: the image with its title and caption, sized from the file', async ({ page }) => {
    const figure = page.locator('[data-component="figure"]')
    const image = figure.getByRole('img', { name: 'Illustration: circles of blue and amber light over a dark conference hall' })
    await expect(image).toBeVisible()
    await expect(image).toHaveAttribute('width', '1400')
    await expect(image).toHaveAttribute('height', '788')
    await expect(figure.getByText('The Fira Gran Via, between two keynotes')).toBeVisible()
  })

  test('Table: a scrollable region, named by its caption, holding the table', async ({ page }) => {
    const region = page.getByRole('region', { name: 'What happened when' })
    await expect(region).toBeVisible()
    await expect(region.getByRole('table')).toBeVisible()
    await expect(region.getByRole('row')).toHaveCount(5)
  })

  test('Note and Warning: callouts named by their titles, with Markdown inside', async ({ page }) => {
    const note = page.getByRole('note', { name: 'Why SMI matters for small teams' })
    await expect(note).toBeVisible()
    await expect(note.locator('strong')).toHaveText('SMI')
    await expect(page.getByRole('note', { name: 'Before you quote the numbers' })).toBeVisible()
  })

  test('YouTube: a poster with the title and a play button, and a plain link', async ({ page }) => {
    const video = page.locator('[data-component="you-tube"]')
    await expect(video.getByRole('button', { name: 'Play video: Intro to Linkerd, by William Morgan' })).toBeVisible()
    await expect(video.getByRole('link', { name: 'Watch on YouTube' })).toHaveAttribute('href', 'https://www.youtube.com/watch?v=Z3nfLI3z0hc')
    await expect(video.locator('iframe')).toHaveCount(0)
  })

  test('TalkList: a dozen talks, each linking its recording, with speakers and start times', async ({ page }) => {
    const talks = page.getByRole('region', { name: 'Talk recordings from KubeCon EU 2019' })
    await expect(talks).toBeVisible()
    await expect(talks.getByRole('listitem')).toHaveCount(12)
    await expect(talks.getByRole('link', { name: 'Intro to Linkerd' })).toHaveAttribute('href', 'https://www.youtube.com/watch?v=Z3nfLI3z0hc')
    const keynote = talks.getByRole('listitem').filter({ hasText: 'Keynote: CNCF Project Update w/Linkerd' })
    await expect(keynote).toContainText('Bryan Liles, VMware')
    await expect(keynote).toContainText('starts at 5:59')
    await expect(talks.getByRole('listitem').filter({ hasText: 'JustFootball' })).toContainText('Ben Lambert, Just Football & Kevin Lingerfelt, Buoyant')
    await expect(talks.getByRole('listitem').filter({ hasText: 'VS Code' })).toContainText('starts at 20:01')
  })

  test('ImageLink: an image that leads to another post', async ({ page }) => {
    const link = page.getByRole('link', { name: 'The first recap community meetup in Lisbon: read the recap' })
    await expect(link).toBeVisible()
    await expect(link.getByRole('img')).toHaveAttribute('width', '960')
    await link.click()
    await expect(page).toHaveURL(/\/2019\/04\/08\/the-first-recap-community-meetup-in-lisbon\/$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The first recap community meetup, in Lisbon')
  })

  test('Tweet: without a cached copy, a card that links to the tweet on X', async ({ page }) => {
    const tweet = page.locator('[data-component="tweet"]')
    await expect(tweet).toBeVisible()
    await expect(tweet.getByRole('link', { name: 'View the post on X' })).toHaveAttribute('href', 'https://x.com/i/status/1130789969293991936')
  })
})

test('the Hugo post renders its shortcodes: tweet, youtube, note, fig and refs', async ({ page }) => {
  await page.goto(HUGO_POST)
  await expect(page.getByRole('note', { name: 'Note' })).toContainText('Nothing in content/posts/ needs rewriting.')
  await expect(page.locator('[data-component="figure"]').getByRole('img', { name: 'Illustration: a grid of coloured tiles, one per shortcode' })).toBeVisible()
  await expect(page.locator('[data-component="tweet"]').getByRole('link', { name: 'View the post on X' })).toHaveAttribute('href', 'https://x.com/i/status/1129105603354333184')
  await expect(page.getByRole('button', { name: 'Play video: Intro to Linkerd' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'our KubeCon recap' })).toHaveAttribute('href', SHOWCASE)
  await expect(page.getByRole('link', { name: 'Lisbon meetup' })).toHaveAttribute('href', '/2019/04/08/the-first-recap-community-meetup-in-lisbon/')
  // The comment form prints a call; calls in code stay as written.
  await expect(page.locator('code', { hasText: '{{<tweet 1129105603354333184>}}' })).toBeVisible()
  await expect(page.locator('pre code', { hasText: '{{< tweet 1129105603354333184 >}}' })).toBeVisible()
  await expectNoBrokenImage(page)
})

test('YouTube makes no request to YouTube before the click, and loads the youtube-nocookie player after it', async ({ page }) => {
  const requests = recordRequests(page)
  await page.goto(SHOWCASE)
  await scrollThrough(page)
  expect(requests.filter((url) => YOUTUBE_HOSTS.test(url.hostname)).map(String)).toEqual([])

  const player = page.waitForRequest((request) => request.url().startsWith('https://www.youtube-nocookie.com/embed/Z3nfLI3z0hc'))
  await page.getByRole('button', { name: 'Play video: Intro to Linkerd, by William Morgan' }).click()
  const frame = page.locator('[data-component="you-tube"] iframe')
  await expect(frame).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/Z3nfLI3z0hc?autoplay=1')
  await expect(frame).toHaveAttribute('title', 'Intro to Linkerd, by William Morgan')
  await player
})

test('the showcase makes no request to another origin on load', async ({ page, baseURL }) => {
  const requests = recordRequests(page)
  await page.goto(SHOWCASE)
  await scrollThrough(page)
  const origin = new URL(baseURL!).origin
  expect(requests.length).toBeGreaterThan(3)
  expect(requests.filter((url) => url.origin !== origin && url.protocol !== 'data:').map(String)).toEqual([])
})

test('the showcase has no broken image', async ({ page }) => {
  await page.goto(SHOWCASE)
  await expectNoBrokenImage(page)
})

test('the broken-image check catches an image that fails, even a lazy one below the fold', async ({ page }) => {
  await page.route('**/uploads/authors/ada.png', (route) => route.fulfill({ status: 404, body: '' }))
  await page.goto(SHOWCASE)
  // Ada's avatar is in the byline (eager, at the top) and in the author card (lazy, at the bottom).
  expect(await brokenImages(page)).toEqual([expect.stringMatching(/\/uploads\/authors\/ada\.png: failed to load$/), expect.stringMatching(/\/uploads\/authors\/ada\.png: failed to load$/)])
})
