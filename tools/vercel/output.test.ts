import { afterEach, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { functionFilesMatching, headersForEveryPath, mentions, readVercelOutput } from './output'

let dir: string | undefined
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = undefined
})

function write(path: string, value: unknown) {
  mkdirSync(dirname(join(dir!, path)), { recursive: true })
  writeFileSync(join(dir!, path), typeof value === 'string' ? value : JSON.stringify(value))
}

describe('reading .vercel/output', () => {
  it('finds headers, function files, prerenders and names in a build output', () => {
    dir = mkdtempSync(join(tmpdir(), 'recap-vercel-output-'))
    write('config.json', {
      version: 3,
      routes: [
        { src: '^/old$', headers: { Location: '/new/' }, status: 308 },
        { src: '^(?:/(.*))$', headers: { 'X-Frame-Options': 'DENY' }, continue: true },
      ],
    })
    write('functions/[...segments].func/.vc-config.json', { filePathMap: { '.next/recap/content.json': 'x', 'tests/fixtures/hostile/a.md': 'y' } })
    write('functions/2019/05/27/kept.prerender-config.json', { expiration: false })
    write('functions/2019/05/27/kept.rsc.prerender-config.json', { expiration: false })
    write('functions/2019/05/27/kept.prerender-fallback.html', '<p>kept</p>')
    write('static/uploads/a.png', 'png')
    const output = readVercelOutput(dir)
    expect(headersForEveryPath(output)).toEqual({ 'X-Frame-Options': 'DENY' })
    expect([...output.prerenders.keys()]).toEqual(['2019/05/27/kept'])
    expect(functionFilesMatching(output, /^tests\//)).toEqual(['[...segments].func: tests/fixtures/hostile/a.md'])
    expect(mentions(output, 'kept')).toContain('2019/05/27/kept.prerender-fallback.html')
    expect(mentions(output, 'draft')).toEqual([])
  })
})
