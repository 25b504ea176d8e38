import { expect, type Page } from '@playwright/test'

/** What a page did while the spec watched it. */
export type Watch = {
  /** Every request the page made, as URLs. */
  requests: URL[]
  /** Console messages: `error: …`, `warning: …`, `log: …`. */
  console: string[]
  /** Uncaught exceptions. */
  errors: string[]
  /** alert(), confirm() and prompt() calls (dismissed). */
  dialogs: string[]
  /** Content-Security-Policy violations the page reported. */
  violations: () => Promise<string[]>
  /** Values anything assigned to window.__pwned (the hostile fixtures' payloads do). */
  pwned: () => Promise<string[]>
}

/**
 * Records everything a page does from now on: requests, console, errors, dialogs, CSP violations
 * (from the `securitypolicyviolation` event, in every frame of the site's origin), and writes to
 * `window.__pwned` (through a setter installed before any script of the page runs).
 */
export async function watchPage(page: Page): Promise<Watch> {
  const watch = { requests: [] as URL[], console: [] as string[], errors: [] as string[], dialogs: [] as string[] }
  page.on('request', (request) => watch.requests.push(new URL(request.url())))
  page.on('console', (message) => watch.console.push(`${message.type()}: ${message.text()}`))
  page.on('pageerror', (error) => watch.errors.push(error.message))
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  await page.addInitScript(() => {
    const state = window as unknown as { __recapViolations: string[]; __recapPwned: string[] }
    // A page watched twice (a guard per visited path) runs this twice: the first one holds.
    if (Array.isArray(state.__recapPwned)) return
    state.__recapViolations = []
    state.__recapPwned = []
    document.addEventListener('securitypolicyviolation', (event) => {
      state.__recapViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`)
    })
    Object.defineProperty(window, '__pwned', {
      configurable: false,
      get: () => undefined,
      set: (value: unknown) => {
        state.__recapPwned.push(String(value))
      },
    })
  })
  const read = (key: '__recapViolations' | '__recapPwned') => () =>
    page.evaluate((name) => (window as unknown as Record<string, string[]>)[name] ?? [], key).catch(() => [] as string[])
  return { ...watch, violations: read('__recapViolations'), pwned: read('__recapPwned') }
}

/** Scrolls to the bottom and back, so lazy images load, then waits for the network to settle. */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y)
      await new Promise((resolve) => setTimeout(resolve, 30))
    }
    window.scrollTo(0, 0)
  })
  await page.waitForLoadState('networkidle')
}

/** Requests that left the site's origin (none may, before a reader clicks a player). */
export function thirdPartyRequests(watch: Watch, origin: string): string[] {
  return watch.requests.filter((url) => url.origin !== origin && url.protocol !== 'data:').map((url) => url.href)
}

/** Console errors and warnings, without the 404 the browser logs for a page that is meant to be one. */
export function consoleProblems(watch: Watch, { expected404 }: { expected404?: boolean } = {}): string[] {
  return watch.console.filter((line) => /^(error|warning):/.test(line) && !(expected404 && /status of 404/.test(line)))
}

/** Asserts the page ran under the CSP without a violation, a console error, an exception or a request elsewhere. */
export async function expectCleanPage(page: Page, watch: Watch, origin: string, options: { expected404?: boolean } = {}): Promise<void> {
  expect(await watch.violations(), `CSP violations on ${page.url()}`).toEqual([])
  expect(consoleProblems(watch, options), `console on ${page.url()}`).toEqual([])
  expect(watch.errors, `exceptions on ${page.url()}`).toEqual([])
  expect(thirdPartyRequests(watch, origin), `requests elsewhere from ${page.url()}`).toEqual([])
}

/**
 * Clicks a click-to-play poster until its player is in the page: a click that lands while React is
 * still hydrating that part of the page does nothing, and the reader simply clicks again.
 */
export async function startPlayer(page: Page, poster: string, frameSource: string): Promise<void> {
  const frame = page.locator(`iframe[src^="${frameSource}"]`)
  await expect(async () => {
    if ((await frame.count()) === 0) await page.getByRole('button', { name: poster }).click({ timeout: 2_000 })
    await expect(frame).toBeAttached({ timeout: 1_000 })
  }).toPass({ timeout: 15_000 })
}
