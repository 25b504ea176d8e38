import { getCheckedContent, type BundleFile, type SiteContent } from './load'
import type { Section } from './sections'
import { relatedPostsIndex } from './related'
import type { Series } from './series'
import { site } from '../site'
import type { Author } from './authors'
import type { Tag } from './indexes'
import type { EventGroup } from './events'
import type { Post } from './post'
import { creditText } from './credits'

/** What pages ask of the content: each answer from the one load of this process. */

/** Posts this build shows, newest first. Throws a ContentError on bad content. */
export function getAllPosts(): Post[] {
  return getCheckedContent().posts
}

/** The post at a permalink path, if this build shows it. */
export function getPostByPath(path: string): Post | undefined {
  return getAllPosts().find((post) => post.path === path)
}

/** The post an old path (an `aliases` entry) leads to. */
export function getPostByAlias(path: string): Post | undefined {
  return getAllPosts().find((post) => post.aliases.includes(path))
}

/** The newer and older neighbours of a post in the list of visible posts. */
export function getAdjacentPosts(post: Post): { newer?: Post; older?: Post } {
  const posts = getAllPosts()
  const index = posts.findIndex((candidate) => candidate.id === post.id)
  return { newer: index > 0 ? posts[index - 1] : undefined, older: index >= 0 ? posts[index + 1] : undefined }
}

/** Every tag of a visible post, most used first. */
export function getTags(): Tag[] {
  return getCheckedContent().tags
}

/** One tag by its slug. */
export function getTag(slug: string): Tag | undefined {
  return getTags().find((tag) => tag.slug === slug)
}

/** Every author of a visible post, by name. */
export function getAuthors(): Author[] {
  return getCheckedContent().authors
}

/** One author by slug. */
export function getAuthor(slug: string): Author | undefined {
  return getAuthors().find((author) => author.slug === slug)
}

/** The authors of a post as written: entries of content/authors.yml, unknown ids, and free-text bylines. */
export function getPostAuthors(post: Post): Author[] {
  const authors = getAuthors()
  return post.authors.flatMap((ref): Author[] => {
    if ('credit' in ref) return [{ id: '', slug: '', name: creditText(ref.credit), links: [], isKnown: false, credit: ref.credit }]
    return authors.filter((author) => author.id === ref.id)
  })
}

/** Visible posts by one author, newest first. */
export function getPostsByAuthor(author: Author): Post[] {
  return getAllPosts().filter((post) => post.authorIds.includes(author.id))
}

/** Events with their recaps, latest event first. */
export function getEvents(): EventGroup[] {
  return getCheckedContent().events
}


/** Hugo sections with a list page of their own (not the blog itself), with their visible posts. */
export function getSections(): Section[] {
  return getCheckedContent().sections
}

/** The section list page at `path` (`/blog/2023/`, `/blog/2023/page/2/`), with its page number. */
export function getSectionPage(path: string): { section: Section; page: number } | undefined {
  for (const section of getSections()) {
    if (path === section.path) return { section, page: 1 }
    const match = path.startsWith(section.path) ? /^page\/(\d+)\/$/.exec(path.slice(section.path.length)) : null
    if (match) return { section, page: Number(match[1]) }
  }
  return undefined
}

/** A file a visible page publishes (a page bundle's image, a section's file) at a site path, if any. */
export function getBundleFile(path: string): BundleFile | undefined {
  const file = getCheckedContent().bundleFiles.get(path)
  return file?.isVisible ? file : undefined
}

/** Every file visible pages publish, by site path. */
export function getBundleFilePaths(): string[] {
  return [...getCheckedContent().bundleFiles].filter(([, file]) => file.isVisible).map(([path]) => path)
}

/** Every series with its visible parts in reading order, newest series first. */
export function getSeries(): Series[] {
  return getCheckedContent().series
}

/** One series by its slug. */
export function getSeriesBySlug(slug: string): Series | undefined {
  return getSeries().find((series) => series.slug === slug)
}

/** A post's series and its place in it (0-based), if it is part of one. */
export function getPostSeries(post: Post): { series: Series; index: number } | undefined {
  if (!post.series) return undefined
  const series = getSeriesBySlug(post.series.slug)
  const index = series?.posts.findIndex((part) => part.id === post.id) ?? -1
  return series && index >= 0 ? { series, index } : undefined
}

const relatedIndexes = new WeakMap<SiteContent, Map<string, Post[]>>()

/** The posts to read after this one (`site.relatedPosts` of them), from one index per build (related.ts). */
export function getRelatedPosts(post: Post): Post[] {
  const content = getCheckedContent()
  let index = relatedIndexes.get(content)
  if (!index) {
    index = relatedPostsIndex(content.posts, site.relatedPosts)
    relatedIndexes.set(content, index)
  }
  return index.get(post.id) ?? []
}
