import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { BuildScripts, chunkModules, gzipBytes, requiredIds, scriptsOf } from './page-weight'

const chunk = (modules: Record<number, string>) =>
  `(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push(["object"==typeof document?document.currentScript:void 0,${Object.entries(modules)
    .map(([id, body]) => `${id},(e,t,r)=>{${body}}`)
    .join(',')}]);`

describe('scriptsOf', () => {
  it('lists every chunk the page names once, script tags, preloads and the RSC payload alike', () => {
    const html = `<link rel="preload" as="script" href="/_next/static/chunks/a1.js"/><script src="/_next/static/chunks/b2.js" async=""></script>
<script src="/_next/static/chunks/poly.js" noModule=""></script><script src="/_next/static/chunks/a1.js" async=""></script>
<script>self.__next_f.push([1,"2:\\"/_next/static/chunks/c3.js\\"\\n3:I[22016,[\\"$2\\"],\\"\\"]"])</script>`
    expect(scriptsOf(html)).toEqual(['/_next/static/chunks/a1.js', '/_next/static/chunks/b2.js', '/_next/static/chunks/c3.js'])
  })
})

describe('chunkModules and requiredIds', () => {
  it('reads the module factories of a Turbopack chunk without running them', () => {
    const modules = chunkModules(chunk({ 12: 'throw new Error("never run")', 34: 'e.r(12);e.i(56);t.r(99)' }))
    expect([...modules.keys()]).toEqual([12, 34])
    expect(requiredIds(modules.get(34)!)).toEqual([12, 56])
  })
  it('finds no modules in other scripts', () => {
    expect(chunkModules('console.log(1)').size).toBe(0)
    expect(chunkModules('(globalThis.TURBOPACK syntax error').size).toBe(0)
  })
})

describe('BuildScripts', () => {
  const dist = mkdtempSync(join(tmpdir(), 'recap-page-weight-'))
  afterAll(() => rmSync(dist, { recursive: true, force: true }))
  mkdirSync(join(dist, 'static', 'chunks'), { recursive: true })
  mkdirSync(join(dist, 'server', 'app', 'post'), { recursive: true })
  const write = (name: string, text: string) => writeFileSync(join(dist, 'static', 'chunks', name), text)
  // root.js: React and the router. link.js: next/link (framework, found by its path) and what it imports.
  // player.js: our client component, which imports a helper of ours and React.
  write('root.js', chunk({ 1: 'react()', 2: 'e.r(1)' }))
  write('link.js', chunk({ 10: 'e.r(11);e.r(1)', 11: 'linkHelper()' }))
  write('player.js', chunk({ 20: 'e.r(21);e.r(1);useState()', 21: 'ourHelper()' }))
  writeFileSync(join(dist, 'build-manifest.json'), JSON.stringify({ rootMainFiles: ['static/chunks/root.js'], polyfillFiles: [] }))
  writeFileSync(
    join(dist, 'server', 'app', 'post', 'page_client-reference-manifest.js'),
    `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};
globalThis.__RSC_MANIFEST["/post/page"] = {"clientModules":{"[project]/node_modules/next/dist/client/app-dir/link.js":{"id":10,"chunks":["/_next/static/chunks/link.js"]},"[project]/components/you-tube-player.tsx <module evaluation>":{"id":20,"chunks":["/_next/static/chunks/player.js"]}}};`,
  )
  const html = (...chunks: string[]) => chunks.map((name) => `<script src="/_next/static/chunks/${name}" async></script>`).join('')

  it('counts nothing as ours on a page that loads only the framework', () => {
    const weight = new BuildScripts(dist).weigh('/', html('root.js', 'link.js'))
    expect(weight).toMatchObject({ scripts: 2, oursGzip: 0, ours: [] })
    expect(weight.jsGzip).toBeGreaterThan(0)
  })

  it('counts our client component and its helpers as ours, and names the component', () => {
    const page = html('root.js', 'link.js', 'player.js')
    const weight = new BuildScripts(dist).weigh('/post/', page)
    expect(weight.ours).toEqual(['[project]/components/you-tube-player.tsx <module evaluation>', 'module 21'])
    expect(weight.oursGzip).toBeGreaterThan(0)
    expect(weight.oursGzip).toBeLessThan(gzipBytes(chunk({ 20: 'e.r(21);e.r(1);useState()', 21: 'ourHelper()' })))
    expect(weight.htmlGzip).toBe(gzipBytes(page))
  })
})
