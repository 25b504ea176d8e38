import { listFiles } from '../../lib/files'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { gzipSync } from 'node:zlib'

/**
 * What a page costs a reader: its HTML and the JavaScript it loads, gzip'd as `next start`
 * serves them, and how much of that JavaScript is ours rather than Next's and React's.
 *
 * Scripts: every `/_next/static/chunks/*.js` the HTML names (script tags, preloads, and chunks
 * the RSC payload asks for), except the `noModule` polyfills modern browsers skip.
 * Ours: modules of those chunks that Next's own modules do not reach. Next's modules are the
 * ones in its root chunks (build-manifest.json rootMainFiles) and the client modules the
 * client-reference manifests list under node_modules/{next,react,react-dom,…}, with everything
 * they import. Whatever is left (our client components and the libraries they pull in) is ours.
 */

const CHUNK = /\/_next\/static\/chunks\/[\w.~-]+\.js/g
const FRAMEWORK_PATH = /\/node_modules\/(?:next|react|react-dom|scheduler|@swc\/helpers|@next)\//

/** gzip'd size in bytes, at zlib's default level (what servers use). */
export function gzipBytes(data: string | Buffer): number {
  return gzipSync(data).length
}

/** The chunk URLs an HTML page loads, in order of first mention, without `noModule` scripts. */
export function scriptsOf(html: string): string[] {
  // A polyfill named only by its noModule tag is skipped; named elsewhere too, it loads.
  const withoutNoModule = html.replace(/<script\b[^>]*\bnomodule\b[^>]*>\s*<\/script>/gi, '')
  return [...new Set(withoutNoModule.match(CHUNK) ?? [])]
}

/** The modules of a Turbopack chunk, by id: `push([script, id, factory, id, factory, …])`. Empty when it is not one. */
export function chunkModules(source: string): Map<number, string> {
  const modules = new Map<number, string>()
  if (!source.startsWith('(globalThis.TURBOPACK')) return modules
  const sandbox: { TURBOPACK?: unknown[] } = {}
  try {
    runInNewContext(source, sandbox, { timeout: 2000 })
  } catch {
    return modules
  }
  for (const entry of sandbox.TURBOPACK ?? []) {
    if (!Array.isArray(entry)) continue
    for (let i = 0; i < entry.length - 1; i++) {
      if (typeof entry[i] === 'number' && typeof entry[i + 1] === 'function') modules.set(entry[i], String(entry[i + 1]))
    }
  }
  return modules
}

/** The ids a module factory imports: `e.r(12)`, `e.i(12)`, `e.t(12)`…, where `e` is its first parameter. */
export function requiredIds(factory: string): number[] {
  const param = /^\s*(?:function\s*\w*\s*)?\(?\s*([\w$]+)/.exec(factory)?.[1]
  if (!param) return []
  const call = new RegExp(`\\b${param.replace(/\$/g, '\\$')}\\.[A-Za-z]\\((\\d+)\\)`, 'g')
  return [...factory.matchAll(call)].map((match) => Number(match[1]))
}

/** Client modules the build's client-reference manifests list: module path -> id. */
export function readClientModules(distDir: string): Map<string, number> {
  const out = new Map<string, number>()
  // Under server/app: the client modules each page's manifest lists.
  const appDir = join(distDir, 'server', 'app')
  for (const file of listFiles(appDir, (path) => path.endsWith('_client-reference-manifest.js'))) {
    const sandbox: { __RSC_MANIFEST?: Record<string, { clientModules?: Record<string, { id: number | string }> }> } = {}
    runInNewContext(`globalThis.__RSC_MANIFEST = {};\n${readFileSync(join(appDir, file), 'utf8')}`, sandbox)
    for (const manifest of Object.values(sandbox.__RSC_MANIFEST ?? {})) {
      for (const [path, info] of Object.entries(manifest.clientModules ?? {})) out.set(path, Number(info.id))
    }
  }
  return out
}

/** A page's weight. */
export type PageWeight = {
  path: string
  htmlGzip: number
  /** Every script the page loads, gzip'd one by one and summed. */
  jsGzip: number
  scripts: number
  /** Our share of jsGzip: our modules, gzip'd together. */
  oursGzip: number
  /** Our client modules the page loads (paths from the client-reference manifests). */
  ours: string[]
}

/** Reads what a built site (`distDir`) ships: which modules are the framework's, chunk sizes. */
export class BuildScripts {
  private readonly chunkCache = new Map<string, { gzip: number; modules: Map<number, string> }>()
  private readonly framework = new Set<number>()
  private readonly pathsById = new Map<number, string>()
  private readonly rootChunks: Set<string>

  constructor(private readonly distDir: string) {
    const manifest = JSON.parse(readFileSync(join(distDir, 'build-manifest.json'), 'utf8')) as { rootMainFiles?: string[]; polyfillFiles?: string[] }
    this.rootChunks = new Set([...(manifest.rootMainFiles ?? []), ...(manifest.polyfillFiles ?? [])].map((file) => `/_next/${file}`))
    const seeds: number[] = []
    for (const chunk of this.rootChunks) seeds.push(...this.chunk(chunk).modules.keys())
    for (const [path, id] of readClientModules(distDir)) {
      this.pathsById.set(id, path)
      if (FRAMEWORK_PATH.test(path)) seeds.push(id)
    }
    this.seedFramework(seeds)
  }

  private chunk(src: string): { gzip: number; modules: Map<number, string> } {
    let hit = this.chunkCache.get(src)
    if (!hit) {
      const file = join(this.distDir, src.replace(/^\/_next\//, ''))
      const source = existsSync(file) ? readFileSync(file, 'utf8') : ''
      hit = { gzip: gzipBytes(source), modules: chunkModules(source) }
      this.chunkCache.set(src, hit)
    }
    return hit
  }

  private allModules(): Map<number, string> {
    const all = new Map<number, string>()
    const chunksDir = join(this.distDir, 'static', 'chunks')
    for (const name of existsSync(chunksDir) ? readdirSync(chunksDir) : []) {
      if (name.endsWith('.js')) for (const [id, source] of this.chunk(`/_next/static/chunks/${name}`).modules) all.set(id, source)
    }
    return all
  }

  private seedFramework(seeds: number[]): void {
    const all = this.allModules()
    const stack = [...seeds]
    while (stack.length > 0) {
      const id = stack.pop()!
      if (this.framework.has(id)) continue
      this.framework.add(id)
      const source = all.get(id)
      if (source) stack.push(...requiredIds(source))
    }
  }

  /** The weight of a page, from its HTML. */
  weigh(path: string, html: string): PageWeight {
    const scripts = scriptsOf(html)
    let jsGzip = 0
    const ours = new Map<number, string>()
    let unknownBytes = ''
    for (const src of scripts) {
      const chunk = this.chunk(src)
      jsGzip += chunk.gzip
      if (chunk.modules.size === 0 && !this.rootChunks.has(src)) {
        // Not a module chunk and not Next's root chunk: count it as ours rather than hide it.
        const file = join(this.distDir, src.replace(/^\/_next\//, ''))
        if (existsSync(file)) unknownBytes += readFileSync(file, 'utf8')
      }
      for (const [id, source] of chunk.modules) if (!this.framework.has(id)) ours.set(id, source)
    }
    const oursText = [...ours.values()].join('\n') + unknownBytes
    return {
      path,
      htmlGzip: gzipBytes(html),
      jsGzip,
      scripts: scripts.length,
      oursGzip: oursText ? gzipBytes(oursText) : 0,
      ours: [...ours.keys()].map((id) => this.pathsById.get(id) ?? `module ${id}`).sort(),
    }
  }
}
