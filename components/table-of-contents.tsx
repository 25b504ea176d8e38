import type { Heading } from '@/lib/markdown/rehype-collect-headings'
import { site } from '@/lib/site'
import { TocHighlight } from './toc-highlight'

type Props = { headings: Heading[] }
type Entry = Heading & { children: Heading[] }

/** Second-level headings under the first-level heading before them. */
function nest(headings: Heading[]): Entry[] {
  const entries: Entry[] = []
  for (const heading of headings) {
    const parent = entries.at(-1)
    if (heading.depth > 2 && parent) parent.children.push(heading)
    else entries.push({ ...heading, children: [] })
  }
  return entries
}

/**
 * A post's sections as links, rendered on the server: beside the text on wide screens, folded
 * into a "Contents" toggle above it on phones (the <details> opens the list; CSS shows the list
 * when it is open). The links work without JavaScript; TocHighlight only marks where the reader is.
 */
export function TableOfContents({ headings }: Props) {
  if (headings.length === 0) return null
  const link = (heading: Heading) => <a href={`#${encodeURIComponent(heading.id)}`}>{heading.text}</a>
  return (
    <nav data-component="table-of-contents" className="toc" aria-label={site.words.contents}>
      <details className="toc__toggle">
        <summary>{site.words.contents}</summary>
      </details>
      <p className="toc__title" aria-hidden="true">
        {site.words.contents}
      </p>
      <ol className="toc__list">
        {nest(headings).map((entry) => (
          <li key={entry.id}>
            {link(entry)}
            {entry.children.length > 0 && (
              <ol>
                {entry.children.map((child) => (
                  <li key={child.id}>{link(child)}</li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
      <TocHighlight />
    </nav>
  )
}
