import type { MetadataRoute } from 'next'
import { getAllPosts, getAuthors, getEvents, getPostsByAuthor, getSeries, getSpeakers, getTags, type Post } from '@/lib/content'
import { latestInstant } from '@/lib/dates'
import { pageNumbers, paginate } from '@/lib/pagination'
import { absoluteUrl, authorPath, blogPath, eventPath, eventsPath, postPath, seriesPath, speakerPath, speakersPath, tagPath, tagsIndexPath } from '@/lib/routes'
import { site } from '@/lib/site'

export const dynamic = 'force-static'

/** The newest change among `posts`: a list page changes when one of its posts does. */
function lastModified(posts: readonly Post[]): string | undefined {
  return latestInstant(posts.map((post) => post.updated))
}

/** Every page of a paginated list, each dated by its own posts. */
function listPages(posts: readonly Post[], pathFor: (page: number) => string): MetadataRoute.Sitemap {
  return pageNumbers(posts.length, site.postsPerPage).map((page) => ({
    url: absoluteUrl(pathFor(page)),
    lastModified: lastModified(paginate(posts, page, site.postsPerPage)?.items ?? []),
  }))
}

/** Every page a search engine should know, with when it last changed. Redirect pages are left out. */
export default function sitemap(): MetadataRoute.Sitemap {
  const posts = getAllPosts()
  return [
    { url: absoluteUrl('/'), lastModified: lastModified(posts) },
    ...listPages(posts, blogPath),
    ...posts.map((post) => ({ url: absoluteUrl(postPath(post)), lastModified: post.updated })),
    { url: absoluteUrl(tagsIndexPath()), lastModified: lastModified(posts) },
    ...getTags().flatMap((tag) => listPages(tag.posts, (page) => tagPath(tag, page))),
    ...getAuthors().map((author) => ({ url: absoluteUrl(authorPath(author)), lastModified: lastModified(getPostsByAuthor(author)) })),
    { url: absoluteUrl(eventsPath()), lastModified: lastModified(getEvents().flatMap((event) => event.posts)) },
    ...getEvents().map((event) => ({ url: absoluteUrl(eventPath(event)), lastModified: lastModified(event.posts) })),
    { url: absoluteUrl(speakersPath()), lastModified: lastModified(getSpeakers().flatMap((speaker) => speaker.talks.map(({ talk }) => talk.post))) },
    ...getSpeakers().map((speaker) => ({ url: absoluteUrl(speakerPath(speaker)), lastModified: lastModified(speaker.talks.map(({ talk }) => talk.post)) })),
    ...getSeries().map((series) => ({ url: absoluteUrl(seriesPath(series)), lastModified: lastModified(series.posts) })),
  ]
}
