import { afterEach, describe, expect, it } from 'vitest'
import { makeSite, post, preview, type TempSite } from '@/tests/helpers/content-dir'

const sites: TempSite[] = []
afterEach(() => sites.splice(0).forEach((site) => site.cleanup()))
function site(files: Record<string, string>): TempSite {
  const made = makeSite(files)
  sites.push(made)
  return made
}

describe('series', () => {
  it('groups posts by `series: name`, oldest part first, and gives each its slug', () => {
    const content = site({
      'content/posts/day-2.md': post('title: Day 2\ndate: 2019-05-21\nseries: KubeCon EU 2019'),
      'content/posts/day-1.md': post('title: Day 1\ndate: 2019-05-20\nseries: KubeCon EU 2019'),
      'content/posts/day-3.md': post('title: Day 3\ndate: 2019-05-22\nseries: KubeCon EU 2019'),
      'content/posts/other.md': post('title: Other\ndate: 2019-05-23'),
    }).load()
    expect(content.series).toHaveLength(1)
    expect(content.series[0]).toMatchObject({ name: 'KubeCon EU 2019', slug: 'kubecon-eu-2019' })
    expect(content.series[0].posts.map((part) => part.title)).toEqual(['Day 1', 'Day 2', 'Day 3'])
  })

  it("reads Hugo's taxonomy list and the block with an order; the order wins over dates", () => {
    const content = site({
      'content/posts/a.md': post('title: Wrap-up\ndate: 2019-01-01\nseries:\n  name: Meetup notes\n  order: 3'),
      'content/posts/b.md': post('title: Intro\ndate: 2019-03-01\nseries: { name: Meetup notes, order: 1 }'),
      'content/posts/c.md': post('title: Middle\ndate: 2019-02-01\nseries: ["Meetup notes"]\nseries_weight: 2'),
      'content/posts/d.md': post('title: Unnumbered\ndate: 2018-01-01\nseries: [meetup notes]'),
    }).load()
    expect(content.problems.filter((problem) => problem.severity === 'error')).toEqual([])
    expect(content.series.map((series) => series.name)).toEqual(['Meetup notes'])
    expect(content.series[0].posts.map((part) => part.title)).toEqual(['Intro', 'Middle', 'Wrap-up', 'Unnumbered'])
  })

  it('warns when a post names two series, and keeps the first', () => {
    const content = site({ 'content/posts/a.md': post('title: A\ndate: 2019-01-01\nseries: [One, Two]') }).load()
    expect(content.problems).toEqual([expect.objectContaining({ severity: 'warning', line: 4, reason: expect.stringContaining('"One" is used and "Two" ignored') })])
    expect(content.series.map((series) => series.name)).toEqual(['One'])
  })

  it('refuses a series without a name or with an order that is no place, at its line', () => {
    const content = site({
      'content/posts/a.md': post('title: A\ndate: 2019-01-01\nseries: ""'),
      'content/posts/b.md': post('title: B\ndate: 2019-01-01\nseries: { name: X, order: first }'),
    }).load()
    const errors = content.problems.filter((problem) => problem.severity === 'error').map((problem) => `${problem.file.split('/').at(-1)}:${problem.line}: ${problem.reason}`)
    expect(errors).toEqual([expect.stringMatching(/^a\.md:4: front matter "series"/), expect.stringMatching(/^b\.md:4: front matter "series"/)])
  })

  it('leaves drafts out of a production series and lists them in a preview', () => {
    const files = {
      'content/posts/a.md': post('title: A\ndate: 2019-01-01\nseries: S'),
      'content/posts/b.md': post('title: B\ndate: 2019-01-02\nseries: S\ndraft: true'),
    }
    expect(site(files).load().series[0].posts.map((part) => part.title)).toEqual(['A'])
    expect(site(files).load({ visibility: preview }).series[0].posts.map((part) => part.title)).toEqual(['A', 'B'])
  })
})
