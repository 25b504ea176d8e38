import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

/**
 * Reads what `vercel build` wrote to .vercel/output (Vercel's Build Output API v3): the routes and
 * headers of config.json, each function's files (`.vc-config.json` filePathMap), prerender
 * configs and static files, for tools/vercel/output-test.ts to check.
 */

/** A route of config.json (only the fields the checks read). */
export type VercelRoute = { src?: string; dest?: string; status?: number; headers?: Record<string, string>; continue?: boolean }

/** What one build output holds. */
export type VercelOutput = {
  routes: VercelRoute[]
  /** Function folder (e.g. `[...segments].func`) -> the files it carries, as paths in the project. */
  functionFiles: Map<string, string[]>
  /** Prerendered path (`2019/05/27/slug`) -> its prerender config. */
  prerenders: Map<string, { expiration?: number | false; fallback?: unknown }>
  /** Paths under static/. */
  staticFiles: string[]
  /** Paths under functions/ (prerender fallbacks included). */
  functionPaths: string[]
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
}

/** Reads .vercel/output under `dir`. */
export function readVercelOutput(dir: string): VercelOutput {
  const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as { routes?: VercelRoute[] }
  const functionsDir = join(dir, 'functions')
  const functionPaths = walk(functionsDir)
  const functionFiles = new Map<string, string[]>()
  const prerenders = new Map<string, { expiration?: number | false; fallback?: unknown }>()
  for (const path of functionPaths) {
    if (path.endsWith('.func/.vc-config.json')) {
      const vc = JSON.parse(readFileSync(join(functionsDir, path), 'utf8')) as { filePathMap?: Record<string, string> }
      functionFiles.set(path.slice(0, -'/.vc-config.json'.length), Object.keys(vc.filePathMap ?? {}))
    } else if (path.endsWith('.prerender-config.json') && !path.includes('.rsc.') && !path.includes('.segments/')) {
      prerenders.set(path.slice(0, -'.prerender-config.json'.length), JSON.parse(readFileSync(join(functionsDir, path), 'utf8')) as { expiration?: number | false })
    }
  }
  return { routes: config.routes ?? [], functionFiles, prerenders, staticFiles: walk(join(dir, 'static')), functionPaths }
}

/** The headers config.json sends on every page (the route that matches any path). */
export function headersForEveryPath(output: VercelOutput): Record<string, string> {
  const route = output.routes.find((candidate) => candidate.headers && candidate.continue && candidate.src && !candidate.status && new RegExp(candidate.src).test('/2019/05/27/post/'))
  return route?.headers ?? {}
}

/** Whether any output (a page, a function, a static file) is named after `slug`. */
export function mentions(output: VercelOutput, slug: string): string[] {
  return [...output.functionPaths, ...output.staticFiles].filter((path) => path.includes(slug))
}

/** Files of any function that match `pattern`, as `function: file`. */
export function functionFilesMatching(output: VercelOutput, pattern: RegExp): string[] {
  return [...output.functionFiles].flatMap(([name, files]) => files.filter((file) => pattern.test(file)).map((file) => `${name}: ${file}`))
}
