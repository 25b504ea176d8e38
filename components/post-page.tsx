import Link from 'next/link'
import { getAdjacentPosts, getPostAuthors, getPostSeries, getRelatedPosts, type Post } from '@/lib/content'
import { dayOfInstant, formatDay, formatLongDay } from '@/lib/dates'
import { tableOfContents } from '@/lib/markdown/rehype-collect-headings'
import { authorPath, editPath, postPath } from '@/lib/routes'
import { site } from '@/lib/site'
import { Byline } from './byline'
import { TagChips } from './tag-chips'
import { EventBadge } from './event-badge'
import { renderPostBody } from './post-body'
import { SiteImage } from './site-image'
import { TableOfContents } from './table-of-contents'
import { SeriesNav, SeriesPlace } from './series-nav'
import { RelatedPosts } from './related-posts'

type Props = { post: Post }

/**
 * A whole post: header (event, title, summary, byline, last update, tags, place in a series), a
 * wide cover, the body in one readable column with its table of contents beside it, the rest of
 * the series, who wrote it, where to edit it, what to read next, and links to its neighbours.
 *
 * The article is what search indexes (data-pagefind-body): its title, text, date, tags and event;
 * the navigation around the text is left out of the index (data-pagefind-ignore).
 */
export async function PostPage({ post }: Props) {
  const { newer, older } = getAdjacentPosts(post)
  const authors = getPostAuthors(post)
  const described = authors.filter((author) => author.bio)
  const series = getPostSeries(post)
  const related = getRelatedPosts(post)
  const { body, headings } = await renderPostBody(post)
  const contents = tableOfContents(headings, site.tocMinHeadings)
  const updated = dayOfInstant(post.updated)
  const isUpdated = post.updated > post.date && formatDay(updated) !== formatDay(post.day)
  return (
    // One meta per attribute: Pagefind reads the rest of the value, commas and all, as the value.
    <article className="post" data-pagefind-body="" data-pagefind-meta={`date:${formatDay(post.day)}`}>
      <header className="post__header">
        {post.draft && (
          <p className="status-banner" role="note" data-pagefind-filter="status:Draft" data-pagefind-meta="status:Draft">
            Draft: this post is not published.
          </p>
        )}
        {!post.draft && post.scheduled && (
          <p className="status-banner" role="note">Scheduled: this post is not published yet.</p>
        )}
        {post.event && <EventBadge event={post.event} isSearchFilter />}
        <h1 className="post__title">{post.title}</h1>
        {post.description && <p className="post__description">{post.description}</p>}
        <Byline post={post} authors={authors} showReadingTime />
        {isUpdated && (
          <p className="post__updated">
            Updated <time dateTime={post.updated}>{formatLongDay(updated)}</time>
          </p>
        )}
        <TagChips tags={post.tags} isSearchFilter />
        {series && <SeriesPlace series={series.series} index={series.index} />}
      </header>
      {post.thumbnail && !post.coverInBody && <SiteImage className="post__cover" src={post.thumbnail} alt="" sizes="(min-width: 60rem) 60rem, 100vw" isPriority />}
      <div className={contents.length > 0 ? 'post__layout post__layout--toc' : 'post__layout'}>
        {contents.length > 0 && (
          <div className="post__toc" data-pagefind-ignore="all">
            <TableOfContents headings={contents} />
          </div>
        )}
        {body}
      </div>
      <div data-pagefind-ignore="all">
        {series && <SeriesNav series={series.series} index={series.index} />}
        {described.length > 0 && (
          <section className="post-authors" aria-labelledby="post-authors-heading">
            <h2 id="post-authors-heading">{described.length === 1 ? 'About the author' : 'About the authors'}</h2>
            {described.map((author) => (
              <div key={author.id} className="author-card">
                {author.avatar && <img src={author.avatar} alt="" width={56} height={56} loading="lazy" decoding="async" />}
                <div>
                  <Link href={authorPath(author)}>{author.name}</Link>
                  <p>{author.bio}</p>
                </div>
              </div>
            ))}
          </section>
        )}
        {site.repository && (
          <p className="post__edit">
            <a href={editPath(site.repository, post.filePath)}>{site.words.editPost}</a>
          </p>
        )}
        <RelatedPosts posts={related} />
        {(older || newer) && (
          <nav className="post-neighbours" aria-label="More posts">
            {older && (
              <Link href={postPath(older)} rel="prev">
                <span className="post-neighbours__label">
                  <span aria-hidden="true">← </span>Previous post
                </span> {older.linkTitle ?? older.title}
              </Link>
            )}
            {newer && (
              <Link href={postPath(newer)} rel="next">
                <span className="post-neighbours__label">
                  Next post<span aria-hidden="true"> →</span>
                </span> {newer.linkTitle ?? newer.title}
              </Link>
            )}
          </nav>
        )}
      </div>
    </article>
  )
}
