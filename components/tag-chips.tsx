import Link from 'next/link'
import { tagPath } from '@/lib/routes'
import type { TagRef } from '@/lib/content'

type Props = { tags: TagRef[]; label?: string; isSearchFilter?: boolean }

/** A post's tags as links to their pages; with `isSearchFilter`, also the page's `tag` filters in search. */
export function TagChips({ tags, label = 'Tags', isSearchFilter = false }: Props) {
  if (tags.length === 0) return null
  return (
    <ul className="tag-chips" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag.slug}>
          <Link href={tagPath(tag)} className="tag-chip" data-pagefind-filter={isSearchFilter ? 'tag' : undefined}>
            {tag.name}
          </Link>
        </li>
      ))}
    </ul>
  )
}
