import type { Post } from './post'

/** Series: posts that read in order (`series:` in front matter), e.g. a conference's Day 1, Day 2, Day 3. */

/** A series and its visible parts, in reading order. */
export type Series = { name: string; slug: string; posts: Post[] }

/**
 * Reading order: parts that give an `order` first, by it; then the rest by date, oldest first
 * (so a series written day by day needs no numbers); equal keys by title.
 */
export function seriesOrder(a: Post, b: Post): number {
  const byOrder = (a.series?.order ?? Infinity) - (b.series?.order ?? Infinity)
  if (byOrder !== 0 && !Number.isNaN(byOrder)) return byOrder
  return a.date.localeCompare(b.date) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id)
}

/** One series per slug (names that differ only in case or punctuation are one series), in its most used spelling. */
export function indexSeries(posts: readonly Post[]): Series[] {
  const groups = new Map<string, Post[]>()
  for (const post of posts) {
    if (!post.series) continue
    const group = groups.get(post.series.slug) ?? []
    group.push(post)
    groups.set(post.series.slug, group)
  }
  const series = [...groups].map(([slug, parts]) => {
    const spellings = new Map<string, number>()
    for (const part of parts) spellings.set(part.series!.name, (spellings.get(part.series!.name) ?? 0) + 1)
    const name = [...spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0]
    return { name, slug, posts: [...parts].sort(seriesOrder) }
  })
  // Newest series first: the one whose latest part is newest.
  const latest = (entry: Series) => entry.posts.reduce((max, post) => (post.date > max ? post.date : max), '')
  return series.sort((a, b) => latest(b).localeCompare(latest(a)) || a.name.localeCompare(b.name))
}
