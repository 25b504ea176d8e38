import { test, expect } from '@playwright/test'

const DRAFT = '/2019/07/02/speaker-notes-we-never-published/'

test('a preview shows the draft, marked as a draft', async ({ page }) => {
  await page.goto('/blog/')
  await page.getByRole('link', { name: 'Speaker notes we never published' }).first().click()
  await expect(page).toHaveURL(new RegExp(`${DRAFT}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Speaker notes we never published')
  await expect(page.getByRole('note')).toHaveText(/^Draft/)
  await expect(page.getByText('SECRET-DRAFT-MARKER-7f3a')).toBeVisible()
})

test('every page of a preview is marked noindex', async ({ request }) => {
  const paths = ['/', '/blog/', '/blog/page/1/', '/tags/', '/tags/writing/', '/authors/sam/', '/events/', DRAFT, '/2019/05/27/kubecon-eu-2019-in-barcelona-what-we-took-home/', '/blog/bringing-hugo-along/']
  for (const path of paths) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    const head = (await response.text()).split('</head>')[0]
    expect([...head.matchAll(/<meta name="robots" content="([^"]*)"/g)].map((match) => match[1]), path).toEqual(['noindex'])
  }
  const missing = await request.get('/no/such/page/')
  expect(missing.status()).toBe(404)
  expect(await missing.text()).toMatch(/<meta name="robots" content="noindex"/)
})

test('a preview asks crawlers to stay out', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toContain('Disallow: /')
  expect(robots).not.toContain('Allow: /')
})
