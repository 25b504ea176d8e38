import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTag, getTags } from '@/lib/content'
import { paginate } from '@/lib/pagination'
import { tagPath } from '@/lib/routes'
import { site } from '@/lib/site'
import { pageMetadata, tagFeedLinks } from '@/lib/metadata'
import { FeedLinks } from '@/components/feed-links'
import { EMPTY_PARAM, exportableParams } from '@/lib/static-params'
import { PostListPage } from '@/components/post-list-page'

type Props = { params: Promise<{ tag: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return exportableParams(getTags().map((tag) => ({ tag: tag.slug })), { tag: EMPTY_PARAM })
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = getTag((await params).tag)
  if (!tag) return {}
  return pageMetadata({ title: `Posts tagged “${tag.name}”`, description: `Posts tagged “${tag.name}” on ${site.title}.`, path: tagPath(tag) })
}

export default async function TagPage({ params }: Props) {
  const tag = getTag((await params).tag)
  if (!tag) notFound()
  const page = paginate(tag.posts, 1, site.postsPerPage)!
  return (
    <>
      <FeedLinks feeds={tagFeedLinks(tag)} />
      <PostListPage title={<>Posts tagged “{tag.name}”</>} page={page} pathFor={(n) => tagPath(tag, n)} />
    </>
  )
}
