import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getSeries, getSeriesBySlug } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'
import { seriesPath } from '@/lib/routes'
import { site } from '@/lib/site'
import { EMPTY_PARAM, exportableParams } from '@/lib/static-params'
import { PostList } from '@/components/post-list'

type Props = { params: Promise<{ series: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return exportableParams(getSeries().map((series) => ({ series: series.slug })), { series: EMPTY_PARAM })
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const series = getSeriesBySlug((await params).series)
  if (!series) return {}
  return pageMetadata({ title: `Series: ${series.name}`, description: `${series.posts.length} posts on ${site.title}, in reading order.`, path: seriesPath(series) })
}

/** `/series/<slug>/`: the parts of one series, in reading order. */
export default async function SeriesPage({ params }: Props) {
  const series = getSeriesBySlug((await params).series)
  if (!series) notFound()
  return (
    <>
      <header className="page-header">
        <p className="eyebrow">Series</p>
        <h1>{series.name}</h1>
        <p>
          {series.posts.length} {series.posts.length === 1 ? 'part' : 'parts'}, in reading order.
        </p>
      </header>
      <PostList posts={series.posts} isPageLead />
    </>
  )
}
