/** One page of a list. */
export type Page<T> = { items: T[]; page: number; pageCount: number }

/** How many pages a list of `itemCount` takes, `perPage` a page: at least one, even when empty. */
export function pageCountOf(itemCount: number, perPage: number): number {
  return Math.max(1, Math.ceil(itemCount / perPage))
}

/** The page numbers of a list: 1 to its page count. */
export function pageNumbers(itemCount: number, perPage: number): number[] {
  return Array.from({ length: pageCountOf(itemCount, perPage) }, (_, i) => i + 1)
}

/** Page `page` (1-based) of `items`, `perPage` a page; undefined past the last page. */
export function paginate<T>(items: readonly T[], page: number, perPage: number): Page<T> | undefined {
  const pageCount = pageCountOf(items.length, perPage)
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined
  return { items: items.slice((page - 1) * perPage, page * perPage), page, pageCount }
}

/** The page numbers after the first, as route params: [{ page: '2' }, …]. */
export function laterPageParams(itemCount: number, perPage: number): { page: string }[] {
  return pageNumbers(itemCount, perPage)
    .slice(1)
    .map((page) => ({ page: String(page) }))
}

/**
 * The params of a list's /page/<n>/ route: '1' (a page that redirects to the list itself, as Hugo
 * writes one) and every later page. Never empty, so a static export of a short list still builds.
 */
export function pageRouteParams(itemCount: number, perPage: number): { page: string }[] {
  return [{ page: '1' }, ...laterPageParams(itemCount, perPage)]
}
