import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test'
import { chromiumArgs, chromiumPath } from './tools/shared/system-packages'

/**
 * End-to-end tests in Debian's Chromium against real servers, one per kind of build:
 *   site      e2e/*.spec.ts            `next build`, the search index, `next start` (production: drafts hidden)
 *   preview   e2e/preview/*.spec.ts    a preview build (RECAP_PREVIEW=1: drafts shown, noindex)
 *   static    e2e/static/*.spec.ts     `npm run build:static`, out/ served by a plain static server
 *   dev       e2e/dev/*.spec.ts        `next dev`, for live reload
 *   security  e2e/security/*.spec.ts   a production build of the hostile fixtures in tests/fixtures/hostile, in a
 *                                      scratch copy whose public/ also gets uploads that run script
 *   fixtures  e2e/fixtures/*.spec.ts   a production build of tests/fixtures/site (pagination, permalinks, aliases)
 *   bundles   e2e/bundles/*.spec.ts    a production build of tests/fixtures/bundles (page bundles' files, sections)
 *   corpus    e2e/corpus/*.spec.ts     the imported Linkerd blog, served by `npm run test:corpus` (CORPUS_BASE_URL)
 * Only the servers of the projects asked for (`--project`) are built and started.
 * E2E_PORT_BASE moves every port, so runs in two checkouts can share a machine.
 */
const base = Number(process.env.E2E_PORT_BASE ?? 3210)
const env = { NEXT_TELEMETRY_DISABLED: '1', SITE_URL: '' }

type Server = Extract<NonNullable<PlaywrightTestConfig['webServer']>, { command: string }>
const servers: Record<string, { port: number; server: Server }> = {}
function server(name: string, offset: number, command: string, extraEnv: Record<string, string> = {}, options: Partial<Server> = {}) {
  const port = base + offset
  servers[name] = {
    port,
    server: {
      command: command.replaceAll('$PORT', String(port)),
      url: `http://127.0.0.1:${port}/`,
      // A build comes first: on two cores that can take a few minutes.
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      env: { ...env, SITE_URL: `http://127.0.0.1:${port}`, ...extraEnv },
      ...options,
    },
  }
}
// Fixed names (listed in tsconfig.json, which Next would otherwise rewrite for every distDir).
const dist = (name: string) => `.next-e2e-${name}`
server('site', 0, 'npx next build && npx tsx tools/search/main.ts && npx next start -p $PORT -H 127.0.0.1', { RECAP_DIST_DIR: dist('site') })
server('preview', 1, 'npx next build && npx tsx tools/search/main.ts && npx next start -p $PORT -H 127.0.0.1', { RECAP_DIST_DIR: dist('preview'), RECAP_PREVIEW: '1' })
// A static export keeps its build files in .next whatever distDir says (see next.config.js).
server('static', 2, `npx tsx tools/static-export/build.ts && node tools/static-export/serve.mjs ${dist('static')}-out $PORT`, {
  RECAP_STATIC_EXPORT: '1',
  RECAP_DIST_DIR: dist('static'),
  RECAP_EXPORT_DIR: `${dist('static')}-out`,
})
// `next dev` reads a fresh copy of content/, so the live reload spec can edit posts on disk freely.
export const DEV_CONTENT_DIR = 'tmp/e2e-dev-content'
server('dev', 3, `rm -rf ${DEV_CONTENT_DIR} && mkdir -p tmp && cp -R content ${DEV_CONTENT_DIR} && npx next dev -p $PORT -H 127.0.0.1`, {
  RECAP_DIST_DIR: dist('dev'),
  RECAP_CONTENT_DIR: DEV_CONTENT_DIR,
})
// Built in a scratch copy, which then gets uploads that run script in public/ (see the script).
server('security', 4, 'npx tsx e2e/support/serve-hostile-site.ts $PORT', {}, { gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 } })

server('fixtures', 5, 'npx next build && npx tsx tools/search/main.ts && npx next start -p $PORT -H 127.0.0.1', {
  RECAP_DIST_DIR: dist('fixtures'),
  RECAP_CONTENT_DIR: 'tests/fixtures/site/content',
})

server('bundles', 6, 'npx next build && npx next start -p $PORT -H 127.0.0.1', {
  RECAP_DIST_DIR: dist('bundles'),
  RECAP_CONTENT_DIR: 'tests/fixtures/bundles/content',
})

const projects = [
  { name: 'site', testDir: 'e2e', testIgnore: ['preview/**', 'static/**', 'dev/**', 'security/**', 'fixtures/**', 'corpus/**', 'bundles/**'] },
  { name: 'preview', testDir: 'e2e/preview' },
  { name: 'static', testDir: 'e2e/static' },
  { name: 'dev', testDir: 'e2e/dev' },
  { name: 'security', testDir: 'e2e/security' },
  { name: 'fixtures', testDir: 'e2e/fixtures' },
  { name: 'bundles', testDir: 'e2e/bundles' },
  { name: 'corpus', testDir: 'e2e/corpus' },
]

// Which projects this run asked for: `--project a --project=b`, or all.
const argv = process.argv.slice(2)
const asked = argv.flatMap((arg, i) =>
  arg.startsWith('--project=') ? [arg.slice('--project='.length)] : arg === '--project' ? [argv[i + 1]] : [],
)
// The corpus project runs only against the server `npm run test:corpus` started (CORPUS_BASE_URL,
// which its worker processes see too: they read this file again without the --project arguments).
const selected = projects.filter((project) => (asked.length === 0 && (project.name !== 'corpus' || process.env.CORPUS_BASE_URL)) || asked.includes(project.name))

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  // Two cores: the servers need one.
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
    trace: 'retain-on-failure',
  },
  projects: selected.map((project) => ({
    ...project,
    use: { baseURL: servers[project.name] ? `http://127.0.0.1:${servers[project.name].port}` : process.env.CORPUS_BASE_URL },
  })),
  webServer: selected.flatMap((project) => servers[project.name]?.server ?? []),
})
