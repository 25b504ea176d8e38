import type { Metadata } from 'next'
import Link from 'next/link'
import { getSeries } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'
import { seriesPath } from '@/lib/routes'

export const metadata: Metadata = pageMetadata({ title: 'Series', description: 'Posts that read in order, newest series first.', path: seriesPath() })

export default function SeriesIndexPage() {
  const series = getSeries()
  return (
    <>
      <header className="page-header">
        <h1>Series</h1>
        <p>{series.length === 0 ? 'No series yet.' : 'Posts that read in order, newest series first.'}</p>
      </header>
      <ul className="more-links">
        {series.map((entry) => (
          <li key={entry.slug}>
            <Link href={seriesPath(entry)}>{entry.name}</Link> ({entry.posts.length} {entry.posts.length === 1 ? 'part' : 'parts'})
          </li>
        ))}
      </ul>
    </>
  )
}
