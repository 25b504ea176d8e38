import Link from 'next/link'
import { authorPath } from '@/lib/routes'
import { formatLongDay, formatDay } from '@/lib/dates'
import type { Author, Post } from '@/lib/content'
import { Credit } from './credit'

type Props = { post: Post; authors: Author[]; showReadingTime?: boolean }

/**
 * Who wrote a post and when: the authors' avatars side by side, their names (links to their
 * pages), and below them the date and, on a post, the reading time.
 */
export function Byline({ post, authors, showReadingTime = false }: Props) {
  const withAvatars = authors.filter((author) => author.avatar)
  return (
    <div className="byline">
      {withAvatars.length > 0 && (
        <span className="byline__avatars">
          {withAvatars.map((author) => (
            <img key={author.id} src={author.avatar} alt="" width={36} height={36} loading="lazy" decoding="async" />
          ))}
        </span>
      )}
      <p className="byline__text">
        {authors.length > 0 && (
          <span className="byline__authors">
            {authors.map((author, index) => (
              <span key={author.id || `credit-${index}`}>
                {index > 0 && (index === authors.length - 1 ? ' and ' : ', ')}
                {author.credit ? (
                  <Credit parts={author.credit} />
                ) : (
                  <Link href={authorPath(author)} rel="author">
                    {author.name}
                  </Link>
                )}
              </span>
            ))}
          </span>
        )}
        <span className="byline__meta">
          <time dateTime={formatDay(post.day)}>{formatLongDay(post.day)}</time>
          {showReadingTime && <span>{post.readingMinutes} min read</span>}
        </span>
      </p>
    </div>
  )
}
