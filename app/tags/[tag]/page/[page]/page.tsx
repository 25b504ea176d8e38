import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTag, getTags } from '@/lib/content'
import { paginate, laterPageParams } from '@/lib/pagination'
import { tagPath } from '@/lib/routes'
import { site } from '@/lib/site'
import { PostListPage } from '@/components/post-list-page'

type Props = { params: Promise<{ tag: string; page: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return getTags().flatMap((tag) =>
    laterPageParams(tag.posts.length, site.postsPerPage).map(({ page }) => ({ tag: tag.slug, page })),
  )
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag: slug, page } = await params
  const tag = getTag(slug)
  if (!tag) return {}
  return { title: `Posts tagged “${tag.name}”, page ${page}`, alternates: { canonical: tagPath(tag, Number(page)) } }
}

export default async function TagListPage({ params }: Props) {
  const { tag: slug, page: pageParam } = await params
  const tag = getTag(slug)
  const page = tag && paginate(tag.posts, Number(pageParam), site.postsPerPage)
  if (!tag || !page) notFound()
  return <PostListPage title={<>Posts tagged “{tag.name}”</>} page={page} pathFor={(n) => tagPath(tag, n)} />
}
