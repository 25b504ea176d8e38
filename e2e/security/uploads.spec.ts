import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect, type Page } from '@playwright/test'
import { fileContentSecurityPolicy, headersFile, securityHeaders } from '../../lib/security-headers.mjs'
import { guardPage } from '../support/guard'
import { stopServer, waitForServer } from '../../tools/shared/scratch'

// SVG, HTML and XML files that run script when opened (tests/fixtures/hostile/uploads), served as
// if `npm run check` had been skipped: by `next start` (the security server drops them into its
// public/ after the build) and by a static host reading the export's _headers file. Opened
// directly, on the site's origin, none may run a script, load anything from elsewhere, or leave.
const UPLOADS = join(process.cwd(), 'tests', 'fixtures', 'hostile', 'uploads')
const FILES = ['evil.svg', 'EVIL.SVG', 'evil.html', 'evil.xhtml', 'evil.xml']
// The same files asked for the ways a URL can be bent: an escaped dot, a query, a dot segment.
const VARIANTS = [
  '/uploads/hostile/evil%2Esvg',
  '/uploads/hostile/evil.%73vg',
  '/uploads/hostile/%65vil.SVG',
  '/uploads/hostile/evil.svg?download=0',
  '/uploads/hostile/./evil.svg',
  '/uploads//hostile/evil.svg',
  '/uploads/hostile/evil.svg/',
  '/uploads/hostile/evil.html#x',
]
// Where the static host of this spec listens (the E2E port base moves it with the others).
const STATIC_PORT = Number(process.env.E2E_PORT_BASE ?? 3210) + 80

type Opened = { status: number | undefined; csp: string | undefined; problems: string[]; blocked: string[] }

async function openDirectly(page: Page, origin: string, path: string): Promise<Opened> {
  const guard = await guardPage(page, origin)
  const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' })
  // Give a payload's timers, refreshes and redirects time to fire.
  await page.waitForTimeout(1500)
  // The browser's reports of what it blocked are the sandbox at work; anything else is a problem.
  const problems = await guard.problems({ blockedByBrowser: true })
  const blocked = guard.console.filter((line) => /sandboxed|Content Security Policy/.test(line))
  return { status: response?.status(), csp: response?.headers()['content-security-policy'], problems, blocked }
}

/** A file served with the sandbox and running nothing; a bent URL may instead find nothing at all. */
function expectInert(result: Opened, path: string, { mayBeMissing = false } = {}): void {
  if (mayBeMissing && (result.status === 404 || result.status === 308)) return
  expect(result.status, path).toBe(200)
  expect(result.csp?.split(',').map((policy) => policy.trim()), path).toContain(fileContentSecurityPolicy())
  expect(result.problems, path).toEqual([])
  // The files hold scripts: the browser saw them and refused to run them.
  expect(result.blocked.length, path).toBeGreaterThan(0)
}

test.describe('uploads that run script, under next start', () => {
  for (const path of [...FILES.map((name) => `/uploads/hostile/${name}`), ...VARIANTS]) {
    test(`${path} opened directly runs nothing`, async ({ page, baseURL }) => {
      expectInert(await openDirectly(page, new URL(baseURL!).origin, path), path, { mayBeMissing: VARIANTS.includes(path) })
    })
  }
})

test.describe('uploads that run script, on a static host with the export\'s _headers', () => {
  let root: string
  let server: ChildProcess
  test.beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'recap-static-uploads-'))
    mkdirSync(join(root, 'uploads', 'hostile'), { recursive: true })
    for (const name of readdirSync(UPLOADS)) if (name !== 'README.md') cpSync(join(UPLOADS, name), join(root, 'uploads', 'hostile', name))
    // What tools/static-export/build.ts writes into the export.
    writeFileSync(join(root, '_headers'), headersFile(securityHeaders({ isProduction: true }), [], readdirSync(join(root, 'uploads', 'hostile')).filter((name) => /\.html?$/i.test(name)).map((name) => `uploads/hostile/${name}`)))
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>export</title>')
    server = spawn('node', ['tools/static-export/serve.mjs', root, String(STATIC_PORT)], { stdio: 'ignore', detached: true })
    await waitForServer(`http://127.0.0.1:${STATIC_PORT}/`, server, 20_000)
  })
  test.afterAll(() => {
    stopServer(server)
    rmSync(root, { recursive: true, force: true })
  })

  for (const path of [...FILES.map((name) => `/uploads/hostile/${name}`), ...VARIANTS]) {
    test(`${path} opened directly runs nothing`, async ({ page }) => {
      expectInert(await openDirectly(page, `http://127.0.0.1:${STATIC_PORT}`, path), path, { mayBeMissing: VARIANTS.includes(path) })
    })
  }
})

test('the same files served without those headers do run: the checks above can fail', async ({ context }) => {
  const origin = 'http://uploads.test'
  for (const [name, contentType] of [['evil.svg', 'image/svg+xml'], ['evil.html', 'text/html']]) {
    const page = await context.newPage()
    await page.route(`${origin}/uploads/${name}`, (route) => route.fulfill({ contentType, body: readFileSync(join(UPLOADS, name)) }))
    const result = await openDirectly(page, origin, `/uploads/${name}`)
    expect(result.problems, name).toEqual(expect.arrayContaining([expect.stringMatching(/^script ran: /), expect.stringMatching(/^(request elsewhere|navigation off the site): https:\/\/evil\.example\//)]))
    await page.close()
  }
})
