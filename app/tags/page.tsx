import type { Metadata } from 'next'
import Link from 'next/link'
import { getTags } from '@/lib/content'
import { tagPath, tagsIndexPath } from '@/lib/routes'
import { pageMetadata } from '@/lib/metadata'
import { renderReporting } from '@/lib/page-errors'

export const metadata: Metadata = pageMetadata({ title: 'Tags', description: 'Every tag on the site, most used first.', path: tagsIndexPath() })

export default async function TagsPage() {
  const tags = getTags()
  return renderReporting(
    <>
      <header className="page-header">
        <h1>Tags</h1>
        <p>{tags.length} tags, most used first.</p>
      </header>
      <ul className="tag-index" aria-label="All tags">
        {tags.map((tag, index) => (
          // The link's text is the tag's name alone (what readers, tests and link checkers look
          // for); the count sits beside it in the same chip and describes the link ("8 posts").
          <li key={tag.slug} className="tag-index__item">
            <Link href={tagPath(tag)} className="tag-index__link" aria-describedby={`tag-count-${index}`}>
              {tag.name}
            </Link>{' '}
            <span id={`tag-count-${index}`} className="tag-chip__count">
              {tag.posts.length}
              <span className="visually-hidden"> {tag.posts.length === 1 ? 'post' : 'posts'}</span>
            </span>
          </li>
        ))}
      </ul>
    </>,
  )
}
