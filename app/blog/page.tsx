import type { Metadata } from 'next'
import { getAllPosts } from '@/lib/content'
import { paginate } from '@/lib/pagination'
import { blogPath } from '@/lib/routes'
import { site } from '@/lib/site'
import { blogFeedLinks, pageMetadata } from '@/lib/metadata'
import { FeedLinks } from '@/components/feed-links'
import { PostListPage } from '@/components/post-list-page'
import { renderReporting } from '@/lib/page-errors'

export const metadata: Metadata = pageMetadata({ title: 'Blog', path: blogPath() })

export default async function BlogPage() {
  const page = paginate(getAllPosts(), 1, site.postsPerPage)!
  return renderReporting(
    <>
      <FeedLinks feeds={blogFeedLinks()} />
      <PostListPage title="Blog" page={page} pathFor={blogPath} />
    </>,
  )
}
