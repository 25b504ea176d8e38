import { expect, type Page } from '@playwright/test'
import { consoleProblems, thirdPartyRequests, watchPage, type Watch } from './watch'

/**
 * The browser check every security spec uses: from the moment it is installed until `expectClean`,
 * a page fails on
 *   - any uncaught exception (`pageerror`) and any console error (React's hydration error #418 included),
 *   - any request to another origin (and it is stopped before it leaves), data: URLs aside,
 *   - any navigation of the page itself off the site (a meta refresh, `location = …`),
 *   - any script that is not the site's own running: a dialog (alert, confirm, prompt), a console
 *     line or document title saying PWNED, or a write to `window.__pwned`, which every hostile
 *     payload in tests/fixtures/hostile makes,
 *   - any Content-Security-Policy violation the page reports.
 */
export type Guard = Watch & {
  /** Pages of other origins the page itself went to (or tried to). */
  offsite: string[]
  /** Requests the browser itself refused for the page's policy (net::ERR_BLOCKED_BY_CSP): they never left. */
  blockedByPolicy: string[]
  /** Everything above that happened, one line each; [] when the page was clean. */
  problems: (options?: GuardOptions) => Promise<string[]>
  /** Fails the test, listing every problem, unless there is none. */
  expectClean: (options?: GuardOptions) => Promise<void>
}

/**
 * `expected404`: the browser's line for a page that is meant to be a 404 is no problem.
 * `blockedByBrowser`: for a document that tries everything and is stopped by its headers (an
 * upload opened directly), the browser's own reports that it blocked something (a sandboxed
 * script, a policy violation) and the requests it refused are the defence working, not problems.
 */
export type GuardOptions = { expected404?: boolean; blockedByBrowser?: boolean }

// What Chromium logs when the sandbox or the policy stops something.
const BLOCKED_BY_BROWSER = [
  /Blocked script execution in '.*' because the document's frame is sandboxed/,
  /Refused to execute .* The document is sandboxed/,
  /violates the following Content Security Policy directive: .* has been blocked/s,
  /Unsafe attempt to load URL .* from frame with URL .*\. Domains, protocols and ports must match/s,
  /XSLTProcessor and XSLT Processing Instructions have been deprecated/,
]

/** Installs the guard on `page` before it navigates; `origin` is the site's (http://127.0.0.1:4614). */
export async function guardPage(page: Page, origin: string): Promise<Guard> {
  const watch = await watchPage(page)
  const offsite: string[] = []
  const blockedByPolicy: string[] = []
  page.on('requestfailed', (request) => {
    // Chromium's name for it, or Playwright's (newer versions report a CSP block as 'csp').
    if (['net::ERR_BLOCKED_BY_CSP', 'csp'].includes(request.failure()?.errorText ?? '')) blockedByPolicy.push(request.url())
  })
  // Stopped at the network: nothing leaves the site, and a navigation elsewhere fails visibly.
  // Specs that answer for a player (youtube-nocookie) add their own route later, which wins.
  await page.route(
    (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => {
      if (route.request().isNavigationRequest() && route.request().frame() === page.mainFrame()) offsite.push(route.request().url())
      return route.abort('blockedbyclient')
    },
  )
  page.on('framenavigated', (frame) => {
    const url = frame.url()
    if (frame === page.mainFrame() && /^https?:/.test(url) && new URL(url).origin !== origin) offsite.push(url)
  })
  const problems = async (options: GuardOptions = {}) => {
    const title = await page.title().catch(() => '')
    const isBlockReport = (line: string) => options.blockedByBrowser === true && BLOCKED_BY_BROWSER.some((pattern) => pattern.test(line))
    const refused = new Set(options.blockedByBrowser ? blockedByPolicy : [])
    return [
      ...watch.errors.map((error) => `exception: ${error}`),
      ...consoleProblems(watch, options).filter((line) => !isBlockReport(line)).map((line) => `console ${line}`),
      ...watch.console.filter((line) => /PWNED/.test(line)).map((line) => `script ran: console ${line}`),
      ...watch.dialogs.map((dialog) => `script ran: ${dialog}`),
      ...(await watch.pwned()).map((value) => `script ran: window.__pwned = ${value}`),
      ...(/PWNED/.test(title) ? [`script ran: document.title = ${title}`] : []),
      ...thirdPartyRequests(watch, origin).filter((url) => !refused.has(url)).map((url) => `request elsewhere: ${url}`),
      ...offsite.map((url) => `navigation off the site: ${url}`),
      ...(await watch.violations()).map((violation) => `CSP violation: ${violation}`),
    ]
  }
  return {
    ...watch,
    offsite,
    blockedByPolicy,
    problems,
    expectClean: async (options) => expect(await problems(options), `what happened on ${page.url()}`).toEqual([]),
  }
}
