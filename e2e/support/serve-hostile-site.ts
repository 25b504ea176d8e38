/**
 * `npx tsx e2e/support/serve-hostile-site.ts <port>`: the `security` Playwright project's server.
 * It builds tests/fixtures/hostile/content (and its search index) in a scratch copy of the project, then, as if
 * `npm run check` had been skipped, drops the uploads of tests/fixtures/hostile/uploads (SVG, HTML
 * and XML that run script) into the copy's public/uploads/hostile/, and serves it with
 * `next start`: the specs prove the headers alone keep those files from running. The copy goes
 * when the server is stopped.
 */
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { makeScratchCopy } from '../../tools/shared/scratch'

const port = process.argv[2]
if (!port) {
  console.error('usage: npx tsx e2e/support/serve-hostile-site.ts <port>')
  process.exit(2)
}
const project = process.cwd()
const scratch = makeScratchCopy(project, 'recap-e2e-security-')
const cleanup = () => rmSync(scratch, { recursive: true, force: true })
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', RECAP_CONTENT_DIR: 'tests/fixtures/hostile/content', RECAP_DIST_DIR: '.next-e2e-security' }

// The build, then the search index (npm run build's two steps).
for (const step of [['next', 'build'], ['tsx', 'tools/search/main.ts']]) {
  const run = spawnSync('npx', step, { cwd: scratch, env, stdio: ['ignore', 'ignore', 'inherit'] })
  if (run.status !== 0) {
    cleanup()
    process.exit(run.status ?? 1)
  }
}
const uploads = join(project, 'tests', 'fixtures', 'hostile', 'uploads')
const served = join(scratch, 'public', 'uploads', 'hostile')
mkdirSync(served, { recursive: true })
for (const name of readdirSync(uploads)) if (name !== 'README.md') cpSync(join(uploads, name), join(served, name))

// In this process's group, so stopping the group (Playwright does) stops it too.
const server = spawn('npx', ['next', 'start', '-p', port, '-H', '127.0.0.1'], { cwd: scratch, env, stdio: 'inherit' })
server.on('exit', (code) => {
  cleanup()
  process.exit(code ?? 0)
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.kill(signal)
    // `next start` exits at once; the copy goes with it (see 'exit' above), else after a moment.
    setTimeout(() => {
      cleanup()
      process.exit(0)
    }, 5000).unref()
  })
}
