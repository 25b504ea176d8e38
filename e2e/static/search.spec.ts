import { test, expect } from '@playwright/test'

test('the static export searches from its own out/pagefind/, with no request to another origin', async ({ page, baseURL }) => {
  const elsewhere: string[] = []
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:')) elsewhere.push(request.url())
  })
  await page.goto('/')
  await page.getByRole('searchbox', { name: 'Search' }).fill('Barcelona')
  await page.getByRole('searchbox', { name: 'Search' }).press('Enter')
  await expect(page).toHaveURL(/\/search\/\?q=Barcelona$/)
  await expect(page.locator('[data-component="search"] ol > li h2').first()).toHaveText('KubeCon EU 2019 in Barcelona: what we took home')
  expect(elsewhere).toEqual([])
})

test("only /search/ and the index get the CSP with 'wasm-unsafe-eval' from _headers", async ({ request }) => {
  const csp = async (path: string) => (await request.get(path)).headers()['content-security-policy']
  expect(await csp('/search/')).toContain("script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'")
  expect(await csp('/pagefind/pagefind.js')).toContain("'wasm-unsafe-eval'")
  expect(await csp('/pagefind/pagefind-worker.js')).toContain("'wasm-unsafe-eval'")
  for (const path of ['/', '/feed.xml', '/2019/05/27/kubecon-eu-2019-in-barcelona-what-we-took-home/']) expect(await csp(path), path).not.toContain('wasm')
  // Other builds' indexes (public/pagefind-*) were not shipped.
  expect((await request.get('/pagefind-next-e2e-site/pagefind.js')).status()).toBe(404)
})
