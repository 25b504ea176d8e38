import type { Metadata } from 'next'
import Link from 'next/link'
import { getTags } from '@/lib/content'
import { tagPath, tagsIndexPath } from '@/lib/routes'
import { pageMetadata } from '@/lib/metadata'

export const metadata: Metadata = pageMetadata({ title: 'Tags', description: 'Every tag on the site, most used first.', path: tagsIndexPath() })

export default function TagsPage() {
  const tags = getTags()
  return (
    <>
      <header className="page-header">
        <h1>Tags</h1>
        <p>
          {tags.length} tags, most used first.
        </p>
      </header>
      <ul className="tag-index">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <Link href={tagPath(tag)}>{tag.name}</Link>{' '}
            <span className="tag-index__count" aria-label={`${tag.posts.length} posts`}>
              ({tag.posts.length})
            </span>
          </li>
        ))}
      </ul>
    </>
  )
}
