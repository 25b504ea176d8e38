import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getAllPosts } from '@/lib/content'
import { paginate, laterPageParams } from '@/lib/pagination'
import { blogPath } from '@/lib/routes'
import { site } from '@/lib/site'
import { PostListPage } from '@/components/post-list-page'

type Props = { params: Promise<{ page: string }> }

export const dynamicParams = false

export function generateStaticParams() {
  return laterPageParams(getAllPosts().length, site.postsPerPage)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params
  return { title: `Blog, page ${page}`, alternates: { canonical: blogPath(Number(page)) } }
}

export default async function BlogListPage({ params }: Props) {
  const page = paginate(getAllPosts(), Number((await params).page), site.postsPerPage)
  if (!page) notFound()
  return <PostListPage title="Blog" page={page} pathFor={blogPath} />
}
