import Link from 'next/link'
import { authorPath } from '@/lib/routes'
import { formatLongDay, formatDay } from '@/lib/dates'
import type { Author, Post } from '@/lib/content'

type Props = { post: Post; authors: Author[]; showReadingTime?: boolean }

/** Who wrote a post and when: author names (with avatars when known), date, reading time. */
export function Byline({ post, authors, showReadingTime = false }: Props) {
  return (
    <p className="byline">
      {authors.length > 0 && (
        <span className="byline__authors">
          {authors.map((author, index) => (
            <span key={author.id}>
              {index > 0 && (index === authors.length - 1 ? ' and ' : ', ')}
              {author.avatar && <img className="byline__avatar" src={author.avatar} alt="" width={28} height={28} />}
              <Link href={authorPath(author)} rel="author">
                {author.name}
              </Link>
            </span>
          ))}
        </span>
      )}
      <time dateTime={formatDay(post.day)}>{formatLongDay(post.day)}</time>
      {showReadingTime && <span>{post.readingMinutes} min read</span>}
    </p>
  )
}
