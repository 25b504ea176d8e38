import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTag, getTags } from '@/lib/content'
import { paginate, pageRouteParams } from '@/lib/pagination'
import { tagPath } from '@/lib/routes'
import { site } from '@/lib/site'
import { pageMetadata, redirectMetadata, tagFeedLinks } from '@/lib/metadata'
import { FeedLinks } from '@/components/feed-links'
import { EMPTY_PARAM, exportableParams } from '@/lib/static-params'
import { PostListPage } from '@/components/post-list-page'
import { PageRedirect } from '@/components/page-redirect'

type Props = { params: Promise<{ tag: string; page: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  const params = getTags().flatMap((tag) =>
    pageRouteParams(tag.posts.length, site.postsPerPage).map(({ page }) => ({ tag: tag.slug, page })),
  )
  return exportableParams(params, { tag: EMPTY_PARAM, page: '1' })
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag: slug, page } = await params
  const tag = getTag(slug)
  if (!tag) return {}
  if (page === '1') return redirectMetadata(`Posts tagged “${tag.name}”`, tagPath(tag))
  return pageMetadata({ title: `Posts tagged “${tag.name}”, page ${page}`, path: tagPath(tag, Number(page)) })
}

export default async function TagListPage({ params }: Props) {
  const { tag: slug, page: pageParam } = await params
  const tag = getTag(slug)
  // /tags/<tag>/page/1/ is the tag's page itself, as on Hugo sites.
  if (tag && pageParam === '1') return <PageRedirect title={`Posts tagged “${tag.name}”`} to={tagPath(tag)} />
  const page = tag && paginate(tag.posts, Number(pageParam), site.postsPerPage)
  if (!tag || !page) notFound()
  return (
    <>
      <FeedLinks feeds={tagFeedLinks(tag)} />
      <PostListPage title={<>Posts tagged “{tag.name}”</>} page={page} pathFor={(n) => tagPath(tag, n)} />
    </>
  )
}
