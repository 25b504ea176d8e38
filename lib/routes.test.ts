import { describe, expect, it } from 'vitest'
import { expandPermalink, permalinkSlug, type PermalinkFields } from './routes'

const post = (fields: Partial<PermalinkFields>): PermalinkFields => ({
  day: { year: 2019, month: 2, day: 3 },
  title: 'A title',
  filename: 'a-file',
  section: '',
  ...fields,
})

describe('expandPermalink', () => {
  // Expected paths are the ones Hugo 0.111 wrote for the same fields and pattern.
  it('fills the default Hugo pattern with the written day and the slug', () => {
    expect(expandPermalink('/:year/:month/:day/:slug/', post({ slug: 'linkerd-benchmarks' }))).toBe(
      '/2019/02/03/linkerd-benchmarks/',
    )
  })

  it('urlizes a slug as Hugo does, outer hyphens trimmed', () => {
    expect(expandPermalink('/:slug/', post({ slug: '  Spaced  Slug  ' }))).toBe('/spaced-slug/')
    expect(expandPermalink('/:slug/', post({ slug: '---a---b---' }))).toBe('/a---b/')
    expect(expandPermalink('/:year/:month/:day/:slug/', post({ slug: 'My Slug', day: { year: 2019, month: 5, day: 31 } }))).toBe(
      '/2019/05/31/my-slug/',
    )
  })

  it('falls back to the urlized title, keeping a slash in it', () => {
    expect(expandPermalink('/:year/:month/:day/:slug/', post({ title: 'Hello, World! Ça va? HTTP/1 & Friends' }))).toBe(
      '/2019/02/03/hello-world-ça-va-http/1-friends/',
    )
  })

  it('uses the file name for :slugorfilename only when there is no slug', () => {
    expect(expandPermalink('/news/:slugorfilename/', post({ filename: 'First-Post', title: 'No slug news' }))).toBe('/news/first-post/')
    expect(expandPermalink('/news/:slugorfilename/', post({ filename: 'second', slug: 'Sluggy' }))).toBe('/news/sluggy/')
  })

  it('writes month names in lower case and the day of the year unpadded', () => {
    const fields = post({ filename: 'Some_File', title: "A  --  Title: with 'quotes' @home 50% off a/b", section: 'misc' })
    expect(expandPermalink('/:section/:monthname/:yearday/:filename/:title/', fields)).toBe(
      '/misc/february/34/some_file/a--title-with-quotes-@home-50-off-a/b/',
    )
    expect(expandPermalink('/:weekday/:weekdayname/', fields)).toBe('/0/sunday/')
  })

  it('reads + as a space and decodes %XX in the expanded path, as Hugo does', () => {
    expect(expandPermalink('/:slug/', post({ title: 'C++ & C# tips' }))).toBe('/c-c#-tips/')
    expect(expandPermalink('/:slug/', post({ title: 'x+y' }))).toBe('/x-y/')
    expect(expandPermalink('/:slug/', post({ title: '%41%42' }))).toBe('/ab/')
  })
})

describe('permalinkSlug', () => {
  it('is the slug when there is one, else the title', () => {
    expect(permalinkSlug({ slug: 'smi', title: 'Linkerd and SMI' })).toBe('smi')
    expect(permalinkSlug({ title: 'Linkerd and SMI' })).toBe('linkerd-and-smi')
  })
})
