import { test, expect } from '@playwright/test'

// Old addresses keep working: a Hugo post's permalink, its `aliases`, and paths typed without the
// final slash. The shared corpus (npm run test:corpus) checks the same on 73 real posts.
const post = '/2019/06/11/bringing-a-hugo-blog-along/'

test('an alias is a static redirect page that leads to the post', async ({ page, request }) => {
  // What a static host would serve: a page of its own, not an HTTP redirect.
  const response = await request.get('/blog/bringing-hugo-along/', { maxRedirects: 0 })
  expect(response.status()).toBe(200)
  const html = await response.text()
  expect(html).toMatch(new RegExp(`<meta http-equiv="refresh" content="0; url=${post}"`))
  expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${post}"`))
  expect(html).toMatch(/<meta name="robots" content="noindex"/)

  await page.goto('/blog/bringing-hugo-along/')
  await expect(page).toHaveURL(new RegExp(`${post}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bringing a Hugo blog along')
})

test('a path whose last segment has a dot keeps its final slash, as Hugo wrote it', async ({ request }) => {
  const response = await request.get('/2019/06/11/moving-from-hugo-0.111/', { maxRedirects: 0 })
  expect(response.status()).toBe(200)
  expect(await response.text()).toContain(`url=${post}`)
})

test('a path typed without its final slash is redirected to it', async ({ request }) => {
  const response = await request.get(post.slice(0, -1), { maxRedirects: 0 })
  expect(response.status()).toBe(308)
  expect(response.headers().location).toBe(post)
  const blog = await request.get('/blog', { maxRedirects: 0 })
  expect(blog.headers().location).toBe('/blog/')
})

test('the blog index links every post at its permalink, final slash included', async ({ page }) => {
  await page.goto('/blog/')
  await expect(page.getByRole('link', { name: 'Bringing a Hugo blog along' })).toHaveAttribute('href', post)
})
