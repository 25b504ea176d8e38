import type { Post } from './post'

/**
 * Related posts: for every post at once, the posts sharing its event, series and tags, best
 * first. Built once per build from inverted indexes (event, series and tag -> posts), so each
 * post only meets the posts it shares something with, never the whole list once per page.
 */

/** How much one shared trait counts. A tag counts more the fewer posts carry it. */
export const RELATED_WEIGHTS = { event: 4, series: 4 } as const

/** Each post's id -> its `count` most related posts: by score, ties by nearness in date, then newer first; padded with the posts nearest in date. */
export function relatedPostsIndex(posts: readonly Post[], count: number): Map<string, Post[]> {
  if (count <= 0) return new Map(posts.map((post) => [post.id, []]))
  const byKey = new Map<string, Post[]>()
  const keysOf = (post: Post) => [
    ...(post.event ? [`event:${post.event.slug}`] : []),
    ...(post.series ? [`series:${post.series.slug}`] : []),
    ...post.tags.map((tag) => `tag:${tag.name.toLowerCase()}`),
  ]
  for (const post of posts) {
    for (const key of keysOf(post)) {
      const list = byKey.get(key) ?? []
      list.push(post)
      byKey.set(key, list)
    }
  }
  const weightOf = (key: string) => {
    if (key.startsWith('event:')) return RELATED_WEIGHTS.event
    if (key.startsWith('series:')) return RELATED_WEIGHTS.series
    // A tag on every post tells nothing; a rare one a lot (1 + log of its rarity).
    return 1 + Math.log(posts.length / byKey.get(key)!.length)
  }
  const time = new Map(posts.map((post) => [post.id, Date.parse(post.date)]))
  const position = new Map(posts.map((post, index) => [post.id, index]))
  const related = new Map<string, Post[]>()
  for (const post of posts) {
    const scores = new Map<Post, number>()
    for (const key of keysOf(post)) {
      const weight = weightOf(key)
      for (const other of byKey.get(key)!) if (other !== post) scores.set(other, (scores.get(other) ?? 0) + weight)
    }
    const at = time.get(post.id)!
    const order = ([a, scoreA]: [Post, number], [b, scoreB]: [Post, number]) =>
      scoreB - scoreA || Math.abs(time.get(a.id)! - at) - Math.abs(time.get(b.id)! - at) || b.date.localeCompare(a.date) || a.id.localeCompare(b.id)
    // The best `count` in one pass (a ubiquitous tag makes every post a candidate: no full sort).
    const best: [Post, number][] = []
    for (const candidate of scores) {
      if (best.length === count && order(candidate, best[count - 1]) >= 0) continue
      best.splice(best.findIndex((entry) => order(candidate, entry) < 0) >>> 0, 0, candidate)
      if (best.length > count) best.pop()
    }
    const ranked = best.map(([other]) => other)
    // Too few with anything in common: the posts nearest in date, from the sorted list around it.
    const place = position.get(post.id)!
    for (let step = 1; ranked.length < count && step < posts.length; step++) {
      for (const other of [posts[place - step], posts[place + step]]) {
        if (other && ranked.length < count && !ranked.includes(other)) ranked.push(other)
      }
    }
    related.set(post.id, ranked)
  }
  return related
}
