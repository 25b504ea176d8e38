import type { Page } from '@playwright/test'

/** The JSON-LD nodes of the page: each block's object, or the nodes of its `@graph`. */
export async function jsonLdNodes(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
  return blocks.flatMap((text) => {
    const data = JSON.parse(text) as Record<string, unknown>
    return Array.isArray(data['@graph']) ? (data['@graph'] as Record<string, unknown>[]) : [data]
  })
}
