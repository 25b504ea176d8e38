import { afterEach, describe, expect, it } from 'vitest'
import { checkContent } from './check'
import { makeSite, postsWithTagsAlike, type TempSite } from '@/tests/helpers/content-dir'

let site: TempSite | undefined
afterEach(() => {
  site?.cleanup()
  site = undefined
})

describe('npm run check is linear in its input', () => {
  it('checks 100 posts sharing 10,000 tags that slugify alike in seconds (it took minutes)', async () => {
    site = makeSite(postsWithTagsAlike(10_000))
    const started = performance.now()
    const report = await checkContent({ contentDir: site.contentDir, publicDir: site.publicDir, workers: 0, now: Date.parse('2024-01-01T00:00:00Z') })
    expect(report.errors).toBe(0)
    expect(report.posts).toBe(100)
    expect(performance.now() - started).toBeLessThan(30_000)
  }, 90_000)
})
