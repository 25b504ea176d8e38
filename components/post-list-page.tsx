import type { ReactNode } from 'react'
import type { Post } from '@/lib/content'
import type { Page } from '@/lib/pagination'
import { PostList } from './post-list'
import { Pagination } from './pagination'

type Props = { title: ReactNode; intro?: ReactNode; page: Page<Post>; pathFor: (page: number) => string }

/** A paginated list of posts under a heading: the blog, a tag, an author. */
export function PostListPage({ title, intro, page, pathFor }: Props) {
  return (
    <>
      <header className="page-header">
        <h1>{title}</h1>
        {intro}
      </header>
      <PostList posts={page.items} isPageLead />
      <Pagination page={page.page} pageCount={page.pageCount} pathFor={pathFor} label="Pages of this list" />
    </>
  )
}
