import { spawnSync, type ChildProcess } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// What a fresh clone has: build output, test output and local caches stay behind.
const LEFT_OUT = new Set(['node_modules', '.git', '.next', 'out', 'tmp', 'test-results', 'playwright-report', 'blob-report', 'bench'])

/**
 * Copies the project into a new temporary folder as a fresh clone would have it, with
 * node_modules hard-linked (instant, and Turbopack accepts hard links where it refuses a
 * symlinked node_modules). Returns the copy's path; the caller removes it.
 */
export function makeScratchCopy(projectDir: string, prefix: string): string {
  const copy = mkdtempSync(join(tmpdir(), prefix))
  for (const entry of readdirSync(projectDir)) {
    if (LEFT_OUT.has(entry) || entry.startsWith('.next-')) continue
    cpSync(join(projectDir, entry), join(copy, entry), { recursive: true })
  }
  const linked = spawnSync('cp', ['-al', join(projectDir, 'node_modules'), join(copy, 'node_modules')], { stdio: 'inherit' })
  if (linked.status !== 0) cpSync(join(projectDir, 'node_modules'), join(copy, 'node_modules'), { recursive: true })
  return copy
}

/** A port to listen on: `wanted` when given (and free), else one the system picks. */
export async function freePort(wanted = 0): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(wanted, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : wanted
      server.close(() => resolvePort(port))
    })
  })
}

/** Waits until `url` answers below 500, or throws when the server exits or `timeoutMs` passes. */
export async function waitForServer(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) })
      if (response.status < 500) return
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 250))
  }
  throw new Error(`no answer from ${url} after ${timeoutMs / 1000} s`)
}

/** Ends a server started with `detached: true`, and its children (next start forks its own). */
export function stopServer(server: ChildProcess | undefined): void {
  if (server?.pid && server.exitCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM')
    } catch {
      // Already gone.
    }
  }
}
