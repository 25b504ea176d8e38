import { searchPath } from '@/lib/routes'
import { site } from '@/lib/site'

/** The header's search field: a plain form, so it leads to /search/?q=… with or without JavaScript. */
export function SiteSearch() {
  return (
    <form className="site-search" action={searchPath()} method="get" role="search" aria-label={site.words.search}>
      <label htmlFor="site-search-query" className="visually-hidden">
        {site.words.search}
      </label>
      <input id="site-search-query" type="search" name="q" placeholder={`${site.words.search}…`} autoComplete="off" />
    </form>
  )
}
