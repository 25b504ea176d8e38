import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getAllPosts } from '@/lib/content'
import { paginate, pageRouteParams } from '@/lib/pagination'
import { blogPath } from '@/lib/routes'
import { site } from '@/lib/site'
import { blogFeedLinks, pageMetadata, redirectMetadata } from '@/lib/metadata'
import { FeedLinks } from '@/components/feed-links'
import { PostListPage } from '@/components/post-list-page'
import { PageRedirect } from '@/components/page-redirect'

type Props = { params: Promise<{ page: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return pageRouteParams(getAllPosts().length, site.postsPerPage)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params
  if (page === '1') return redirectMetadata('Blog', blogPath())
  return pageMetadata({ title: `Blog, page ${page}`, path: blogPath(Number(page)) })
}

export default async function BlogListPage({ params }: Props) {
  const pageParam = (await params).page
  // /blog/page/1/ is the blog itself, as on Hugo sites: old links to it keep working.
  if (pageParam === '1') return <PageRedirect title="Blog" to={blogPath()} />
  const page = paginate(getAllPosts(), Number(pageParam), site.postsPerPage)
  if (!page) notFound()
  return (
    <>
      <FeedLinks feeds={blogFeedLinks()} />
      <PostListPage title="Blog" page={page} pathFor={blogPath} />
    </>
  )
}
