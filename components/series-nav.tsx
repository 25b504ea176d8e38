import Link from 'next/link'
import type { Post, Series } from '@/lib/content'
import { postPath, seriesPath } from '@/lib/routes'

type Props = { series: Series; index: number }

/** "Part 2 of 3 in <series>": a post's place in its series, for the post's header. */
export function SeriesPlace({ series, index }: Props) {
  return (
    <p className="series-place">
      Part {index + 1} of {series.posts.length} in <Link href={seriesPath(series)}>{series.name}</Link>
    </p>
  )
}

/** Every part of a post's series in reading order, the current one marked, linked from each other. */
export function SeriesNav({ series, index }: Props) {
  const headingId = `series-${series.slug}`
  return (
    <nav data-component="series-nav" className="series-nav" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span className="series-nav__eyebrow">Series</span> <Link href={seriesPath(series)}>{series.name}</Link>
      </h2>
      <ol>
        {series.posts.map((part: Post, i) => (
          <li key={part.id}>
            {i === index ? (
              <span aria-current="page">
                {part.title} <span className="series-nav__here">(this post)</span>
              </span>
            ) : (
              <Link href={postPath(part)}>{part.title}</Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}
