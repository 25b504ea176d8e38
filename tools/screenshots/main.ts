/**
 * `npm run screenshots`: pictures the showcase pages (tools/screenshots/showcase.ts) on a phone and a
 * desktop, light and dark, into docs/screenshots/<page>-<viewport>-<theme>.png.
 *
 *   npm run screenshots                                   builds the site, serves it, takes them
 *   npm run screenshots -- --base-url http://127.0.0.1:3000   uses a site that is already running
 *   npm run screenshots -- --port 4310                    serves the build on that port (default 3290)
 *
 * Uses Debian's Chromium with the flags the e2e tests use. PNGs are palette-compressed with sharp.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import sharp from 'sharp'
import { chromiumArgs, chromiumPath, ensureChromium } from '../shared/system-packages'
import { stopServer, waitForServer } from '../shared/scratch'
import { SHOWCASE_PAGES, SHOWCASE_THEMES, SHOWCASE_VIEWPORTS } from './showcase'

const OUT_DIR = join('docs', 'screenshots')
const DIST_DIR = '.next-screenshots'

function option(name: string): string | undefined {
  const args = process.argv.slice(2)
  const inline = args.find((arg) => arg.startsWith(`--${name}=`))
  if (inline) return inline.slice(name.length + 3)
  const index = args.indexOf(`--${name}`)
  return index >= 0 ? args[index + 1] : undefined
}

/** Builds the site and serves it; returns the server process (its own process group). */
async function serve(port: number): Promise<ChildProcess> {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', RECAP_DIST_DIR: DIST_DIR, SITE_URL: `http://127.0.0.1:${port}` }
  console.log(`Building into ${DIST_DIR}…`)
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env })
  if (build.status !== 0) throw new Error('next build failed')
  const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], { stdio: 'ignore', env, detached: true })
  await waitForServer(`http://127.0.0.1:${port}/`, server, 60_000)
  return server
}

async function main() {
  if (!ensureChromium()) process.exit(1)
  const given = option('base-url')
  const port = Number(option('port') ?? 3290)
  const server = given ? undefined : await serve(port)
  const baseUrl = (given ?? `http://127.0.0.1:${port}`).replace(/\/+$/, '')
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
  mkdirSync(OUT_DIR, { recursive: true })
  try {
    for (const viewport of SHOWCASE_VIEWPORTS) {
      for (const theme of SHOWCASE_THEMES) {
        const context = await browser.newContext({
          viewport: { width: viewport.width, height: viewport.height },
          colorScheme: theme,
          reducedMotion: 'reduce',
        })
        const page = await context.newPage()
        for (const { name, path } of SHOWCASE_PAGES) {
          await page.goto(baseUrl + path, { waitUntil: 'networkidle' })
          // A full-page picture shows what is below the fold: load the lazy images, and the fonts.
          await page.evaluate(async () => {
            for (const image of document.images) image.loading = 'eager'
            await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)))
            await document.fonts.ready
          })
          // A full-page capture resizes the page for a moment, and images with a srcset may pick a
          // wider candidate then, showing blank while it loads: capture once to let that happen,
          // settle the network, decode, and keep the second picture.
          await page.screenshot({ fullPage: true })
          await page.waitForLoadState('networkidle')
          await page.evaluate(() => Promise.all([...document.images].map((image) => image.decode().catch(() => undefined))))
          const png = await page.screenshot({ fullPage: true })
          const file = join(OUT_DIR, `${name}-${viewport.name}-${theme}.png`)
          writeFileSync(file, await sharp(png).png({ palette: true, quality: 90, effort: 10 }).toBuffer())
          console.log(`wrote ${file}`)
        }
        await context.close()
      }
    }
  } finally {
    await browser.close()
    stopServer(server)
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
