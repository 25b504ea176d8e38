import { describe, expect, it } from 'vitest'
import { readFrontMatter } from '../../lib/content/front-matter'
import { benchPostsFromCorpus, generatedPosts, type SourcePost } from './posts'

const sources: SourcePost[] = [
  {
    name: 'first',
    text: `---
slug: 'first-post'
title: 'First: a post'
author: 'alex'
thumbnail: cover.png
date: Fri, 24 May 2019 09:00:00 +0000
tags: [News]
aliases: ["/old/first/"]
---

Intro with ![a picture](/uploads/2019/05/picture.png) and [the second]({{< ref "second" >}}).

{{< fig src="/uploads/2019/05/picture.png" title="Fig" >}}
`,
  },
  {
    name: 'second',
    text: `---
title: Second
date: 2019-04-10T10:12:45-07:00
---

See [the first]({{< ref
   "/blog/first.md#intro" >}}) and /uploads/not-a-file.png.
`,
  },
]
const statics = ['uploads/2019/05/picture.png', 'uploads/cover.png']

function fields(text: string) {
  return readFrontMatter(text, 'x.md').data
}

describe('benchPostsFromCorpus', () => {
  it('keeps the corpus as it is in round 0', () => {
    const { posts } = benchPostsFromCorpus(sources, 2, statics)
    expect(posts.map((post) => post.path)).toEqual(['content/blog/first.md', 'content/blog/second.md'])
    expect(fields(posts[0].text)).toMatchObject({ slug: 'first-post', date: 'Fri, 24 May 2019 09:00:00 +0000', thumbnail: 'cover.png', aliases: ['/old/first/'] })
    expect(posts[0].text).toContain('{{< ref "second" >}}')
    expect(posts[0].text).toContain('(/uploads/2019/05/picture.png)')
  })

  it('makes further rounds with their own names, slugs, aliases, dates and image copies', () => {
    const { posts, images } = benchPostsFromCorpus(sources, 5, statics)
    expect(posts.map((post) => post.path)).toEqual([
      'content/blog/first.md',
      'content/blog/second.md',
      'content/blog/first-1.md',
      'content/blog/second-1.md',
      'content/blog/first-2.md',
    ])
    const copy = fields(posts[4].text)
    expect(copy).toMatchObject({ slug: 'first-post-2', thumbnail: 'r2/cover.png', aliases: ['/old/first-2/'], title: 'First: a post' })
    // 2 × 1200 days before 2019-05-24T09:00Z.
    expect(copy.date).toBe(new Date(Date.UTC(2019, 4, 24, 9) - 2400 * 86_400_000).toISOString())
    expect(fields(posts[3].text).slug).toBe('second-1')
    expect(posts[4].text).toContain('(/uploads/r2/2019/05/picture.png)')
    expect(posts[4].text).toContain('src="/uploads/r2/2019/05/picture.png"')
    expect(images).toContainEqual({ from: 'uploads/2019/05/picture.png', to: 'uploads/r2/2019/05/picture.png' })
    expect(images).toContainEqual({ from: 'uploads/cover.png', to: 'uploads/r1/cover.png' })
  })

  it('leaves paths that name no file alone', () => {
    const { posts } = benchPostsFromCorpus(sources, 4, statics)
    expect(posts[3].text).toContain('/uploads/not-a-file.png')
  })

  it('points refs at the same round, else at the original, else at the post itself', () => {
    const { posts } = benchPostsFromCorpus(sources, 5, statics)
    // first-1 refs second-1 (made in its round); second-1 refs first-1, anchor kept.
    expect(posts[2].text).toContain('{{< ref "second-1" >}}')
    expect(posts[3].text).toMatch(/\{\{< ref\s+"first-1#intro" >\}\}/)
    // first-2 has no second-2: it refs the original.
    expect(posts[4].text).toContain('{{< ref "second" >}}')
    // With one post, the ref to a post not made points back at the post.
    expect(benchPostsFromCorpus(sources, 1, statics).posts[0].text).toContain('{{< ref "first" >}}')
  })

  it('gives every post a unique file name and slug', () => {
    const { posts } = benchPostsFromCorpus(sources, 40, statics)
    expect(new Set(posts.map((post) => post.path)).size).toBe(40)
    const slugs = posts.map((post) => fields(post.text).slug ?? post.path)
    expect(new Set(slugs).size).toBe(40)
  })
})

describe('generatedPosts', () => {
  it('makes the asked-for number of posts, the same on every run', () => {
    const first = generatedPosts(30)
    expect(first.posts).toHaveLength(30)
    expect(generatedPosts(30)).toEqual(first)
    const data = fields(first.posts[0].text)
    expect(data).toMatchObject({ slug: 'generated-post-1', draft: false })
    expect(data.tags).toBeInstanceOf(Array)
    expect(first.posts[0].text).toContain('{{< ref "generated-post-2" >}}')
    expect(first.posts[29].text).toContain('{{< ref "generated-post-30" >}}')
  })
})
