import type { Metadata } from 'next'
import { getAllPosts } from '@/lib/content'
import { paginate } from '@/lib/pagination'
import { blogPath } from '@/lib/routes'
import { site } from '@/lib/site'
import { blogFeedLinks, pageMetadata } from '@/lib/metadata'
import { FeedLinks } from '@/components/feed-links'
import { PostListPage } from '@/components/post-list-page'

export const metadata: Metadata = pageMetadata({ title: 'Blog', path: blogPath() })

export default function BlogPage() {
  const page = paginate(getAllPosts(), 1, site.postsPerPage)!
  return (
    <>
      <FeedLinks feeds={blogFeedLinks()} />
      <PostListPage title="Blog" page={page} pathFor={blogPath} />
    </>
  )
}
