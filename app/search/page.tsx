import type { Metadata } from 'next'
import Link from 'next/link'
import { getEvents, getTags } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'
import { blogPath, eventsPath, searchIndexPath, searchPath, tagsIndexPath } from '@/lib/routes'
import { site } from '@/lib/site'
import { Search } from '@/components/search'

export const metadata: Metadata = pageMetadata({ title: site.words.search, description: site.words.searchIntro, path: searchPath() })

/**
 * /search/ (and /search/?q=…&tag=…&event=…): Pagefind's index of the built posts, searched in
 * the browser. Its code (components/search.tsx and pagefind.js) loads on this page only.
 */
export default function SearchPage() {
  return (
    <>
      <header className="page-header">
        <h1>{site.words.search}</h1>
        <p>{site.words.searchIntro}</p>
      </header>
      <Search
        indexPath={searchIndexPath()}
        tags={getTags().map((tag) => tag.name).sort((a, b) => a.localeCompare(b))}
        events={getEvents().map((event) => event.name)}
        labels={{ search: site.words.search }}
        fallback={
          <>
            Search runs in your browser and needs JavaScript. Without it, browse the <Link href={tagsIndexPath()}>tags</Link>, the{' '}
            <Link href={eventsPath()}>event recaps</Link> or <Link href={blogPath()}>every post</Link>.
          </>
        }
      />
    </>
  )
}
