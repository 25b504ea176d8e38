import { afterEach, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addToFileTraces } from './trace-files'

let root: string | undefined
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true })
  root = undefined
})

describe('addToFileTraces', () => {
  it("adds a folder's files to a route's trace, relative to the trace, keeping what was there", () => {
    root = mkdtempSync(join(tmpdir(), 'recap-nft-'))
    const distDir = join(root, '.next')
    mkdirSync(join(distDir, 'server', 'app', '[...segments]'), { recursive: true })
    mkdirSync(join(distDir, 'recap', 'posts'), { recursive: true })
    writeFileSync(join(distDir, 'recap', 'content.json'), '{}')
    writeFileSync(join(distDir, 'recap', 'posts', 'a.json'), '{}')
    const traceFile = join(distDir, 'server', 'app', '[...segments]', 'page.js.nft.json')
    writeFileSync(traceFile, JSON.stringify({ version: 1, files: ['../../chunks/a.js'] }))
    expect(addToFileTraces(distDir, join(distDir, 'recap'), ['app/[...segments]/page', 'app/missing/page'])).toBe(1)
    const trace = JSON.parse(readFileSync(traceFile, 'utf8')) as { files: string[] }
    expect(trace.files).toEqual(['../../chunks/a.js', '../../../recap/content.json', '../../../recap/posts/a.json'])
  })
})
