import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { makeSite, post, type TempSite } from '@/tests/helpers/content-dir'
import { contextFor, png } from '@/tests/helpers/pipeline'
import { answersHold, codeFingerprint, DiskCache, recordQuestions } from './compile-cache'
import { compileWithCache, contextFor as siteContextFor, type CompiledPost } from './pipeline'

const scratch: string[] = []
let site: TempSite | undefined
afterEach(() => {
  site?.cleanup()
  site = undefined
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true })
})
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'recap-compile-cache-'))
  scratch.push(dir)
  return dir
}

describe('recordQuestions and answersHold', () => {
  it('records each distinct question once, with its answer, and checks the answers again', () => {
    const permalinks: Record<string, string> = { a: '/2019/01/01/a/' }
    const context = { publicDir: '/public', resolveRef: (target: string) => permalinks[target] }
    const { context: recording, asked } = recordQuestions(context)
    expect(recording.publicDir).toBe('/public')
    expect(recording.resolveRef('a')).toBe('/2019/01/01/a/')
    recording.resolveRef('a')
    recording.resolveRef('gone')
    expect(asked).toEqual([
      { ask: 'resolveRef', args: ['a'], answer: '/2019/01/01/a/' },
      { ask: 'resolveRef', args: ['gone'] },
    ])
    expect(answersHold(asked, context)).toBe(true)
    permalinks.gone = '/2020/01/01/gone/'
    expect(answersHold(asked, context)).toBe(false)
    expect(answersHold([{ ask: 'isPostPath', args: ['/x/'], answer: true }], context)).toBe(false)
  })
})

describe('DiskCache', () => {
  it('gives back what was stored, treats a damaged entry as none, and drops the entries of older code', () => {
    const root = tempDir()
    const old = new DiskCache<string>(root, 'old-code')
    old.set('k', { value: 'old', asked: [] })
    const cache = new DiskCache<string>(root, 'new-code')
    expect(readdirSync(root)).toEqual(['new-code'])
    expect(cache.get('k')).toBeUndefined()
    cache.set('k', { value: 'compiled', asked: [{ ask: 'imageSize', args: ['/x.png'], answer: { ok: true, width: 1, height: 2 } }] })
    expect(new DiskCache<string>(root, 'new-code').get('k')).toEqual({ value: 'compiled', asked: [{ ask: 'imageSize', args: ['/x.png'], answer: { ok: true, width: 1, height: 2 } }] })
    writeFileSync(join(root, 'new-code', 'bad.json'), '{"value": "cut sh')
    expect(cache.get('bad')).toBeUndefined()
  })
})

describe('codeFingerprint', () => {
  it('changes when a source file or the lock file changes, not when a test does', () => {
    const root = tempDir()
    mkdirSync(join(root, 'lib', 'markdown'), { recursive: true })
    writeFileSync(join(root, 'lib', 'markdown', 'plugin.ts'), 'export const a = 1')
    writeFileSync(join(root, 'package-lock.json'), '{}')
    const first = codeFingerprint(root, ['lib'])
    writeFileSync(join(root, 'lib', 'markdown', 'plugin.test.ts'), 'test')
    expect(codeFingerprint(root, ['lib'])).toBe(first)
    writeFileSync(join(root, 'lib', 'markdown', 'plugin.ts'), 'export const a = 2')
    const second = codeFingerprint(root, ['lib'])
    expect(second).not.toBe(first)
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion": 3}')
    expect(codeFingerprint(root, ['lib'])).not.toBe(second)
    expect(codeFingerprint(tempDir(), ['lib'])).toBeUndefined()
  })
})

describe('compileWithCache', () => {
  async function setup() {
    site = makeSite({
      'content/posts/target.md': post('title: Target\ndate: 2019-05-18'),
      'content/posts/other.md': post('title: Other\ndate: 2019-05-19'),
      'content/posts/hugo.md': post('title: Hugo\ndate: 2019-06-01', 'See [the target]({{< ref "target" >}}).\n\n![A chart](/uploads/chart.png)\n'),
      'public/uploads/chart.png': await png(40, 30),
    })
    return new DiskCache<CompiledPost>(tempDir(), 'code')
  }
  const byId = (id: string) => site!.load().posts.find((p) => p.id === id)!

  it('compiles once, then takes the post from the cache while nothing it depends on changed', async () => {
    const cache = await setup()
    const context = contextFor(site!.load(), site!.publicDir)
    const first = await compileWithCache(byId('hugo'), context, cache)
    expect(first.from).toBe('miss')
    expect(first.compiled.code).toContain('/2019/05/18/target/')
    expect(first.compiled.code).toMatch(/width: "40"/)
    const again = await compileWithCache(byId('hugo'), contextFor(site!.load(), site!.publicDir), cache)
    expect(again).toEqual({ compiled: first.compiled, from: 'hit' })
  })

  it('compiles again when its own text changes', async () => {
    const cache = await setup()
    await compileWithCache(byId('hugo'), contextFor(site!.load(), site!.publicDir), cache)
    const edited = { ...byId('hugo'), body: `${byId('hugo').body}\nOne more line.\n` }
    const result = await compileWithCache(edited, contextFor(site!.load(), site!.publicDir), cache)
    expect(result.from).toBe('miss')
    expect(result.compiled.code).toContain('One more line.')
  })

  it('compiles again when a post it refs moves to another permalink', async () => {
    const cache = await setup()
    await compileWithCache(byId('hugo'), contextFor(site!.load(), site!.publicDir), cache)
    writeFileSync(join(site!.contentDir, 'posts', 'target.md'), post('title: Target\ndate: 2019-05-20'))
    // An unrelated post changing is not a reason to compile again.
    writeFileSync(join(site!.contentDir, 'posts', 'other.md'), post('title: Other\ndate: 2019-05-21'))
    const result = await compileWithCache(byId('hugo'), contextFor(site!.load(), site!.publicDir), cache)
    expect(result.from).toBe('stale')
    expect(result.compiled.code).toContain('/2019/05/20/target/')
    expect(result.compiled.code).not.toContain('/2019/05/18/target/')
  })

  it('compiles again when an image it shows changes size or disappears', async () => {
    const cache = await setup()
    await compileWithCache(byId('hugo'), contextFor(site!.load(), site!.publicDir), cache)
    writeFileSync(join(site!.publicDir, 'uploads', 'chart.png'), await png(80, 60))
    const resized = await compileWithCache(byId('hugo'), contextFor(site!.load(), site!.publicDir), cache)
    expect(resized.from).toBe('stale')
    expect(resized.compiled.code).toMatch(/width: "80"/)
    rmSync(join(site!.publicDir, 'uploads', 'chart.png'))
    const missing = await compileWithCache(byId('hugo'), contextFor(site!.load(), site!.publicDir), cache)
    expect(missing.from).toBe('stale')
    expect(missing.compiled.problems).toMatchObject([{ severity: 'error', rule: 'image', reason: expect.stringContaining('not found') }])
  })

  it('keeps the problems of a post that does not compile, and reports them again from the cache', async () => {
    const cache = await setup()
    const broken = { ...byId('hugo'), body: 'Intro\n\n{{< speakerdeck id="x" >}}\n' }
    const first = await compileWithCache(broken, contextFor(site!.load(), site!.publicDir), cache)
    expect(first.compiled.problems.some((problem) => problem.severity === 'error')).toBe(true)
    const again = await compileWithCache(broken, contextFor(site!.load(), site!.publicDir), cache)
    expect(again).toEqual({ compiled: first.compiled, from: 'hit' })
  })

  it('notices a damaged tweet cache file, and its repair, on a cache hit', async () => {
    const cache = await setup()
    const tweetPost = { ...byId('hugo'), body: 'A tweet:\n\n{{< tweet 1130789969293991936 >}}\n' }
    const tweetFile = join(site!.contentDir, 'tweets', '1130789969293991936.json')
    mkdirSync(join(site!.contentDir, 'tweets'))
    writeFileSync(tweetFile, '{ "id": "1130789969293991936", "status": ')
    const context = () => siteContextFor(site!.load(), { publicDir: site!.publicDir, contentDir: site!.contentDir, includeHidden: false })
    const damaged = await compileWithCache(tweetPost, context(), cache)
    expect(damaged.compiled.problems).toMatchObject([{ severity: 'error', rule: 'tweet-cache', file: expect.stringContaining('1130789969293991936.json') }])
    writeFileSync(tweetFile, JSON.stringify({ id: '1130789969293991936', status: 'deleted', checkedAt: '2026-01-01T00:00:00Z' }))
    // The cache memoises by modification time; a repair within the same millisecond must still count.
    utimesSync(tweetFile, new Date(), new Date(Date.now() + 5_000))
    const repaired = await compileWithCache(tweetPost, context(), cache)
    expect(repaired.from).toBe('stale')
    expect(repaired.compiled.problems).toEqual([])
  })
})
