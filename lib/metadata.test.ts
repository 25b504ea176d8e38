import { describe, expect, it } from 'vitest'
import { loadFixture } from '@/tests/helpers/publishing-fixtures'
import { blogFeedLinks, pageMetadata, postJsonLd, postMetadata, redirectMetadata, rootMetadata, serializeJsonLd, siteFeedLinks, tagFeedLinks } from './metadata'
import { absoluteUrl, postShareImagePath, siteShareImagePath } from './routes'
import { getVisibility, site } from './site'

const hostile = loadFixture('hostile')
const titled = hostile.posts.find((post) => post.title.startsWith('Tom'))!
const plain = hostile.posts.find((post) => post.title === 'A plain post')!
const facts = { authors: [{ name: 'Mallory', slug: 'mallory' }], description: 'What it is about.' }

describe('postMetadata', () => {
  it('describes a post as an OpenGraph article with absolute URLs, dates, authors and tags', () => {
    const metadata = postMetadata(plain, facts)
    expect(metadata.title).toBe('A plain post')
    expect(metadata.description).toBe('What it is about.')
    expect(metadata.alternates?.canonical).toBe(absoluteUrl('/2020/01/01/a-plain-post/'))
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      url: absoluteUrl('/2020/01/01/a-plain-post/'),
      title: 'A plain post',
      description: 'What it is about.',
      publishedTime: '2020-01-01T00:00:00.000Z',
      modifiedTime: '2020-01-01T00:00:00.000Z',
      authors: [absoluteUrl('/authors/mallory/')],
      tags: ['R&D <lab>'],
      images: [{ url: absoluteUrl('/uploads/hugo-to-recap.png'), width: 1200, height: 675, type: 'image/png' }],
    })
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', images: [{ url: absoluteUrl('/uploads/hugo-to-recap.png') }] })
  })

  it('uses the generated 1200x630 PNG when the post has no thumbnail', () => {
    expect(postMetadata(titled, facts).openGraph).toMatchObject({
      images: [{ url: absoluteUrl(postShareImagePath(titled)), width: 1200, height: 630, type: 'image/png' }],
    })
  })

  it('gives the canonical URL and leaves feeds to <FeedLinks> (Next would make their paths absolute)', () => {
    expect(postMetadata(plain, facts).alternates).toEqual({ canonical: absoluteUrl(plain.path) })
    expect(rootMetadata().alternates).toBeUndefined()
  })
})

describe('pageMetadata', () => {
  it('gives list pages a canonical URL and the site card', () => {
    const metadata = pageMetadata({ title: 'Blog', path: '/blog/' })
    expect(metadata.alternates).toEqual({ canonical: absoluteUrl('/blog/') })
    expect(metadata.openGraph).toMatchObject({ type: 'website', url: absoluteUrl('/blog/'), images: [{ url: absoluteUrl(siteShareImagePath()), width: 1200, height: 630 }] })
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image' })
  })

  it('names each tag feed after its tag, in three formats, by site paths', () => {
    expect(tagFeedLinks({ name: 'Service Mesh', slug: 'service-mesh' })).toEqual([
      { url: '/tags/service-mesh/feed.xml', type: 'application/rss+xml', title: `${site.title}: posts tagged “Service Mesh” (RSS)` },
      { url: '/tags/service-mesh/atom.xml', type: 'application/atom+xml', title: `${site.title}: posts tagged “Service Mesh” (Atom)` },
      { url: '/tags/service-mesh/feed.json', type: 'application/feed+json', title: `${site.title}: posts tagged “Service Mesh” (JSON Feed)` },
    ])
    expect(siteFeedLinks().map((link) => link.url)).toEqual(['/feed.xml', '/atom.xml', '/feed.json'])
    expect(blogFeedLinks()).toEqual([{ url: '/blog/index.xml', type: 'application/rss+xml', title: `${site.title}: Blog (RSS)` }])
  })

  it('keeps the site title when a page has none of its own', () => {
    expect(pageMetadata({ path: '/' }).title).toBeUndefined()
    expect(pageMetadata({ path: '/' }).openGraph).toMatchObject({ title: site.title })
  })

  it('marks redirect pages noindex, pointing at their target', () => {
    expect(redirectMetadata('Old', '/2020/01/01/a-plain-post/')).toMatchObject({ robots: { index: false }, alternates: { canonical: absoluteUrl('/2020/01/01/a-plain-post/') } })
  })
})

describe('rootMetadata', () => {
  it('sets the title template and is noindex exactly when the build is a preview', () => {
    const metadata = rootMetadata()
    expect(metadata.title).toEqual({ default: site.title, template: `%s · ${site.title}` })
    expect(metadata.robots).toEqual(getVisibility().isPreview ? { index: false } : undefined)
  })
})

describe('JSON-LD', () => {
  it('describes a post as a BlogPosting', () => {
    expect(postJsonLd(plain, facts)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: 'A plain post',
      datePublished: '2020-01-01T00:00:00.000Z',
      dateModified: '2020-01-01T00:00:00.000Z',
      author: [{ '@type': 'Person', name: 'Mallory', url: absoluteUrl('/authors/mallory/') }],
      image: { url: absoluteUrl('/uploads/hugo-to-recap.png'), width: 1200, height: 675 },
      keywords: 'R&D <lab>',
      mainEntityOfPage: { '@type': 'WebPage', '@id': absoluteUrl('/2020/01/01/a-plain-post/') },
    })
  })

  it('serializes so that </script> and <!-- in a title stay text, and parses back to the same data', () => {
    const data = postJsonLd(titled, { ...facts, description: 'a <!-- b --> & \u2028 c' })
    const json = serializeJsonLd(data)
    expect(json).not.toMatch(/[<>&\u2028\u2029]/)
    expect(json).toContain('\\u003c/script\\u003e')
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(data)))
  })
})
