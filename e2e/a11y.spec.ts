import { test, expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { SHOWCASE_PAGES, SHOWCASE_THEMES, SHOWCASE_VIEWPORTS } from '../tools/screenshots/showcase'

// axe's WCAG 2.0-2.2 A and AA rules, plus its best practices (landmarks, heading order, …).
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

/** Every axe violation on the page, one readable line per element, so a failure says what to fix. */
async function axeViolations(page: Page): Promise<string[]> {
  // Search results arrive after the page: judge the page with them.
  if (new URL(page.url()).pathname === '/search/' && new URL(page.url()).searchParams.get('q')) await expect(page.getByRole('status')).toContainText('result')
  // Fonts change text metrics and so what axe measures: wait for them.
  await page.evaluate(() => document.fonts.ready)
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`),
  )
}

/** Headings as assistive technology lists them (hidden ones included when they are exposed). */
async function headingLevels(page: Page): Promise<{ level: number; text: string }[]> {
  return page.locator('h1, h2, h3, h4, h5, h6, [role="heading"]').evaluateAll((elements) =>
    elements
      .filter((element) => !element.closest('[aria-hidden="true"], [hidden]'))
      .map((element) => ({
        level: Number(element.getAttribute('aria-level') ?? element.tagName.slice(1)),
        text: (element.textContent ?? '').trim(),
      })),
  )
}

/** The page's theme in force, from what the body is painted with. */
async function isPaintedDark(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128
  })
}

for (const viewport of SHOWCASE_VIEWPORTS) {
  test.describe(`${viewport.name} (${viewport.width}x${viewport.height})`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } })

    for (const { name, path } of SHOWCASE_PAGES) {
      for (const theme of SHOWCASE_THEMES) {
        test(`${name}: no axe violations with the system in ${theme}`, async ({ page }) => {
          await page.emulateMedia({ colorScheme: theme })
          await page.goto(path)
          expect(await isPaintedDark(page)).toBe(theme === 'dark')
          expect(await axeViolations(page)).toEqual([])
        })

        const other = theme === 'light' ? 'dark' : 'light'
        test(`${name}: no axe violations after the toggle switches from ${theme} to ${other}`, async ({ page }) => {
          await page.emulateMedia({ colorScheme: theme })
          await page.goto(path)
          const toggle = page.getByRole('button', { name: 'Dark theme' })
          await expect(toggle).toHaveAttribute('aria-pressed', String(theme === 'dark'))
          await toggle.click()
          await expect(toggle).toHaveAttribute('aria-pressed', String(other === 'dark'))
          expect(await isPaintedDark(page)).toBe(other === 'dark')
          expect(await axeViolations(page)).toEqual([])
        })
      }

      test(`${name}: one h1 first, and headings never skip a level`, async ({ page }) => {
        await page.goto(path)
        const headings = await headingLevels(page)
        expect(headings[0]?.level, 'the first heading is the h1').toBe(1)
        expect(headings.filter((heading) => heading.level === 1)).toHaveLength(1)
        for (let i = 1; i < headings.length; i++) {
          expect(headings[i].level, `"${headings[i].text}" follows "${headings[i - 1].text}"`).toBeLessThanOrEqual(headings[i - 1].level + 1)
        }
      })
    }
  })
}

test('the gallery lightbox, open, in both themes on a phone and a desktop: no axe violations', async ({ page }) => {
  test.setTimeout(120_000)
  for (const viewport of SHOWCASE_VIEWPORTS) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height })
    for (const theme of SHOWCASE_THEMES) {
      await page.emulateMedia({ colorScheme: theme })
      await page.goto('/2019/05/13/our-second-meetup-in-porto-four-talks-and-a-river/')
      await page.getByRole('region', { name: /The meetup in pictures/ }).getByRole('link').first().click()
      await expect(page.getByRole('dialog', { name: 'Photo viewer' })).toBeVisible()
      expect(await axeViolations(page), `${viewport.name} ${theme}`).toEqual([])
    }
  }
})

test('every post on a phone, light and dark: no axe violations (code and tables scroll by keyboard too)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/blog/')
  const paths = await page
    .getByRole('article')
    .getByRole('heading')
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))
  expect(paths.length).toBeGreaterThan(0)
  for (const theme of SHOWCASE_THEMES) {
    await page.emulateMedia({ colorScheme: theme })
    for (const path of paths) {
      await page.goto(path)
      expect(await axeViolations(page), `${path} in ${theme}`).toEqual([])
    }
  }
})
