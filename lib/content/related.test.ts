import { afterEach, describe, expect, it } from 'vitest'
import { makeSite, post, type TempSite } from '@/tests/helpers/content-dir'
import { relatedPostsIndex } from './related'

const sites: TempSite[] = []
afterEach(() => sites.splice(0).forEach((site) => site.cleanup()))
function load(files: Record<string, string>) {
  const made = makeSite(files)
  sites.push(made)
  return made.load()
}
const titles = (index: Map<string, { title: string }[]>, id: string) => index.get(id)!.map((post) => post.title)

describe('relatedPostsIndex', () => {
  it('ranks by shared event and series over shared tags, rare tags over common ones, never the post itself', () => {
    const { posts } = load({
      'content/posts/base.md': post('title: Base\ndate: 2019-05-20\ntags: [linkerd, smi]\nevent: { name: KubeCon EU 2019 }'),
      'content/posts/same-event.md': post('title: Same event\ndate: 2018-01-01\nevent: { name: KubeCon EU 2019 }'),
      'content/posts/rare-tag.md': post('title: Rare tag\ndate: 2019-05-01\ntags: [smi]'),
      'content/posts/common-1.md': post('title: Common 1\ndate: 2019-05-19\ntags: [linkerd]'),
      'content/posts/common-2.md': post('title: Common 2\ndate: 2019-05-18\ntags: [linkerd]'),
      'content/posts/common-3.md': post('title: Common 3\ndate: 2019-05-17\ntags: [linkerd]'),
    })
    const index = relatedPostsIndex(posts, 3)
    expect(titles(index, 'base')).toEqual(['Same event', 'Rare tag', 'Common 1'])
    for (const [id, related] of index) expect(related.map((other) => other.id)).not.toContain(id)
  })

  it('breaks ties by nearness in date, and fills up with the posts nearest in date', () => {
    const { posts } = load({
      'content/posts/a.md': post('title: A\ndate: 2019-01-10\ntags: [x]'),
      'content/posts/far.md': post('title: Far\ndate: 2017-01-01\ntags: [x]'),
      'content/posts/near.md': post('title: Near\ndate: 2019-01-12\ntags: [x]'),
      'content/posts/unrelated-near.md': post('title: Unrelated near\ndate: 2019-01-09'),
      'content/posts/unrelated-far.md': post('title: Unrelated far\ndate: 2010-01-01'),
    })
    const index = relatedPostsIndex(posts, 3)
    expect(titles(index, 'a')).toEqual(['Near', 'Far', 'Unrelated near'])
    expect(titles(index, 'unrelated-far')).toHaveLength(3)
  })

  it('gives as many as there are other posts, and none for 0', () => {
    const { posts } = load({ 'content/posts/a.md': post('title: A\ndate: 2019-01-01'), 'content/posts/b.md': post('title: B\ndate: 2019-01-02') })
    expect(titles(relatedPostsIndex(posts, 3), 'a')).toEqual(['B'])
    expect(titles(relatedPostsIndex(posts, 0), 'a')).toEqual([])
  })

  it('indexes 2,000 posts with one tag on all of them in well under a second', () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 2000; i++) files[`content/posts/p${i}.md`] = post(`title: Post ${i}\ndate: 2019-01-01T00:${String(i % 60).padStart(2, '0')}:00Z\ntags: [linkerd, t${i % 50}]`)
    const { posts } = load(files)
    const started = performance.now()
    const index = relatedPostsIndex(posts, 3)
    expect(performance.now() - started).toBeLessThan(2000)
    expect(index.size).toBe(2000)
  })
})
