import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { listFiles } from './files'

/**
 * Adds files to the server functions' file traces (`<distDir>/server/**\/*.nft.json`, what
 * `next start --standalone` and Vercel's builder copy into each function). Turbopack resolves
 * `outputFileTracingIncludes` while it compiles, before the build's content step has written
 * `<distDir>/recap/`, so the step adds its own output here once written.
 */
export function addToFileTraces(distDir: string, dir: string, routes: readonly string[]): number {
  const files = listFiles(dir).map((file) => join(dir, file))
  let patched = 0
  for (const route of routes) {
    const traceFile = join(distDir, 'server', `${route}.js.nft.json`)
    if (!existsSync(traceFile)) continue
    const trace = JSON.parse(readFileSync(traceFile, 'utf8')) as { version: number; files: string[] }
    const base = join(traceFile, '..')
    const all = new Set(trace.files)
    for (const file of files) all.add(relative(base, file))
    writeFileSync(traceFile, JSON.stringify({ ...trace, files: [...all] }))
    patched++
  }
  return patched
}
