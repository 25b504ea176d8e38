import { nameSlug } from '../slugs'
import { isReservedPath } from '../routes'
import type { ContentProblem } from './problems'
import type { Author } from './authors'
import type { Post, TagRef } from './post'
import type { Section } from './sections'

/** What the site lists across posts: tags and authors, and the check that no two posts share a URL (events: events.ts). */

/** A tag with its posts (visible ones, newest first). */
export type Tag = TagRef & { posts: Post[] }

/** Newest first; equal dates by title, then file. */
export function sortNewestFirst(posts: Post[]): Post[] {
  return [...posts].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id))
}

/** Every URL and alias belongs to one post (or section list), and none to the site's own pages. */
export function checkUniquePaths(posts: Post[], problems: ContentProblem[], sections: readonly Section[] = []): void {
  const owners = new Map<string, { post: Pick<Post, 'filePath'>; as: string }>()
  const claim = (path: string, post: Pick<Post, 'filePath'>, as: string, line: number) => {
    if (isReservedPath(path)) {
      problems.push({
        file: post.filePath,
        line,
        severity: 'error',
        rule: 'duplicate-url',
        reason: `${as} ${path} is one of the site's own pages`,
        hint: 'choose another slug, url or alias',
      })
      return
    }
    const owner = owners.get(path)
    if (owner && owner.post !== post) {
      problems.push({
        file: post.filePath,
        line,
        severity: 'error',
        rule: 'duplicate-url',
        reason: `${as} ${path} is also the ${owner.as} of ${owner.post.filePath}`,
        hint: 'give one of the two posts another slug, date or url',
      })
      return
    }
    owners.set(path, { post, as })
  }
  // Oldest first, so the newer post is the one told to move.
  for (const post of [...posts].reverse()) {
    claim(post.path, post, 'URL', post.fieldLines.slug ?? post.fieldLines.url ?? post.fieldLines.title ?? 1)
  }
  for (const post of [...posts].reverse()) {
    for (const alias of post.aliases) claim(alias, post, 'alias', post.fieldLines.aliases ?? 1)
  }
  for (const section of sections) claim(section.path, section, 'section list', 1)
}

/** One tag per case-insensitive name, in its most used spelling, with its posts. */
export function indexTags(posts: Post[]): Tag[] {
  const groups = new Map<string, { spellings: Map<string, number>; posts: Post[] }>()
  for (const post of posts) {
    for (const tag of post.tags) {
      const key = tag.name.toLowerCase()
      const group = groups.get(key) ?? { spellings: new Map<string, number>(), posts: [] as Post[] }
      group.spellings.set(tag.name, (group.spellings.get(tag.name) ?? 0) + 1)
      group.posts.push(post)
      groups.set(key, group)
    }
  }
  const tags: Tag[] = []
  const slugs = new Set<string>()
  // The next number to try for a slug already taken: names that slugify alike ('C#', 'C++', 'c')
  // get -2, -3… without trying every smaller number again (thousands of them stay linear).
  const nextNumber = new Map<string, number>()
  const keys = [...groups.keys()].sort()
  for (const key of keys) {
    const group = groups.get(key)!
    // Most used spelling; on a tie the capitalised one ('Buoyant' before 'buoyant').
    const name = [...group.spellings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0]
    const base = nameSlug(name)
    let slug = base
    if (slugs.has(slug)) {
      let n = nextNumber.get(base) ?? 2
      while (slugs.has(`${base}-${n}`)) n++
      slug = `${base}-${n}`
      nextNumber.set(base, n + 1)
    }
    slugs.add(slug)
    tags.push({ name, slug, posts: group.posts })
  }
  return tags.sort((a, b) => b.posts.length - a.posts.length || a.name.localeCompare(b.name))
}

/** The authors of `posts`, known or not, by name. */
export function indexAuthors(posts: Post[], known: Map<string, Author>): Author[] {
  const ids = new Set(posts.flatMap((post) => post.authorIds))
  return [...ids]
    .map((id) => known.get(id) ?? { id, slug: nameSlug(id), name: id, links: [], isKnown: false })
    .sort((a, b) => a.name.localeCompare(b.name))
}
