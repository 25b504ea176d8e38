import type { Metadata } from 'next'
import { getAllPosts } from '@/lib/content'
import { paginate } from '@/lib/pagination'
import { blogPath } from '@/lib/routes'
import { site } from '@/lib/site'
import { PostListPage } from '@/components/post-list-page'

export const metadata: Metadata = { title: 'Blog', alternates: { canonical: blogPath() } }

export default function BlogPage() {
  const page = paginate(getAllPosts(), 1, site.postsPerPage)!
  return <PostListPage title="Blog" page={page} pathFor={blogPath} />
}
