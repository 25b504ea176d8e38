import { nameSlug } from '../../lib/slugs'

/** What `npm run new` needs to write a post. */
export type NewPost = {
  title: string
  /** The event a recap covers: adds an `event:` block. */
  event?: string
  format: 'md' | 'mdx'
  now: Date
  /** An id from content/authors.yml, when the writer is known there. */
  authorId?: string
  /** Every id in content/authors.yml, to list in a comment when the writer is not known. */
  authorIds: string[]
}

/** An author as content/authors.yml lists them. */
export type AuthorEntry = { id: string; name: string }

/** The file name for a post: its title as an ASCII slug (`KubeCon EU: Day 1` -> `kubecon-eu-day-1`). */
export function newPostFileName(title: string, format: NewPost['format']): string {
  return `${nameSlug(title)}.${format}`
}

/** The author a git identity names: by id, by full name, or by the local part of the e-mail address. */
export function matchAuthor(authors: readonly AuthorEntry[], git: { name?: string; email?: string }): string | undefined {
  const name = git.name?.trim().toLowerCase()
  const local = git.email?.trim().toLowerCase().split('@')[0]
  return authors.find(
    (author) =>
      (name && (author.id.toLowerCase() === name || author.name.toLowerCase() === name)) ||
      (local && author.id.toLowerCase() === local),
  )?.id
}

/** `2019-05-18T09:30:00+02:00`: the local time with its offset, so the permalink shows today's date. */
export function localTimestamp(date: Date): string {
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0')
  const offset = -date.getTimezoneOffset()
  const sign = offset >= 0 ? '+' : '-'
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:00${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  )
}

/** The text of a new post: every front matter field, optional ones as comments, then a first line. */
export function newPostText(post: NewPost): string {
  const today = localTimestamp(post.now).slice(0, 10)
  const quote = (value: string) => JSON.stringify(value)
  // The slug is written out so the URL and the file name agree (urlize would keep `&`, `+`, accents).
  const lines = ['---', `title: ${quote(post.title)}`, `slug: ${nameSlug(post.title)}`, `date: ${localTimestamp(post.now)}`]
  if (post.authorId) lines.push(`author: ${post.authorId}`)
  else lines.push(`# author: your id in content/authors.yml${post.authorIds.length ? ` (${post.authorIds.join(', ')})` : ''}`)
  lines.push(
    '# Drafts show in `npm run dev` and preview deployments only; set false to publish.',
    'draft: true',
    'tags: []',
    '# description: One or two sentences for post lists, feeds and search results.',
    '# thumbnail: cover.jpg  (a file under public/uploads/)',
  )
  if (post.event) {
    lines.push('event:', `  name: ${quote(post.event)}`, '  # location: City, Country', `  start: ${today}`, `  # end: ${today}`, '  # url: https://…')
  }
  lines.push('---', '', 'Start writing here. Run `npm run check` to find mistakes before review.', '')
  return lines.join('\n')
}
