import Link from 'next/link'

type Props = { page: number; pageCount: number; pathFor: (page: number) => string; label: string }

/** Previous/next links between the pages of a list, with where the reader is. */
export function Pagination({ page, pageCount, pathFor, label }: Props) {
  if (pageCount <= 1) return null
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? (
        <Link className="button-link" href={pathFor(page - 1)} rel="prev">
          <span aria-hidden="true">←</span> Newer posts
        </Link>
      ) : (
        <span />
      )}
      <span className="pagination__where">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link className="button-link" href={pathFor(page + 1)} rel="next">
          Older posts <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
