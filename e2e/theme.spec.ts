import { test, expect } from '@playwright/test'

const POST = '/2019/05/27/kubecon-eu-2019-in-barcelona-what-we-took-home/'

test.describe('light and dark', () => {
  test('follows the system until the reader chooses, then remembers the choice', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto('/')
    const html = page.locator('html')
    await expect(html).not.toHaveAttribute('data-theme')
    const toggle = page.getByRole('button', { name: 'Dark theme' })
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')

    await toggle.click()
    await expect(html).toHaveAttribute('data-theme', 'light')
    await expect(toggle).toHaveAttribute('aria-pressed', 'false')

    // Another page, the system still dark: the choice holds.
    await page.goto(POST)
    await expect(html).toHaveAttribute('data-theme', 'light')
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false')
  })

  test('applies a stored choice before the body is parsed, so it never flashes', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.addInitScript(() => {
      localStorage.setItem('recap-theme', 'dark')
      // Record the theme at the moment <body> first exists: before anything of it can be painted.
      new MutationObserver((_, observer) => {
        if (!document.body) return
        ;(window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset.theme
        observer.disconnect()
      }).observe(document, { childList: true, subtree: true })
    })
    await page.goto('/')
    expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('dark')
  })

  test('ignores an unreadable stored value', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('recap-theme', 'purple'))
    await page.goto('/')
    await expect(page.locator('html')).not.toHaveAttribute('data-theme')
  })
})

test.describe('keyboard', () => {
  test('the first Tab reaches the skip link, which moves focus to the main content', async ({ page }) => {
    await page.goto(POST)
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to content' })
    await expect(skip).toBeFocused()
    await expect(skip).toBeInViewport()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/#main$/)
    // The next Tab starts inside <main>, past the header.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true)
  })

  test('focus is visible on links and buttons', async ({ page }) => {
    await page.goto('/')
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab')
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!)
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) }
      })
      expect(outline.style).not.toBe('none')
      expect(outline.width).toBeGreaterThanOrEqual(2)
    }
  })
})

test('tables and code blocks scroll inside the column on a 320 px phone, never the page', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  for (const path of ['/', POST, '/2019/06/14/how-we-write-a-meetup-recap-in-an-evening/', '/2019/06/11/bringing-a-hugo-blog-along/', '/events/', '/tags/']) {
    await page.goto(path)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0)
  }
})

test('motion stops for readers who ask for less', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto('/')
  const duration = await page.locator('.post-card').first().evaluate((card) => getComputedStyle(card).transitionDuration)
  expect(duration.split(',').every((value) => parseFloat(value) < 0.001)).toBe(true)
})

test('a post prints as its text: no navigation, and outside links show their address', async ({ page }) => {
  await page.goto('/2019/06/11/bringing-a-hugo-blog-along/')
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' })
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'More posts' })).toBeHidden()
  await expect(page.getByRole('contentinfo')).toBeHidden()
  // Ink on paper, whatever the screen theme.
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)')
  const after = await page.evaluate(() => {
    const link = document.createElement('a')
    link.href = 'https://example.com/talk'
    link.textContent = 'a talk'
    document.querySelector('.prose')!.append(link)
    return getComputedStyle(link, '::after').content
  })
  expect(after).toBe('" (https://example.com/talk)"')
})
