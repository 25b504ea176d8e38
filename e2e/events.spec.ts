import { test, expect, type Page } from '@playwright/test'
import { fetchFeed, sitemapUrls } from './support/xml'

// Event pages, speakers and galleries, as production serves them.
const PORTO = '/events/recap-community-meetup-porto/'
const KUBECON = '/events/kubecon-cloudnativecon-europe-2019/'
const PORTO_POST = '/2019/05/13/our-second-meetup-in-porto-four-talks-and-a-river/'
const PLAIN_POST = '/2019/06/14/how-we-write-a-meetup-recap-in-an-evening/'

/** Every request the page makes from now on. */
function recordRequests(page: Page): URL[] {
  const urls: URL[] = []
  page.on('request', (request) => urls.push(new URL(request.url())))
  return urls
}

/** The JSON-LD nodes of the page. */
async function jsonLdNodes(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
  return blocks.flatMap((text) => {
    const data = JSON.parse(text) as Record<string, unknown>
    return Array.isArray(data['@graph']) ? (data['@graph'] as Record<string, unknown>[]) : [data]
  })
}

test('an event page shows its facts, talks, photos and recaps, links the events either side, and loads nothing from elsewhere', async ({ page, baseURL }) => {
  const requests = recordRequests(page)
  await page.goto(PORTO)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('recap community meetup Porto')
  await expect(page.getByText('Porto, Portugal')).toBeVisible()
  const talks = page.getByRole('region', { name: /Talk recordings from recap community meetup Porto/ }).getByRole('article')
  await expect(talks).toHaveCount(4)
  await expect(talks.first().getByRole('link', { name: 'Sam Okafor' })).toHaveAttribute('href', '/speakers/sam-okafor/')
  await expect(page.getByRole('region', { name: /5 photos/ }).getByRole('img')).toHaveCount(5)
  await expect(page.getByRole('heading', { level: 3, name: 'Our second meetup, in Porto: four talks and a river' })).toBeVisible()
  const neighbours = page.getByRole('navigation', { name: 'Other events' })
  await expect(neighbours.getByRole('link', { name: /Earlier event/ })).toHaveAttribute('href', '/events/recap-community-meetup-lisbon/')
  await expect(neighbours.getByRole('link', { name: /Later event/ })).toHaveAttribute('href', KUBECON)
  const event = (await jsonLdNodes(page)).find((node) => node['@type'] === 'Event')
  expect(event).toMatchObject({ name: 'recap community meetup Porto', startDate: '2019-05-11', eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode' })
  await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }))
  await page.waitForLoadState('networkidle')
  expect(requests.filter((url) => url.origin !== baseURL).map(String)).toEqual([])
})

test('the events page links each event page, and old /events/#slug links still land on the event', async ({ page }) => {
  await page.goto('/events/#kubecon-cloudnativecon-europe-2019')
  const section = page.locator('#kubecon-cloudnativecon-europe-2019')
  await expect(section).toBeInViewport()
  await expect(section.getByRole('link', { name: 'KubeCon + CloudNativeCon Europe 2019', exact: true })).toHaveAttribute('href', KUBECON)
  await page.goto('/2019/05/27/kubecon-eu-2019-in-barcelona-what-we-took-home/')
  await expect(page.getByRole('link', { name: 'KubeCon + CloudNativeCon Europe 2019' }).first()).toHaveAttribute('href', KUBECON)
})

test('each event has a feed of its recaps, advertised on its page; the sitemap lists the new pages', async ({ page, request, baseURL }) => {
  const channel = await fetchFeed(request, `${PORTO}feed.xml`)
  expect(channel.item.map((item) => item.title)).toEqual(['Our second meetup, in Porto: four talks and a river'])
  expect(channel.item[0]['content:encoded']).toContain('<figure><img src="http')
  await page.goto(PORTO)
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').last()).toHaveAttribute('href', `${baseURL}${PORTO}feed.xml`)
  const urls = await sitemapUrls(request)
  for (const path of [PORTO, KUBECON, '/speakers/', '/speakers/ines-carvalho/', '/speakers/kevin-lingerfelt/']) expect(urls).toContain(`${baseURL}${path}`)
})

test('speakers are listed A to Z with their talk counts, and a speaker page lists their talks with the event and the recap', async ({ page }) => {
  await page.goto('/speakers/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Speakers')
  const letters = page.getByRole('navigation', { name: 'Speakers by letter' }).getByRole('link')
  await expect(letters.first()).toHaveText('A')
  await page.getByRole('link', { name: 'Inês Carvalho' }).click()
  await expect(page).toHaveURL(/\/speakers\/ines-carvalho\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inês Carvalho')
  await expect(page.getByText('Photographer and organiser at Porto Tech Hub')).toBeVisible()
  const talk = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Photos without faces, in practice' }) })
  await expect(talk.getByRole('link', { name: 'recap community meetup Porto' })).toHaveAttribute('href', PORTO)
  await expect(talk.getByText('as Porto Tech Hub')).toBeVisible()
  const profile = (await jsonLdNodes(page)).find((node) => node['@type'] === 'ProfilePage')
  expect(profile).toBeDefined()
})

test('an author who speaks links to their speaker page, and back', async ({ page }) => {
  await page.goto('/authors/sam/')
  await page.getByRole('link', { name: /Sam Okafor as a speaker: 1 talk/ }).click()
  await expect(page).toHaveURL(/\/speakers\/sam-okafor\/$/)
  await expect(page.getByRole('link', { name: 'Posts by Sam Okafor' })).toHaveAttribute('href', '/authors/sam/')
})

test('the gallery works by keyboard: open, step with the arrows, close with Escape, focus back on the thumbnail', async ({ page }) => {
  await page.goto(PORTO_POST)
  const gallery = page.getByRole('region', { name: /The meetup in pictures/ })
  const thumbnails = gallery.getByRole('listitem').getByRole('link')
  await expect(thumbnails).toHaveCount(5)
  const first = thumbnails.first()
  // Thumbnails are WebP made at build time, sized so nothing shifts, loaded lazily.
  const image = first.getByRole('img')
  await expect(image).toHaveAttribute('src', '/gallery/480/uploads/porto/ribeira-at-dusk.jpg.webp')
  await expect(image).toHaveAttribute('loading', 'lazy')
  await expect(image).toHaveAttribute('width', '480')
  await expect(image).toHaveAttribute('height', '320')
  const webp = await page.request.get('/gallery/480/uploads/porto/ribeira-at-dusk.jpg.webp')
  expect(webp.headers()['content-type']).toBe('image/webp')

  await first.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Photo viewer' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByText('Photo 1 of 5')).toBeVisible()
  await expect(dialog.getByRole('img')).toHaveAttribute('src', '/gallery/1600/uploads/porto/ribeira-at-dusk.jpg.webp')
  await expect(dialog.getByText('The evening before')).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expect(dialog.getByText('Photo 2 of 5')).toBeVisible()
  await expect(dialog.getByRole('link', { name: 'Open the full image' })).toHaveAttribute('href', '/uploads/porto/the-room-before-the-talks.jpg')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowLeft')
  await expect(dialog.getByText('Photo 5 of 5')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(first).toBeFocused()

  // The buttons do the same, and Close returns focus too.
  await thumbnails.nth(2).click()
  await expect(dialog.getByText('Photo 3 of 5')).toBeVisible()
  await dialog.getByRole('button', { name: 'Next' }).click()
  await expect(dialog.getByText('Photo 4 of 5')).toBeVisible()
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
  await expect(thumbnails.nth(2)).toBeFocused()
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('every thumbnail is a link to the image itself', async ({ page }) => {
    await page.goto(PORTO_POST)
    const links = page.getByRole('region', { name: /The meetup in pictures/ }).getByRole('listitem').getByRole('link')
    expect(await links.evaluateAll((all) => all.map((link) => link.getAttribute('href')))).toEqual([
      '/uploads/porto/ribeira-at-dusk.jpg',
      '/uploads/porto/the-room-before-the-talks.jpg',
      '/uploads/porto/questions-from-the-back.jpg',
      '/uploads/porto/stickers-on-the-table.jpg',
      '/uploads/porto/walking-to-dinner.jpg',
    ])
    const response = await page.request.get('/uploads/porto/ribeira-at-dusk.jpg')
    expect(response.headers()['content-type']).toBe('image/jpeg')
  })
})

test("the lightbox's code loads on pages with a gallery only", async ({ page }) => {
  const scriptsOf = async (path: string) => {
    const bodies: string[] = []
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') bodies.push(response.url())
    })
    await page.goto(path)
    await page.waitForLoadState('networkidle')
    const texts = await Promise.all(bodies.map(async (url) => (await page.request.get(url)).text()))
    page.removeAllListeners('response')
    return texts.join('\n')
  }
  expect(await scriptsOf(PORTO_POST)).toContain('Photo viewer')
  expect(await scriptsOf(PLAIN_POST)).not.toContain('Photo viewer')
  expect(await scriptsOf('/speakers/')).not.toContain('Photo viewer')
})
