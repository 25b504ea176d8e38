import { test, expect } from '@playwright/test'

const POST = '/2019/05/27/kubecon-eu-2019-in-barcelona-what-we-took-home/'
const SERIES_POST = '/2019/06/14/how-we-write-a-meetup-recap-in-an-evening/'

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1280, height: 800 } })

  test('the contents sit beside the text, link to every section, and mark the one being read', async ({ page }) => {
    await page.goto(POST)
    // The marking starts once the page's code runs.
    await page.waitForLoadState('networkidle')
    const toc = page.getByRole('navigation', { name: 'Contents' })
    await expect(toc).toHaveAttribute('data-component', 'table-of-contents')
    const links = toc.getByRole('link')
    await expect(links).toHaveText(['Four days in one table', 'A specification for every mesh', 'Benchmarks, in public', 'The talks', 'Hallway track'])
    const tocBox = (await toc.boundingBox())!
    const proseBox = (await page.locator('.prose').boundingBox())!
    expect(tocBox.x).toBeGreaterThanOrEqual(proseBox.x + proseBox.width)
    await links.nth(2).click()
    await expect(page).toHaveURL(/#benchmarks-in-public$/)
    await expect(page.locator('#benchmarks-in-public')).toBeInViewport()
    await expect(links.nth(2)).toHaveAttribute('aria-current', 'location')
    // Reading on: "The talks" reaches the top of the window.
    await page.evaluate(() => document.getElementById('the-talks')!.scrollIntoView({ block: 'start' }))
    await expect(links.nth(3)).toHaveAttribute('aria-current', 'location')
    // Back up into the first section.
    await page.evaluate(() => document.getElementById('four-days-in-one-table')!.scrollIntoView({ block: 'start' }))
    await expect(links.nth(0)).toHaveAttribute('aria-current', 'location')
    await expect(toc.locator('[aria-current]')).toHaveCount(1)
  })

  test('a post in a series says its place, lists every part, and its series page lists them in order', async ({ page }) => {
    await page.goto(SERIES_POST)
    await expect(page.getByText('Part 2 of 2 in How we publish')).toBeVisible()
    const series = page.locator('[data-component="series-nav"]')
    await expect(series.getByRole('listitem')).toHaveText(['Bringing a Hugo blog along', 'How we write a meetup recap in an evening (this post)'])
    await expect(series.locator('[aria-current="page"]')).toContainText('How we write a meetup recap')
    await series.getByRole('link', { name: 'Bringing a Hugo blog along' }).click()
    await expect(page.getByText('Part 1 of 2 in How we publish')).toBeVisible()
    await page.getByRole('link', { name: 'How we publish' }).first().click()
    await expect(page).toHaveURL(/\/series\/how-we-publish\/$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How we publish')
    await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(['Bringing a Hugo blog along', 'How we write a meetup recap in an evening'])
  })

  test('three related posts close each post, then where to edit it and when it last changed', async ({ page }) => {
    await page.goto(POST)
    const related = page.locator('[data-component="related-posts"]')
    await expect(related.getByRole('heading', { name: 'Read next' })).toBeVisible()
    await expect(related.getByRole('link')).toHaveCount(3)
    // The other recap of an event comes first (shared tag "Events", and an event of its own).
    await expect(related.getByRole('link').first()).toHaveText(/^(The first recap community meetup, in Lisbon|How we write a meetup recap in an evening)$/)
    await expect(related.getByRole('link', { name: 'KubeCon EU 2019 in Barcelona: what we took home' })).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'Edit this post' })).toHaveAttribute('href', 'https://github.com/recap-kit/recap/edit/main/content/posts/kubecon-eu-2019-recap.mdx')
  })

  test('nothing on a post loads from another origin', async ({ page, baseURL }) => {
    const elsewhere: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:')) elsewhere.push(request.url())
    })
    for (const path of [POST, SERIES_POST, '/series/how-we-publish/', '/search/?q=linkerd']) {
      await page.goto(path)
      await page.waitForLoadState('networkidle')
    }
    expect(elsewhere).toEqual([])
  })
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the contents wait folded above the text and open with a tap; the links work without JavaScript', async ({ page }) => {
    await page.goto(POST)
    const toc = page.getByRole('navigation', { name: 'Contents' })
    const toggle = toc.getByText('Contents', { exact: true }).first()
    await expect(toc.getByRole('link').first()).toBeHidden()
    const tocBox = (await toc.boundingBox())!
    const proseBox = (await page.locator('.prose').boundingBox())!
    expect(tocBox.y + tocBox.height).toBeLessThanOrEqual(proseBox.y)
    await toggle.click()
    await expect(toc.getByRole('link')).toHaveCount(5)
    await toc.getByRole('link', { name: 'The talks' }).click()
    await expect(page.locator('#the-talks')).toBeInViewport()
  })

  test('series and related posts read on a phone', async ({ page }) => {
    await page.goto(SERIES_POST)
    const series = page.locator('[data-component="series-nav"]')
    await series.scrollIntoViewIfNeeded()
    await expect(series).toBeInViewport()
    const box = (await series.boundingBox())!
    expect(box.width).toBeLessThanOrEqual(390)
    await expect(page.locator('[data-component="related-posts"]').getByRole('link')).toHaveCount(3)
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } })

  test('the contents link to their sections', async ({ page }) => {
    await page.goto(POST)
    await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Hallway track' }).click()
    await expect(page).toHaveURL(/#hallway-track$/)
    await expect(page.locator('#hallway-track')).toBeInViewport()
  })
})
