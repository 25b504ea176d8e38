import { test, expect, type Page } from '@playwright/test'

const DRAFT = 'Speaker notes we never published'

/** Every request the page makes to another origin (there must be none). */
function otherOrigins(page: Page, baseURL: string): string[] {
  const seen: string[] = []
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(baseURL) && !url.startsWith('data:')) seen.push(url)
  })
  return seen
}

test('the header field searches from any page, and results show title, date and the match marked', async ({ page, baseURL }) => {
  const elsewhere = otherOrigins(page, baseURL!)
  await page.goto('/tags/')
  const field = page.getByRole('search', { name: 'Search' }).getByRole('searchbox', { name: 'Search' })
  await field.fill('Barcelona')
  await field.press('Enter')
  await expect(page).toHaveURL(/\/search\/\?q=Barcelona$/)
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “Barcelona”$/)
  await expect(page.getByText('Search runs in your browser')).toHaveCount(0)
  const first = page.locator('[data-component="search"] ol > li').first()
  await expect(first.getByRole('heading', { level: 2 })).toHaveText('KubeCon EU 2019 in Barcelona: what we took home')
  await expect(first.locator('time')).toHaveText('May 27, 2019')
  await expect(first.locator('mark').first()).toHaveText(/barcelona/i)
  await first.getByRole('link').click()
  await expect(page).toHaveURL(/\/2019\/05\/27\/kubecon-eu-2019-in-barcelona-what-we-took-home\/$/)
  expect(elsewhere).toEqual([])
})

test('filters by tag and by event, and the address says what was searched', async ({ page }) => {
  await page.goto('/search/')
  const search = page.locator('[data-component="search"]')
  await search.getByRole('combobox', { name: 'Tag' }).selectOption('Writing')
  await search.getByRole('button', { name: 'Search' }).click()
  await expect(page).toHaveURL(/\/search\/\?tag=Writing$/)
  await expect(search.locator('ol > li h2')).toHaveText(['How we write a meetup recap in an evening'])
  await page.goto('/search/?event=recap%20community%20meetup%20Lisbon')
  await expect(search.getByRole('combobox', { name: 'Event' })).toHaveValue('recap community meetup Lisbon')
  await expect(search.locator('ol > li h2')).toHaveText(['The first recap community meetup, in Lisbon'])
  await page.goto('/search/?q=Linkerd&event=KubeCon%20%2B%20CloudNativeCon%20Europe%202019')
  await expect(search.locator('ol > li h2')).toHaveText(['KubeCon EU 2019 in Barcelona: what we took home'])
})

test('finds talks and speakers by name, and never a draft in production', async ({ page }) => {
  await page.goto('/search/?q=Lingerfelt')
  // The first search loads Pagefind and its WebAssembly: give a busy machine time.
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “Lingerfelt”$/, { timeout: 20_000 })
  await expect(page.locator('[data-component="search"] ol > li h2')).toContainText(['KubeCon EU 2019 in Barcelona: what we took home'])
  await page.goto('/search/?q=SECRET-DRAFT-MARKER-7f3a')
  await expect(page.getByRole('status')).toHaveText('No results for “SECRET-DRAFT-MARKER-7f3a”')
  await page.goto('/search/?q=never%20published')
  await expect(page.getByRole('status')).toContainText('result')
  await expect(page.getByText(DRAFT)).toHaveCount(0)
})

test('leaves navigation, related posts and contents out of the index: a title found only there finds nothing', async ({ page }) => {
  // "Read next" and the neighbours name other posts' titles; only the posts themselves may match.
  await page.goto('/search/?q=%22first%20recap%20community%20meetup%22')
  await expect(page.locator('[data-component="search"] ol > li h2')).toHaveText(['The first recap community meetup, in Lisbon'])
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the header form still lands on /search/?q=…, which says what to do instead', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('searchbox', { name: 'Search' }).first().fill('SMI')
    await page.getByRole('searchbox', { name: 'Search' }).first().press('Enter')
    await expect(page).toHaveURL(/\/search\/\?q=SMI$/)
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible()
    await expect(page.getByRole('link', { name: 'tags', exact: true })).toHaveAttribute('href', '/tags/')
  })
})

test("the search page's code and pagefind.js load there only, under a CSP that allows WebAssembly there only", async ({ page, request }) => {
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || /pagefind/.test(request.url())) scripts.push(new URL(request.url()).pathname)
  })
  await page.goto('/2019/05/27/kubecon-eu-2019-in-barcelona-what-we-took-home/')
  await page.waitForLoadState('networkidle')
  expect(scripts.filter((path) => /pagefind/.test(path))).toEqual([])
  const postScripts = new Set(scripts)
  scripts.length = 0
  await page.goto('/search/?q=recap')
  await expect(page.getByRole('status')).toContainText('result')
  expect(scripts.some((path) => /\/pagefind[^/]*\/pagefind\.js$/.test(path))).toBe(true)
  // The search page's own chunk is not among the post's.
  expect(scripts.filter((path) => path.startsWith('/_next/') && !postScripts.has(path)).length).toBeGreaterThan(0)
  const csp = async (path: string) => (await request.get(path)).headers()['content-security-policy']
  expect(await csp('/search/')).toContain("'wasm-unsafe-eval'")
  expect(await csp('/')).not.toContain('wasm')
  expect(await csp('/2019/05/27/kubecon-eu-2019-in-barcelona-what-we-took-home/')).not.toContain('wasm')
})
